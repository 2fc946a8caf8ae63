#include "CrashDb.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <atomic>
#include <functional>

namespace brainmd::crash {

namespace {

std::atomic<int> g_connection{0};

/// Runs `sql` on a fresh connection and hands each row to `row`; false when it failed.
bool query(const QString &dbPath, const QString &sql,
           const std::function<void(const QSqlQuery &)> &row) {
    const QString name = QStringLiteral("crash-probe-%1").arg(g_connection.fetch_add(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            while (ok && q.next())
                row(q);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString integrityCheck(const QString &dbPath) {
    QStringList out;
    if (!query(dbPath, QStringLiteral("PRAGMA integrity_check"),
               [&](const QSqlQuery &q) { out.append(q.value(0).toString()); }))
        return QStringLiteral("cannot open %1").arg(dbPath);
    return out.join(QStringLiteral("; "));
}

int scalarInt(const QString &dbPath, const QString &sql) {
    int value = 0;
    query(dbPath, sql, [&](const QSqlQuery &q) { value = q.value(0).toInt(); });
    return value;
}

QStringList rows(const QString &dbPath, const QString &sql) {
    QStringList out;
    query(dbPath, sql, [&](const QSqlQuery &q) {
        QStringList columns;
        for (int c = 0; c < q.record().count(); ++c)
            columns.append(q.value(c).toString());
        out.append(columns.join(QLatin1Char('|')));
    });
    return out;
}

} // namespace brainmd::crash
