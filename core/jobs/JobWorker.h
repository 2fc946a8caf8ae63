#pragma once

#include <QThread>
#include <QVariant>

namespace brainmd {

class JobPool;

/// One worker thread of a JobPool: takes task indices from the pool until none is left
/// or the batch is cancelled, and emits each result (queued to the pool's thread).
class JobWorker final : public QThread {
    Q_OBJECT

public:
    JobWorker(JobPool *pool, int worker);

Q_SIGNALS:
    void taskFinished(int index, const QVariant &result);

protected:
    void run() override;

private:
    JobPool *m_pool;
    int m_worker;
};

} // namespace brainmd
