#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QThread>

namespace brainmd::sql {

namespace {
constexpr int kBusyAttempts = 8;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
bool onGuiThread() {
    const QCoreApplication *app = QCoreApplication::instance();
    // A desktop application's main thread (the command line's may sleep); by class name,
    // since this layer does not link Qt GUI.
    return app != nullptr && QThread::currentThread() == app->thread() &&
           app->inherits("QGuiApplication");
}

} // namespace

bool isBusy(const QSqlError &error) {
    bool ok = false;
    // The driver reports the (possibly extended) SQLite result code; the primary code is
    // its low byte.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == kSqliteBusy || code == kSqliteLocked);
}

bool exec(QSqlQuery &query) {
    for (int attempt = 1;; ++attempt) {
        if (query.exec())
            return true;
        if (!isBusy(query.lastError()) || attempt >= kBusyAttempts)
            return false;
        // The GUI thread never sleeps here: its writes run on the database writer thread
        // (ui/jobs/WriteOffGuiThread.h) and a WAL reader is not kept waiting by writers, so
        // what is still busy there fails now and says so rather than freezing the window.
        if (onGuiThread())
            return false;
        // The connection's busy timeout already waited; this covers the cases SQLite
        // reports at once (e.g. a snapshot that went stale under WAL).
        QThread::msleep(static_cast<unsigned long>(25 * attempt));
    }
}

void bind(QSqlQuery &query, const QVariantList &values) {
    static const QVariant emptyText(QString::fromLatin1(""));
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // The driver binds a null QString as NULL; an absent DICOM attribute is stored as
        // '' instead (NOT NULL columns), so only an explicitly null QVariant becomes NULL.
        const bool nullText =
            !value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(i, nullText ? emptyText : value);
    }
}

bool execBound(QSqlQuery &query, const QVariantList &values) {
    bind(query, values);
    return exec(query);
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values) {
    if (!query.prepare(sql))
        return false;
    return execBound(query, values);
}

QString run(const QSqlDatabase &db, const QString &sql, const QVariantList &values) {
    QSqlQuery query(db);
    return exec(query, sql, values) ? QString() : errorText(query);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values) {
    QSqlQuery query(db);
    if (!exec(query, sql, values) || !query.next())
        return {};
    return query.value(0);
}

QString errorText(const QSqlQuery &query) {
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return text.simplified();
}

QString nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullable(bool present, const QVariant &value) {
    return present ? value : QVariant(value.metaType());
}

} // namespace brainmd::sql
