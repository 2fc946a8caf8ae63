#pragma once

#include <QString>
#include <QStringList>

namespace brainmd {

/// What DatabaseMaintenance::check() found in one database file. Each problem is one line
/// for the user that says what is wrong and where (table, row, page).
struct DatabaseCheckReport {
    int schemaVersion = 0;          ///< PRAGMA user_version of the file
    int knownSchemaVersion = 0;     ///< newest migration compiled into this program
    QStringList integrityProblems;  ///< PRAGMA integrity_check findings (pages, rows)
    QStringList affectedTables;     ///< tables whose own integrity_check fails
    QStringList foreignKeyProblems; ///< PRAGMA foreign_key_check, one line per row
    QStringList schemaProblems;     ///< newer schema, or tables / indexes missing
    QStringList cacheProblems;      ///< series whose cached volume is missing or cut short
    QStringList notes;              ///< worth knowing, not a problem (e.g. older schema)

    bool isClean() const {
        return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty() &&
               schemaProblems.isEmpty() && cacheProblems.isEmpty();
    }
};

/// Whole-file operations on a BrainMD database that do not go through Database::open():
/// they neither create nor migrate the file, so they are safe on a damaged or newer file.
class DatabaseMaintenance {
public:
    /// Writes a consistent copy of the database at `source` (committed data, WAL included)
    /// to `target` with user-only permissions, as one self-contained file (rollback
    /// journal, no -wal). The copy is written beside `target` first, must pass
    /// PRAGMA integrity_check, and then replaces `target` atomically. An existing `target`
    /// is refused unless `overwrite`. Returns "" or a message for the user.
    static QString backup(const QString &source, const QString &target, bool overwrite);

    /// Checks `path` read-only: integrity, foreign keys, the schema against the
    /// migrations this program knows, and that every series' cached volume is whole. `error`
    /// receives a message when the file cannot be examined at all (missing, not SQLite); the report
    /// is then empty.
    static DatabaseCheckReport check(const QString &path, QString *error);

    /// At most this many foreign-key or integrity lines are listed; the rest are counted.
    static constexpr int kMaxListed = 50;
};

} // namespace brainmd
