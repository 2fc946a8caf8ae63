#include "jobs/JobWorker.h"

#include "jobs/JobContext.h"
#include "jobs/JobPool.h"

namespace brainmd {

JobWorker::JobWorker(JobPool *pool, int worker)
    : m_pool(pool)
    , m_worker(worker) {}

void JobWorker::run() {
    JobContext context(m_pool, m_worker);
    for (int index = m_pool->takeTask(); index >= 0; index = m_pool->takeTask()) {
        const QVariant result = m_pool->runTask(index, context);
        Q_EMIT taskFinished(index, result);
    }
}

} // namespace brainmd
