#pragma once

#include "jobs/JobStatus.h"

#include <QElapsedTimer>
#include <QObject>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace brainmd {

class JobContext;
class JobWorker;
class ProgressReporter;

/// Runs a batch of independent tasks (one per case) on a fixed set of worker threads and
/// streams each result back to the owner's thread by queued signal, in the order the
/// tasks finish. Workers take the next unstarted index from a shared counter, so a task's
/// result can depend only on its index and inputs, never on the thread count or on which
/// worker ran it; consumers key results by index.
///
/// Cancellation: cancel() (any thread), or a false return of the progress reporter, sets
/// an atomic flag and calls requestInterruption() on every worker. No new task starts;
/// running tasks see it on their next JobContext::report(), so work that reports at least
/// every few hundred milliseconds (the Vote-MI selectors do) stops within a second.
/// finished() follows once every worker has returned. The destructor cancels and joins
/// the threads. The owner's thread needs an event loop (or waitForFinished()).
class JobPool final : public QObject {
    Q_OBJECT

public:
    /// Computes the result of task `index` in a worker thread. A task that throws yields
    /// an invalid QVariant.
    using Task = std::function<QVariant(int index, JobContext &context)>;

    /// `threads` ≤ 0: one per core (QThread::idealThreadCount()).
    explicit JobPool(int threads = 0, QObject *parent = nullptr);
    ~JobPool() override;

    int threadCount() const { return m_threadCount; }
    /// Changes the thread count of the next batch (ignored while one runs).
    void setThreadCount(int threads);
    /// Optional; receives the overall fraction from worker threads and the owner thread
    /// (it must be thread-safe, as ProgressReporter says). A false return cancels.
    void setProgressReporter(ProgressReporter *reporter) { m_reporter = reporter; }

    /// Starts `taskCount` tasks; false when a batch is still running. With no task,
    /// finished() is emitted from the event loop right away.
    bool start(int taskCount, Task task);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled.load(); }
    /// Runs a local event loop until the batch has finished (returns at once when idle).
    void waitForFinished();
    JobStatus status() const;

Q_SIGNALS:
    void taskFinished(int index, const QVariant &result);
    void progressChanged(const brainmd::JobStatus &status);
    void finished(bool cancelled);

private:
    friend class JobContext;
    friend class JobWorker;

    int takeTask();
    QVariant runTask(int index, JobContext &context);
    bool reportTaskProgress(int worker, double fraction, const QString &message);
    double overallFraction() const;
    void onTaskFinished(int index, const QVariant &result);
    void onWorkerFinished();
    void joinWorkers();

    int m_threadCount;
    ProgressReporter *m_reporter = nullptr;
    Task m_task;
    int m_total = 0;
    int m_done = 0;
    int m_workersLeft = 0;
    bool m_running = false;
    std::atomic<int> m_next{0};
    std::atomic<int> m_finishedTasks{0};
    std::atomic<bool> m_cancelled{false};
    std::unique_ptr<std::atomic<double>[]> m_taskFractions;
    std::vector<std::unique_ptr<JobWorker>> m_workers;
    QElapsedTimer m_clock;
};

} // namespace brainmd
