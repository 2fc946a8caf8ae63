#include "bench/BenchRunner.h"

#include "bench/CancelToken.h"
#include "bench/ChatJson.h"
#include "bench/ModelBackend.h"
#include "jobs/Progress.h"

#include <QCoreApplication>
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
    bool userCancelled = false;
    for (;;) {
        std::vector<Pending *> batch;
        bool allDone = false;
        {
            std::unique_lock lock(shared.mutex);
            // The timeout only keeps Ctrl+C responsive while every worker waits on the server.
            shared.wake.wait_for(lock, std::chrono::milliseconds(250), [&] {
                return !shared.queue.empty() || shared.finishedWorkers == workers;
            });
            batch.assign(shared.queue.begin(), shared.queue.end());
            shared.queue.clear();
            allDone = shared.finishedWorkers == workers && batch.empty();
        }
        if (!batch.empty()) {
            std::vector<TaskOutcome> outcomes;
            outcomes.reserve(batch.size());
            for (Pending *p : batch)
                outcomes.push_back(p->outcome);
            const QString error = store.save(outcomes);
            if (!error.isEmpty() && result.storeError.isEmpty()) {
                result.storeError = error;
                shared.cancel.cancel();
            }
            for (Pending *p : batch) {
                if (error.isEmpty()) {
                    ++result.saved;
                    result.itemErrors += p->outcome.response.ok() ? 0 : 1;
                }
                p->committed.set_value(error.isEmpty());
            }
        }
        if (allDone)
            break;
        const double fraction = static_cast<double>(result.saved) / result.total;
        if (!reportProgress(progress, fraction,
                            tr("%1 of %2 requests").arg(result.saved).arg(result.total))) {
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
