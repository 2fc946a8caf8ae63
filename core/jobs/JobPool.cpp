#include "jobs/JobPool.h"

#include "jobs/JobContext.h"
#include "jobs/JobWorker.h"
#include "jobs/Progress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaObject>
#include <QThread>

#include <algorithm>

namespace brainmd {

JobPool::JobPool(int threads, QObject *parent)
    : QObject(parent)
    , m_threadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount())) {}

JobPool::~JobPool() {
    cancel();
    joinWorkers();
}

void JobPool::setThreadCount(int threads) {
    if (!m_running)
        m_threadCount = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
}

bool JobPool::start(int taskCount, Task task) {
    if (m_running)
        return false;
    joinWorkers();
    m_task = std::move(task);
    m_total = std::max(0, taskCount);
    m_done = 0;
    m_next.store(0);
    m_finishedTasks.store(0);
    m_cancelled.store(false);
    m_running = true;
    m_clock.start();
    const int workers = std::min(m_threadCount, m_total);
    m_taskFractions = std::make_unique<std::atomic<double>[]>(std::max(1, workers));
    for (int w = 0; w < workers; ++w)
        m_taskFractions[w].store(0.0);
    m_workersLeft = workers;
    if (workers == 0) {
        // Keep the contract that finished() arrives through the event loop.
        QMetaObject::invokeMethod(
            this, [this] { onWorkerFinished(); }, Qt::QueuedConnection);
        m_workersLeft = 1;
        return true;
    }
    for (int w = 0; w < workers; ++w) {
        auto worker = std::make_unique<JobWorker>(this, w);
        connect(worker.get(), &JobWorker::taskFinished, this, &JobPool::onTaskFinished,
                Qt::QueuedConnection);
        connect(worker.get(), &QThread::finished, this, &JobPool::onWorkerFinished,
                Qt::QueuedConnection);
        m_workers.push_back(std::move(worker));
    }
    for (const auto &worker : m_workers)
        worker->start();
    return true;
}

void JobPool::cancel() {
    m_cancelled.store(true);
    for (const auto &worker : m_workers)
        worker->requestInterruption();
}

void JobPool::waitForFinished() {
    if (!m_running)
        return;
    QEventLoop loop;
    connect(this, &JobPool::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

JobStatus JobPool::status() const {
    JobStatus status;
    status.total = m_total;
    status.done = m_done;
    status.cancelled = isCancelled();
    status.fraction = overallFraction();
    status.elapsedSeconds = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0.0;
    if (status.elapsedSeconds > 0.0 && m_done > 0) {
        status.tasksPerSecond = m_done / status.elapsedSeconds;
        status.etaSeconds = (m_total - m_done) / status.tasksPerSecond;
    }
    return status;
}

int JobPool::takeTask() {
    if (isCancelled())
        return -1;
    const int index = m_next.fetch_add(1);
    return index < m_total ? index : -1;
}

QVariant JobPool::runTask(int index, JobContext &context) {
    m_taskFractions[context.worker()].store(0.0);
    QVariant result;
    try {
        result = m_task(index, context);
    } catch (...) {
        result = QVariant();
    }
    // Count the task before clearing its share so the overall fraction never drops.
    m_finishedTasks.fetch_add(1);
    m_taskFractions[context.worker()].store(0.0);
    return result;
}

double JobPool::overallFraction() const {
    if (m_total == 0)
        return 1.0;
    double running = 0.0;
    for (int w = 0; w < static_cast<int>(m_workers.size()); ++w)
        running += m_taskFractions[w].load();
    return std::clamp((m_finishedTasks.load() + running) / m_total, 0.0, 1.0);
}

bool JobPool::reportTaskProgress(int worker, double fraction, const QString &message) {
    m_taskFractions[worker].store(std::clamp(fraction, 0.0, 1.0));
    if (m_reporter != nullptr && !m_reporter->report(overallFraction(), message))
        cancel();
    return !isCancelled();
}

void JobPool::onTaskFinished(int index, const QVariant &result) {
    ++m_done;
    Q_EMIT taskFinished(index, result);
    const JobStatus current = status();
    if (m_reporter != nullptr &&
        !m_reporter->report(current.fraction,
                            QCoreApplication::translate("brainmd", "%1 of %2 done")
                                .arg(current.done)
                                .arg(current.total)))
        cancel();
    Q_EMIT progressChanged(current);
}

void JobPool::onWorkerFinished() {
    if (--m_workersLeft > 0)
        return;
    joinWorkers();
    m_running = false;
    Q_EMIT finished(isCancelled());
}

void JobPool::joinWorkers() {
    for (const auto &worker : m_workers)
        worker->wait();
    m_workers.clear();
}

} // namespace brainmd
