#include "db/BenchRunLease.h"

#include "db/Database.h"
#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSysInfo>

#include <cerrno>
#include <signal.h>
#include <unistd.h>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

/// True when `pid` names no process on this machine (a crashed holder).
bool processIsGone(qint64 pid) {
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

QString whenText(qint64 msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

BenchRunLease::BenchRunLease(const Database &db, qint64 durationMs)
    : m_db(db)
    , m_durationMs(std::max<qint64>(durationMs, 1000))
    , m_host(QSysInfo::machineHostName()) {
    m_holder = QStringLiteral("%1:%2:%3")
                   .arg(m_host)
                   .arg(QCoreApplication::applicationPid())
                   .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}

BenchRunLease::~BenchRunLease() {
    release();
}

std::optional<RunLeaseHolder> BenchRunLease::holderOf(const Database &db, qint64 runId) {
    QSqlQuery query(db.connection());
    if (!sql::exec(query,
                   QStringLiteral("SELECT holder, host, pid, acquired_at, expires_ms FROM "
                                  "bench_run_leases WHERE run_id = ?"),
                   {runId}) ||
        !query.next())
        return std::nullopt;
    return RunLeaseHolder{query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toLongLong(), query.value(3).toString(),
                          query.value(4).toLongLong()};
}

QString BenchRunLease::acquire(qint64 runId) {
    if (m_runId == runId && renew())
        return {};
    release();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString at = sql::nowUtc();
    QSqlQuery query(m_db.connection());
    // One statement: SQLite serialises writers, so of two racing processes one inserts
    // (or takes over an expired lease) and the other's WHERE finds a live lease.
    if (!sql::exec(query,
                   QStringLiteral(
                       "INSERT INTO bench_run_leases (run_id, holder, host, pid, acquired_at, "
                       "renewed_at, expires_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id) "
                       "DO UPDATE SET holder = excluded.holder, host = excluded.host, pid = "
                       "excluded.pid, acquired_at = excluded.acquired_at, renewed_at = "
                       "excluded.renewed_at, expires_ms = excluded.expires_ms WHERE "
                       "bench_run_leases.expires_ms <= ? OR bench_run_leases.holder = "
                       "excluded.holder"),
                   {runId, m_holder, m_host, QCoreApplication::applicationPid(), at, at,
                    now + m_durationMs, now}))
        return tr("cannot take the lease on run %1: %2").arg(runId).arg(sql::errorText(query));
    if (query.numRowsAffected() == 1) {
        m_runId = runId;
        return {};
    }
    const std::optional<RunLeaseHolder> holder = holderOf(m_db, runId);
    if (!holder) // released between the two statements
        return tr("the lease on run %1 changed hands while it was being taken; try again")
            .arg(runId);
    if (holder->host == m_host && processIsGone(holder->pid)) {
        // The holder crashed on this machine: take over without waiting for the expiry.
        QSqlQuery takeOver(m_db.connection());
        if (sql::exec(takeOver,
                      QStringLiteral("UPDATE bench_run_leases SET holder = ?, pid = ?, "
                                     "acquired_at = ?, renewed_at = ?, expires_ms = ? WHERE "
                                     "run_id = ? AND holder = ?"),
                      {m_holder, QCoreApplication::applicationPid(), at, at, now + m_durationMs,
                       runId, holder->holder}) &&
            takeOver.numRowsAffected() == 1) {
            m_runId = runId;
            return {};
        }
    }
    return tr("run %1 is being executed by another process (process %2 on %3, holder %4) since "
              "%5; its lease expires at %6 unless that process renews it. Wait until it has "
              "finished, or stop it; nothing is sent twice.")
        .arg(runId)
        .arg(holder->pid)
        .arg(holder->host, holder->holder, holder->acquiredAt, whenText(holder->expiresMs));
}

bool BenchRunLease::renew() {
    if (m_runId == 0)
        return false;
    QSqlQuery query(m_db.connection());
    return sql::exec(query,
                     QStringLiteral("UPDATE bench_run_leases SET renewed_at = ?, expires_ms = ? "
                                    "WHERE run_id = ? AND holder = ?"),
                     {sql::nowUtc(), QDateTime::currentMSecsSinceEpoch() + m_durationMs, m_runId,
                      m_holder}) &&
           query.numRowsAffected() == 1;
}

void BenchRunLease::release() {
    if (m_runId == 0)
        return;
    QSqlQuery query(m_db.connection());
    sql::exec(query, QStringLiteral("DELETE FROM bench_run_leases WHERE run_id = ? AND holder = ?"),
              {m_runId, m_holder});
    m_runId = 0;
}

} // namespace brainmd
