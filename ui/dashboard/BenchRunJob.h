#pragma once

#include "bench/RunConfig.h"

#include <QObject>
#include <QPointer>

#include <atomic>

class QThread;

namespace brainmd {

class Database;

/// Runs (or resumes) a BrainBench run in a worker thread, the way `brainmd bench run`
/// does: plan, skip the tasks already answered, send the rest through BenchRunner with
/// bounded concurrency. Signals arrive queued in the GUI thread. pause() and cancel()
/// stop after the requests in flight (answered work stays stored); a paused run
/// resumes with a new job on the same run id. The destructor stops and joins the thread.
class BenchRunJob final : public QObject {
    Q_OBJECT

public:
    /// `resumeRunId` 0 creates a new run. `db` must outlive the job.
    BenchRunJob(const Database &db, BenchRunConfig config, qint64 resumeRunId,
                QObject *parent = nullptr);
    ~BenchRunJob() override;

    void start();
    bool isRunning() const;
    qint64 runId() const { return m_runId.load(); }

public Q_SLOTS:
    void pause();
    void cancel();

Q_SIGNALS:
    void runCreated(qint64 runId);
    void planned(int total, int alreadyDone);
    /// `done` of `total` requests of this session stored.
    void progressed(int done, int total, double requestsPerSecond, double etaSeconds);
    /// Predictions were stored (the charts may refresh).
    void saved();
    void itemError(const QString &message);
    /// status: finished, paused, cancelled or failed.
    void finished(qint64 runId, const QString &status, const QString &message);

private:
    void work();

    const Database &m_db;
    BenchRunConfig m_config;
    std::atomic<qint64> m_runId{0};
    std::atomic<int> m_stop{0}; ///< 0 go on, 1 pause, 2 cancel
    QPointer<QThread> m_thread;
};

} // namespace brainmd
