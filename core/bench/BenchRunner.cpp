#include "bench/BenchRunner.h"

#include "bench/CancelToken.h"
#include "bench/ChatJson.h"
#include "bench/ModelBackend.h"
#include "bench/RunLease.h"
#include "jobs/Progress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <memory>
#include <mutex>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

struct Pending {
    TaskOutcome outcome;
    std::promise<bool> committed;
};

/// State shared by the workers and the committing thread.
struct Shared {
    Shared(const std::vector<BenchTask> &t, TaskPreparer &p, const ModelBackend &b, BenchStore &s)
        : tasks(t)
        , preparer(p)
        , backend(b)
        , store(s) {}

    const std::vector<BenchTask> &tasks;
    TaskPreparer &preparer;
    const ModelBackend &backend;
    BenchStore &store;
    CancelToken cancel;
    std::atomic<std::size_t> next{0};
    std::atomic<int> sent{0};
    std::atomic<int> fromCache{0};
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Pending *> queue;
    int finishedWorkers = 0;
    QString pauseMessage;
    std::vector<BackendNotice> notices; ///< not yet passed on; guarded by mutex

    void pause(const QString &message) {
        {
            std::lock_guard lock(mutex);
            if (pauseMessage.isEmpty() && !cancel.isCancelled())
                pauseMessage = message;
        }
        cancel.cancel();
    }
};

TaskOutcome perform(Shared &shared, BackendSession &session, const BenchTask &task) {
    TaskOutcome out;
    out.task = task;
    TaskPreparer::Prepared prepared = shared.preparer.prepare(task);
    out.shownOrder = prepared.shownOrder;
    if (!prepared.error.isEmpty()) {
        out.response.errorKind = ChatErrorKind::ItemError;
        out.response.error = prepared.error;
        return out;
    }
    out.requestHash = requestHash(shared.backend, prepared.request);
    out.storedRequest = shared.backend.cacheKeyMaterial(prepared.request);
    for (const ChatMessage &message : prepared.request.messages)
        out.images.insert(out.images.end(), message.pngImages.begin(), message.pngImages.end());
    if (std::optional<ChatResponse> cached = shared.store.cachedResponse(out.requestHash)) {
        out.response = std::move(*cached);
        out.fromCache = true;
        ++shared.fromCache;
    } else {
        out.response = session.complete(prepared.request);
        ++shared.sent;
    }
    if (out.response.ok())
        shared.preparer.interpret(task, out.shownOrder, out.response, &out.parsed,
                                  &out.probability);
    return out;
}

void workerLoop(Shared &shared) {
    const std::unique_ptr<BackendSession> session = shared.backend.openSession(&shared.cancel);
    session->setNoticeSink([&shared](const BackendNotice &notice) {
        {
            std::lock_guard lock(shared.mutex);
            shared.notices.push_back(notice);
        }
        shared.wake.notify_all();
    });
    while (!shared.cancel.isCancelled()) {
        const std::size_t index = shared.next++;
        if (index >= shared.tasks.size())
            break;
        Pending pending{perform(shared, *session, shared.tasks[index]), {}};
        if (pending.outcome.response.errorKind == ChatErrorKind::Fatal) {
            shared.pause(pending.outcome.response.error);
            break;
        }
        std::future<bool> committed = pending.committed.get_future();
        {
            std::lock_guard lock(shared.mutex);
            shared.queue.push_back(&pending);
        }
        shared.wake.notify_all();
        if (!committed.get())
            break;
    }
    std::lock_guard lock(shared.mutex);
    ++shared.finishedWorkers;
    shared.wake.notify_all();
}

/// The committing side: stores batches, renews the lease, passes notices on and keeps
/// the progress message (with the countdown of the latest wait).
class Committer {
public:
    Committer(Shared &shared, const RunnerOptions &options, RunnerOutcome *result)
        : m_shared(shared)
        , m_options(options)
        , m_result(*result) {
        m_leaseClock.start();
    }

    void commit(const std::vector<Pending *> &batch);
    void takeNotices(std::vector<BackendNotice> notices);
    void renewLease();
    QString message() const;

private:
    Shared &m_shared;
    const RunnerOptions &m_options;
    RunnerOutcome &m_result;
    QElapsedTimer m_leaseClock;
    BackendNotice m_latest;
    QElapsedTimer m_latestClock;
    bool m_leaseLost = false;
};

