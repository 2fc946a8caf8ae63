#pragma once

#include "bench/RunLease.h"

#include <QString>

#include <optional>

namespace brainmd {

class Database;

/// The holder of a run's lease, as stored.
struct RunLeaseHolder {
    QString holder; ///< "<host>:<pid>:<random hex>"
    QString host;
    qint64 pid = 0;
    QString acquiredAt;   ///< ISO 8601 UTC
    qint64 expiresMs = 0; ///< ms since the epoch, UTC
};

/// RunLease in the database (table bench_run_leases). acquire() is one atomic upsert that
/// only succeeds when the run has no lease, the lease expired, or this object holds it, so
/// two processes (or two connections) racing for one run get one winner. Works on the
/// calling thread's connection; renew from any one thread at a time.
class BenchRunLease final : public RunLease {
public:
    /// `durationMs`: how long a lease lasts without renewal (a crashed holder blocks the
    /// run at most this long). Renewals happen every durationMs / 4.
    explicit BenchRunLease(const Database &db, qint64 durationMs = 60000);
    ~BenchRunLease() override;
    BenchRunLease(const BenchRunLease &) = delete;
    BenchRunLease &operator=(const BenchRunLease &) = delete;

    QString acquire(qint64 runId) override;
    bool renew() override;
    void release() override;
    int renewIntervalMs() const override { return static_cast<int>(m_durationMs / 4); }
    qint64 heldRunId() const override { return m_runId; }

    /// This process's holder id (host, pid and a random part, fixed per object).
    QString holderId() const { return m_holder; }
    /// The current lease on `runId`, when there is one (expired or not).
    static std::optional<RunLeaseHolder> holderOf(const Database &db, qint64 runId);

private:
    const Database &m_db;
    qint64 m_durationMs;
    QString m_holder;
    QString m_host;
    qint64 m_runId = 0;
};

} // namespace brainmd
