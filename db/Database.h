#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace brainmd {

/// One BrainMD case database: a SQLite file (WAL journal, foreign keys on, busy timeout,
/// synchronous=NORMAL) plus its cache folder "<file>.cache" next to it.
///
/// Every thread gets its own connection, created lazily by connection() and named after
/// the thread and the file; it is removed when the thread ends or when the database is
/// closed. Callers must not keep the returned QSqlDatabase (or queries on it) beyond the
/// call that uses it. Only code in db/ touches connections; the layers above use the
/// repositories.
class Database {
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens the file, creating it (and its folder) with user-only permissions when it
    /// does not exist, and brings the schema up to date. An older schema is first backed
    /// up to "<file>.bak-v<N>"; a newer one is refused. Returns "" or a message for the
    /// user.
    QString open(const QString &path);
    /// Removes the connections of every thread. Safe to call twice.
    void close();

    bool isOpen() const { return !m_path.isEmpty(); }
    /// Absolute path of the database file; empty when closed.
    QString path() const { return m_path; }
    /// "<file>.cache": the voxel cache and other derived files (user-only, 0700).
    QString cacheDir() const;
    /// Backup written by the migration of the last open(); empty when none was needed.
    QString lastBackupPath() const { return m_backupPath; }

    /// This thread's connection (opened, pragmas applied); an invalid, closed
    /// QSqlDatabase when the database is not open or the file cannot be opened.
    QSqlDatabase connection() const;

    /// PRAGMA user_version of the open file.
    int schemaVersion() const;
    /// The newest schema version this program knows.
    static int latestSchemaVersion();

private:
    QString connectionName() const;
    QString configure(QSqlDatabase &db) const;

    QString m_path;
    QString m_backupPath;
    int m_serial = 0;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
};

} // namespace brainmd
