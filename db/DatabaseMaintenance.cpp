#include "db/DatabaseMaintenance.h"

#include "io/cache/VolumeCache.h"

#include "db/Migrator.h"
#include "db/SeriesStore.h"
#include "db/SqlUtil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace brainmd {

namespace {

QString tr(const char *text, int n = -1) {
    return QCoreApplication::translate("brainmd", text, nullptr, n);
}

QAtomicInt g_nextConnection{1};

/// A private connection to one file, outside Database: no migration, no file creation
/// when read-only. Removed from Qt SQL's registry when it goes out of scope.
class ScopedConnection {
public:
    ScopedConnection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("brainmd-maintenance/%1/%2")
                     .arg(g_nextConnection.fetchAndAddRelaxed(1))
                     .arg(path)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~ScopedConnection() { QSqlDatabase::removeDatabase(m_name); }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

/// SQLITE_CORRUPT: the file is SQLite but damaged, which check() reports as a finding.
bool isCorrupt(const QSqlError &error) {
    return error.nativeErrorCode() == QLatin1String("11");
}

QString moreLine(int more) {
    return tr("... and %n more", more);
}

/// Rows of PRAGMA integrity_check(limit); {"ok"} for a sound file.
QStringList integrityRows(const QSqlDatabase &db, const QString &pragma, QString *error) {
    QSqlQuery query(db);
    QStringList rows;
    if (!sql::exec(query, pragma)) {
        *error = sql::errorText(query);
        return rows;
    }
    // One row may hold several findings, one per line, under a "*** in database main ***"
    // heading that says nothing for a single-file database.
    while (query.next()) {
        for (const QString &line : query.value(0).toString().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("*** in database")))
                rows.append(line.trimmed());
        }
    }
    return rows;
}

