#include "jobs/JobContext.h"

#include "jobs/JobPool.h"

#include <QThread>

namespace brainmd {

JobContext::JobContext(JobPool *pool, int worker)
    : m_pool(pool)
    , m_worker(worker) {}

bool JobContext::report(double fraction, const QString &message) {
    return m_pool->reportTaskProgress(m_worker, fraction, message) && !isCancelled();
}

bool JobContext::isCancelled() const {
    return m_pool->isCancelled() || QThread::currentThread()->isInterruptionRequested();
}

} // namespace brainmd
