#include "db/Migrator.h"

#include "db/SqlUtil.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace brainmd {

namespace {

constexpr auto kMigrationsDir = ":/brainmd/db/migrations";

QStringList userTables(const QSqlDatabase &db) {
    QSqlQuery query(db);
    QStringList tables;
    if (sql::exec(query, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"))) {
        while (query.next())
            tables.append(query.value(0).toString());
    }
    return tables;
}

QString quoted(const QString &identifier) {
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

/// A file from before schema versioning: keep its tables, renamed "legacy_<name>", and drop
/// their indexes, triggers and views so that the new schema's names are free.
QString setAsideLegacyTables(const QSqlDatabase &db) {
    QSqlQuery query(db);
    QStringList drops;
    if (!sql::exec(query, QStringLiteral("SELECT type, name FROM sqlite_master WHERE type IN "
                                         "('index', 'trigger', 'view') AND sql IS NOT NULL")))
        return sql::errorText(query);
    while (query.next())
        drops.append(
            QStringLiteral("DROP %1 IF EXISTS %2")
                .arg(query.value(0).toString().toUpper(), quoted(query.value(1).toString())));
    query.finish();
    for (const QString &drop : std::as_const(drops)) {
        if (QString error = sql::run(db, drop); !error.isEmpty())
            return error;
    }
    for (const QString &table : userTables(db)) {
        const QString rename = QStringLiteral("ALTER TABLE %1 RENAME TO %2")
                                   .arg(quoted(table), quoted(QStringLiteral("legacy_") + table));
        if (QString error = sql::run(db, rename); !error.isEmpty())
            return error;
    }
    return {};
}

QString freeBackupPath(const QString &filePath, int version) {
    const QString base = QStringLiteral("%1.bak-v%2").arg(filePath).arg(version);
    QString candidate = base;
    for (int n = 1; QFile::exists(candidate); ++n)
        candidate = QStringLiteral("%1.%2").arg(base).arg(n);
    return candidate;
}

} // namespace

std::vector<Migrator::Step> Migrator::builtInSteps() {
    std::vector<Step> steps;
    const QDir dir(QString::fromLatin1(kMigrationsDir));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    for (const QString &fileName : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        QFile file(dir.filePath(fileName));
        if (!match.hasMatch() || !file.open(QIODevice::ReadOnly))
            continue;
        steps.push_back(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    std::sort(steps.begin(), steps.end(),
              [](const Step &a, const Step &b) { return a.version < b.version; });
    return steps;
}

int Migrator::latestVersion() {
    const std::vector<Step> steps = builtInSteps();
    return steps.empty() ? 0 : steps.back().version;
}

Migrator::Migrator()
    : Migrator(builtInSteps()) {}

Migrator::Migrator(std::vector<Step> steps)
    : m_steps(std::move(steps)) {}

QString Migrator::migrate(const QSqlDatabase &db, const QString &filePath,
                          QString *backupPath) const {
    backupPath->clear();
    const int latest = m_steps.empty() ? 0 : m_steps.back().version;
    const int current = sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (current > latest) {
        return QCoreApplication::translate(
                   "brainmd", "this database was written by a newer BrainMD (schema %1, this "
                              "program knows up to %2); open it with that version or newer, or "
                              "import the data into a new database")
            .arg(current)
            .arg(latest);
    }
    if (current == latest)
        return {};
    if (current > 0 || !userTables(db).isEmpty()) {
        *backupPath = freeBackupPath(filePath, current);
        if (QString error = backupDatabase(db, *backupPath); !error.isEmpty()) {
            backupPath->clear();
            return QCoreApplication::translate("brainmd",
                                               "the backup before the schema upgrade failed: %1")
                .arg(error);
        }
    }
    for (const Step &step : m_steps) {
        if (step.version <= current)
            continue;
        if (QString error = applyStep(db, step); !error.isEmpty()) {
            return QCoreApplication::translate("brainmd", "schema upgrade to version %1 (%2) "
                                                          "failed: %3")
                .arg(step.version)
                .arg(step.name, error);
        }
    }
    return {};
}

QString Migrator::applyStep(const QSqlDatabase &db, const Step &step) const {
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    // Another process may have migrated while we waited for the write lock.
    const int current = sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (current >= step.version)
        return {};
    if (current == 0 && !userTables(db).isEmpty()) {
        if (QString error = setAsideLegacyTables(db); !error.isEmpty())
            return error;
    }
    for (const QString &statement : splitStatements(step.sql)) {
        if (QString error = sql::run(db, statement); !error.isEmpty())
            return error;
    }
    if (QString error = sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        !error.isEmpty())
        return error;
    return transaction.commit() ? QString() : transaction.error();
}

QStringList Migrator::splitStatements(const QString &script) {
    QStringList statements;
    QString pending;
    const QStringList pieces = script.split(QLatin1Char(';'));
    for (int i = 0; i < pieces.size(); ++i) {
        pending += pieces.at(i);
        if (i + 1 < pieces.size())
            pending += QLatin1Char(';');
        // sqlite3_complete knows about quotes, comments and CREATE TRIGGER ... END.
        if (!sqlite3_complete(pending.toUtf8().constData()))
            continue;
        QString statement = pending.trimmed();
        pending.clear();
        static const QRegularExpression onlyComments(
            QStringLiteral("^(\\s*--[^\\n]*\\n?)*\\s*;?$"));
        if (!onlyComments.match(statement).hasMatch())
            statements.append(statement);
    }
    if (!pending.trimmed().isEmpty() && !pending.trimmed().startsWith(QLatin1String("--")))
        statements.append(pending.trimmed());
    return statements;
}

QString backupDatabase(const QSqlDatabase &db, const QString &target) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return QCoreApplication::translate("brainmd", "not a SQLite connection");
    sqlite3 *source = *static_cast<sqlite3 *const *>(handle.constData());
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return file.errorString();
    file.close();
    sqlite3 *destination = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(target).constData(), &destination,
                             SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
        if (backup == nullptr) {
            rc = sqlite3_errcode(destination);
        } else {
            sqlite3_backup_step(backup, -1);
            rc = sqlite3_backup_finish(backup);
        }
    }
    QString error;
    if (rc != SQLITE_OK)
        error = QString::fromUtf8(sqlite3_errmsg(destination));
    sqlite3_close(destination);
    if (!error.isEmpty())
        QFile::remove(target);
    return error;
}

} // namespace brainmd
