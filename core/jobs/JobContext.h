#pragma once

#include "jobs/Progress.h"

#include <atomic>

namespace brainmd {

class JobPool;

/// What a task of a JobPool sees: the progress reporter to hand to long work (its
/// report() returns false once the pool is cancelled, so core code stops within its
/// usual reporting interval) and the cancellation state. One context per worker thread;
/// not shared between threads.
class JobContext final : public ProgressReporter {
public:
    JobContext(JobPool *pool, int worker);

    /// `fraction` of the current task in [0, 1]. False when the batch is cancelled.
    bool report(double fraction, const QString &message) override;
    bool isCancelled() const;
    /// 0-based index of the worker thread running the task (for logs only: results must
    /// not depend on it).
    int worker() const { return m_worker; }

private:
    JobPool *m_pool;
    int m_worker;
};

} // namespace brainmd
