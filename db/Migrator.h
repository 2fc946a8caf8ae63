#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace brainmd {

/// Brings a database file to the newest schema, one numbered step at a time
/// (PRAGMA user_version holds the step reached). Each step runs in its own transaction,
/// so a crash leaves the file at the previous step. Before the first step on a file that
/// already holds data, the file is copied with the SQLite backup API to
/// "<file>.bak-v<N>" (user-only permissions; an existing backup is never overwritten).
class Migrator {
public:
    struct Step {
        int version = 0;
        QString name;
        QString sql; ///< statements separated by ';' (triggers included)
    };

    /// The steps compiled into the program from db/migrations/NNNN_name.sql.
    static std::vector<Step> builtInSteps();
    static int latestVersion();

    Migrator();
    explicit Migrator(std::vector<Step> steps);

    /// Migrates the database behind `db` (a file at `filePath`). Returns "" or a message
    /// for the user; `backupPath` receives the backup written, or "".
    QString migrate(const QSqlDatabase &db, const QString &filePath, QString *backupPath) const;

    /// Splits a script into complete SQL statements (comments kept, empty ones dropped).
    static QStringList splitStatements(const QString &script);

private:
    QString applyStep(const QSqlDatabase &db, const Step &step) const;

    std::vector<Step> m_steps;
};

/// Copies the open database into a new file at `target` (created 0600) with the SQLite
/// online backup API. Returns "" or the error.
QString backupDatabase(const QSqlDatabase &db, const QString &target);

} // namespace brainmd