QStringList namesOf(const QSqlDatabase &db, const QString &types) {
    QSqlQuery query(db);
    QStringList names;
    if (sql::exec(query, QStringLiteral("SELECT type || ' ' || name FROM sqlite_master WHERE "
                                        "type IN (%1) AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                        "ORDER BY type, name")
                             .arg(types))) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

void checkIntegrity(const QSqlDatabase &db, DatabaseCheckReport *report) {
    QString error;
    const QStringList rows = integrityRows(
        db, QStringLiteral("PRAGMA integrity_check(%1)").arg(DatabaseMaintenance::kMaxListed),
        &error);
    if (!error.isEmpty()) {
        report->integrityProblems.append(tr("integrity_check stopped: %1").arg(error));
    } else if (rows != QStringList{QStringLiteral("ok")}) {
        report->integrityProblems.append(rows);
        if (rows.size() >= DatabaseMaintenance::kMaxListed)
            report->integrityProblems.append(
                tr("(only the first %1 problems are listed)").arg(DatabaseMaintenance::kMaxListed));
    } else {
        return;
    }
    // The messages name pages; checking table by table says which data is affected.
    for (QString table : namesOf(db, QStringLiteral("'table'"))) {
        table.remove(0, 6); // "table "
        QString tableError;
        QString quotedName = table;
        quotedName.replace(QLatin1Char('\''), QLatin1String("''"));
        const QStringList tableRows = integrityRows(
            db, QStringLiteral("PRAGMA integrity_check('%1')").arg(quotedName), &tableError);
        if (!tableError.isEmpty() || tableRows != QStringList{QStringLiteral("ok")})
            report->affectedTables.append(table);
    }
}

void checkForeignKeys(const QSqlDatabase &db, DatabaseCheckReport *report) {
    QSqlQuery query(db);
    if (!sql::exec(query, QStringLiteral("PRAGMA foreign_key_check"))) {
        report->integrityProblems.append(
            tr("foreign_key_check stopped: %1").arg(sql::errorText(query)));
        return;
    }
    int count = 0;
    while (query.next()) {
        if (++count > DatabaseMaintenance::kMaxListed)
            continue;
        report->foreignKeyProblems.append(
            tr("table %1, row %2: refers to a row of %3 that does not exist")
                .arg(query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString()));
    }
    if (count > DatabaseMaintenance::kMaxListed)
        report->foreignKeyProblems.append(moreLine(count - DatabaseMaintenance::kMaxListed));
}

/// Runs `withStamps` or, on a schema from before cache stamps, `withoutStamps` (the same
/// columns with NULL stamps). False when neither runs (an older or damaged schema).
bool execEither(QSqlQuery &query, const QString &withStamps, const QString &withoutStamps) {
    query.setForwardOnly(true);
    return sql::exec(query, withStamps) || sql::exec(query, withoutStamps);
}

/// Every cached volume and lesion mask must exist and be the file the import wrote (size
/// and CRC-32 recorded at import; header and gzip trailer for older rows). Reads every
/// cache file. A damaged file is refused when loaded (and a file whose checksum differs
/// is moved aside), and importing the folder again rebuilds it.
void checkCache(const QSqlDatabase &db, const QString &cacheDir, DatabaseCheckReport *report) {
    QSqlQuery query(db);
    if (!execEither(query,
                    QStringLiteral("SELECT series_key, cache_path, cache_size, cache_crc32 FROM "
                                   "series ORDER BY series_key"),
                    QStringLiteral("SELECT series_key, cache_path, NULL, NULL FROM series ORDER "
                                   "BY series_key")))
        return; // an older or damaged schema: the schema section says so
    const VolumeCache cache(cacheDir);
    // A backup copies the database file alone: without any cache folder beside it the
    // volumes are not damaged, they are simply elsewhere.
    if (!QFileInfo(cacheDir).isDir()) {
        if (query.next())
            report->notes.append(tr("no volume cache beside the file (%1), as for a backup "
                                    "copy; importing the folders again rebuilds it")
                                     .arg(cacheDir));
        return;
    }
    int count = 0;
    const auto note = [&](const QString &line) {
        if (++count <= DatabaseMaintenance::kMaxListed)
            report->cacheProblems.append(line);
    };
    while (query.next()) {
        const QString problem = cache.verify(query.value(1).toString(),
                                             SeriesStore::stampOf(query.value(2), query.value(3)));
        if (!problem.isEmpty())
            note(tr("series %1: %2").arg(query.value(0).toString(), problem));
    }
    // Lesion masks (DICOM SEG) keep their label maps in the same cache. An older schema
    // has no such table; the query then fails and there is nothing to check.
    QSqlQuery masks(db);
    masks.setForwardOnly(true);
    if (sql::exec(masks, QStringLiteral("SELECT series_key, file_path, cache_path, cache_size, "
                                        "cache_crc32 FROM segmentations ORDER BY id"))) {
        while (masks.next()) {
            const QString problem = cache.verify(
                masks.value(2).toString(), SeriesStore::stampOf(masks.value(3), masks.value(4)));
            if (!problem.isEmpty())
                note(tr("series %1, lesion mask of the DICOM SEG %2: %3")
                         .arg(masks.value(0).toString(), masks.value(1).toString(), problem));
        }
    }
    if (count > DatabaseMaintenance::kMaxListed)
        report->cacheProblems.append(moreLine(count - DatabaseMaintenance::kMaxListed));
}

/// Tables, indexes, triggers and views that the known migrations create.
QStringList expectedObjects(QString *error) {
    const ScopedConnection reference(QStringLiteral(":memory:"), false);
    QString backupPath;
    *error = Migrator().migrate(reference.db(), QString(), &backupPath);
    return error->isEmpty()
               ? namesOf(reference.db(), QStringLiteral("'table', 'index', 'trigger', 'view'"))
               : QStringList();
}

void checkSchema(const QSqlDatabase &db, DatabaseCheckReport *report) {
    const int version = report->schemaVersion;
    const int known = report->knownSchemaVersion;
    if (version > known) {
        report->schemaProblems.append(
            tr("schema version %1 is newer than this program knows (%2): written by a newer "
               "BrainMD, which should check it")
                .arg(version)
                .arg(known));
        return;
    }
    if (version < known) {
        report->notes.append(tr("schema version %1 is older than the newest (%2); opening the "
                                "file upgrades it after writing a backup beside it")
                                 .arg(version)
                                 .arg(known));
        return;
    }
    QString error;
    const QStringList expected = expectedObjects(&error);
    if (!error.isEmpty()) {
        report->schemaProblems.append(tr("cannot build the reference schema: %1").arg(error));
        return;
    }
    const QStringList present = namesOf(db, QStringLiteral("'table', 'index', 'trigger', 'view'"));
    const QSet<QString> presentSet(present.cbegin(), present.cend());
    for (const QString &object : expected) {
        if (!presentSet.contains(object))
            report->schemaProblems.append(tr("missing from the schema: %1").arg(object));
    }
}

/// Makes the fresh copy one self-contained file and verifies it.
QString finishCopy(const QString &path) {
    QString error;
    {
        const ScopedConnection copy(path, false);
        if (!copy.error().isEmpty())
            return copy.error();
        // The copied header says WAL (the source's mode); a backup should need no -wal file.
        const QVariant mode = sql::scalar(copy.db(), QStringLiteral("PRAGMA journal_mode=DELETE"));
        if (mode.toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
            return tr("cannot switch the copy to a rollback journal");
        const QStringList rows =
            integrityRows(copy.db(), QStringLiteral("PRAGMA integrity_check(5)"), &error);
        if (error.isEmpty() && rows != QStringList{QStringLiteral("ok")})
            error = tr("the copy fails integrity_check: %1").arg(rows.join(QLatin1String("; ")));
    }
    return error;
}

void removeWithSideFiles(const QString &path) {
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

QString DatabaseMaintenance::backup(const QString &source, const QString &target, bool overwrite) {
    const QFileInfo sourceInfo(source);
    const QString to = QFileInfo(target).absoluteFilePath();
    if (!sourceInfo.isFile())
        return tr("%1 does not exist").arg(source);
    if (to == sourceInfo.absoluteFilePath())
        return tr("the backup cannot replace the database itself");
    if (QFileInfo::exists(to) && !overwrite)
        return tr("%1 already exists; it was not replaced").arg(to);
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return tr("cannot create the folder %1").arg(QFileInfo(to).absolutePath());

    // The SQLite online backup API rather than VACUUM INTO: it copies the pages of one read
    // snapshot (WAL readers do not block the program writing meanwhile), byte for byte, so a
    // backup taken before a repair attempt shows the file as it was; VACUUM INTO would
    // rebuild every b-tree. It is also the routine Migrator uses before a schema upgrade.
    const QString partial =
        QStringLiteral("%1.partial-%2").arg(to).arg(QCoreApplication::applicationPid());
    removeWithSideFiles(partial);
    QString error;
    {
        const ScopedConnection from(sourceInfo.absoluteFilePath(), true);
        error = from.error().isEmpty() ? backupDatabase(from.db(), partial) : from.error();
    }
    if (error.isEmpty())
        error = finishCopy(partial);
    if (!error.isEmpty()) {
        removeWithSideFiles(partial);
        return tr("cannot back up %1: %2").arg(source, error);
    }
    // A stale -wal of the replaced file would be replayed onto the new one.
    QFile::remove(to + QStringLiteral("-wal"));
    QFile::remove(to + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(to).constData()) !=
        0) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        removeWithSideFiles(partial);
        return tr("cannot move the backup to %1: %2").arg(to, error);
    }
    return {};
}

DatabaseCheckReport DatabaseMaintenance::check(const QString &path, QString *error) {
    error->clear();
    DatabaseCheckReport report;
    report.knownSchemaVersion = Migrator::latestVersion();
    if (!QFileInfo(path).isFile()) {
        *error = tr("%1 does not exist").arg(path);
        return report;
    }
    const ScopedConnection connection(QFileInfo(path).absoluteFilePath(), true);
    if (!connection.error().isEmpty()) {
        *error = connection.error();
        return report;
    }
    const QSqlDatabase db = connection.db();
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        if (!isCorrupt(version.lastError())) {
            *error = sql::errorText(version);
            return report;
        }
        report.integrityProblems.append(
            tr("the file header or schema cannot be read: %1").arg(sql::errorText(version)));
        return report;
    }
    report.schemaVersion = version.value(0).toInt();
    version.finish();
    checkIntegrity(db, &report);
    checkForeignKeys(db, &report);
    checkSchema(db, &report);
    checkCache(db, QFileInfo(path).absoluteFilePath() + QStringLiteral(".cache"), &report);
    return report;
}

} // namespace brainmd