void Committer::commit(const std::vector<Pending *> &batch) {
    if (m_leaseLost) { // another process may own the run now: store nothing more
        for (Pending *p : batch)
            p->committed.set_value(false);
        return;
    }
    std::vector<TaskOutcome> outcomes;
    outcomes.reserve(batch.size());
    for (Pending *p : batch)
        outcomes.push_back(p->outcome);
    const QString error = m_shared.store.save(outcomes);
    if (!error.isEmpty() && m_result.storeError.isEmpty()) {
        m_result.storeError = error;
        m_shared.cancel.cancel();
    }
    for (Pending *p : batch) {
        if (error.isEmpty()) {
            ++m_result.saved;
            m_result.itemErrors += p->outcome.response.ok() ? 0 : 1;
        }
        p->committed.set_value(error.isEmpty());
    }
}

void Committer::takeNotices(std::vector<BackendNotice> notices) {
    for (const BackendNotice &notice : notices) {
        if (m_options.onNotice)
            m_options.onNotice(notice);
        m_latest = notice;
        m_latestClock.start();
    }
}

void Committer::renewLease() {
    RunLease *lease = m_options.lease;
    if (lease == nullptr || m_leaseClock.elapsed() < lease->renewIntervalMs())
        return;
    m_leaseClock.restart();
    if (lease->renew())
        return;
    m_leaseLost = true;
    m_result.leaseLost = true;
    m_shared.pause(tr("the lease on run %1 was lost (it expired and another process may "
                      "have taken the run over, or the database failed); this process "
                      "stopped sending")
                       .arg(lease->heldRunId()));
}

QString Committer::message() const {
    QString text = tr("%1 of %2 requests").arg(m_result.saved).arg(m_result.total);
    if (!m_latestClock.isValid())
        return text;
    const qint64 left = m_latest.waitMs - m_latestClock.elapsed();
    if (left > 0)
        text = tr("waiting %1 s: %2 (%3)").arg((left + 999) / 1000).arg(m_latest.message, text);
    return text;
}

} // namespace

RunnerOutcome runBenchTasks(const std::vector<BenchTask> &tasks, TaskPreparer &preparer,
                            const ModelBackend &backend, BenchStore &store,
                            const RunnerOptions &options, ProgressReporter *progress) {
    RunnerOutcome result;
    result.total = static_cast<int>(tasks.size());
    if (tasks.empty())
        return result;
    Shared shared(tasks, preparer, backend, store);
    const int workers = std::clamp(options.concurrency, 1, std::max(1, result.total));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back(QThread::create([&shared] { workerLoop(shared); }));
        threads.back()->start();
    }
    Committer committer(shared, options, &result);
    bool userCancelled = false;
    for (;;) {
        std::vector<Pending *> batch;
        std::vector<BackendNotice> notices;
        bool allDone = false;
        {
            std::unique_lock lock(shared.mutex);
            // The timeout keeps Ctrl+C, the lease and the countdown alive while every
            // worker waits on the server.
            shared.wake.wait_for(lock, std::chrono::milliseconds(250), [&] {
                return !shared.queue.empty() || !shared.notices.empty() ||
                       shared.finishedWorkers == workers;
            });
            batch.assign(shared.queue.begin(), shared.queue.end());
            shared.queue.clear();
            notices.swap(shared.notices);
            allDone = shared.finishedWorkers == workers && batch.empty();
        }
        committer.takeNotices(std::move(notices));
        committer.renewLease();
        if (!batch.empty())
            committer.commit(batch);
        if (allDone)
            break;
        const double fraction = static_cast<double>(result.saved) / result.total;
        if (!reportProgress(progress, fraction, committer.message())) {
            userCancelled = true;
            shared.cancel.cancel();
        }
    }
    for (auto &thread : threads)
        thread->wait();
    result.sent = shared.sent.load();
    result.fromCache = shared.fromCache.load();
    result.pauseMessage = shared.pauseMessage;
    result.cancelled =
        userCancelled || (shared.cancel.isCancelled() && result.pauseMessage.isEmpty() &&
                          result.storeError.isEmpty());
    return result;
}

} // namespace brainmd
