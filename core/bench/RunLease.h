#pragma once

#include "jobs/Progress.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QString>

namespace brainmd {

/// The exclusive right of one process to execute one benchmark run, so that two
/// processes on one database never send the same requests twice (port; implemented by
/// db/BenchRunLease). A lease expires unless renewed, so a crashed holder blocks the run
/// only until its lease runs out. Different runs have different leases and stay
/// concurrent. An object holds at most one lease and is used from one thread at a time.
class RunLease {
public:
    virtual ~RunLease() = default;

    /// Takes the lease on `runId` for this process. "" on success (also when this object
    /// holds it already); otherwise a message for the user naming the holder (host,
    /// process id), since when it holds the run and when its lease expires.
    virtual QString acquire(qint64 runId) = 0;
    /// Extends the held lease by its full duration. False when it was lost (it expired
    /// and another process took the run) or the database failed: stop sending at once.
    virtual bool renew() = 0;
    /// Gives the lease up (no-op when none is held). The destructor releases too.
    virtual void release() = 0;
    /// How often renew() must be called (ms), well inside the lease duration.
    virtual int renewIntervalMs() const = 0;
    /// The run whose lease is held; 0 when none.
    virtual qint64 heldRunId() const = 0;
};

/// Forwards progress and keeps a lease alive meanwhile, for the long steps of a run before
/// the requests (planning, rendering): renews it every renewIntervalMs() from report(),
/// and returns false (stop) once it is lost. Thread-safe like any ProgressReporter; the
/// renewal runs on the reporting thread (its own database connection).
class LeaseRenewingProgress final : public ProgressReporter {
public:
    LeaseRenewingProgress(RunLease &lease, ProgressReporter *parent)
        : m_lease(lease)
        , m_parent(parent) {
        m_clock.start();
    }
    bool report(double fraction, const QString &message) override;
    /// True once a renewal failed.
    bool lost() const {
        QMutexLocker lock(&m_mutex);
        return m_lost;
    }

private:
    RunLease &m_lease;
    ProgressReporter *m_parent;
    mutable QMutex m_mutex;
    QElapsedTimer m_clock;
    bool m_lost = false;
};

} // namespace brainmd
