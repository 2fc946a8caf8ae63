#pragma once

#include "bench/AnswerParser.h"
#include "bench/ChatTypes.h"
#include "bench/ModelBackend.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <vector>

namespace brainmd {

class ProgressReporter;
class RunLease;

/// One request of a run: one question about one case under one condition (and one
/// rotation of the options when rotation is on).
struct BenchTask {
    QString key; ///< unique within the run
    qint64 caseId = 0;
    QString condition;
    QString questionId;
    int rotation = 0;
    QString truth; ///< the label it is scored against
};

/// A finished task as it is stored: the request (images by hash), the response, the
/// reading of the answer.
struct TaskOutcome {
    BenchTask task;
    QString requestHash;
    QByteArray storedRequest;       ///< JSON, images as "brainmd-image:sha256:<hex>"
    std::vector<QByteArray> images; ///< the PNGs referenced
    ChatResponse response;
    bool fromCache = false;
    QStringList shownOrder;
    ParsedAnswer parsed;
    double probability = std::numeric_limits<double>::quiet_NaN();
};

/// Where a run keeps its responses and predictions (implemented in db/). cachedResponse
/// is called from worker threads; save from the thread that runs the tasks.
class BenchStore {
public:
    virtual ~BenchStore() = default;
    virtual std::optional<ChatResponse> cachedResponse(const QString &requestHash) = 0;
    /// Stores a batch in one transaction: responses into the cache (successful ones),
    /// images, and one prediction per task (replacing an earlier failed one). "" or error.
    virtual QString save(const std::vector<TaskOutcome> &outcomes) = 0;
};

/// Builds requests and reads answers (thread-safe; called from worker threads).
class TaskPreparer {
public:
    struct Prepared {
        ChatRequest request;
        QStringList shownOrder;
        QString error; ///< e.g. the volume could not be read: recorded as the item's error
    };
    virtual ~TaskPreparer() = default;
    virtual Prepared prepare(const BenchTask &task) = 0;
    virtual void interpret(const BenchTask &task, const QStringList &shownOrder,
                           const ChatResponse &response, ParsedAnswer *parsed,
                           double *probability) = 0;
};

struct RunnerOptions {
    /// Implicit, so that callers may write {concurrency}.
    RunnerOptions(int workers = 4) // NOLINT(google-explicit-constructor)
        : concurrency(workers) {}

    int concurrency = 4;
    /// The run's lease, already acquired by the caller (optional). The runner renews it
    /// from the committing thread every renewIntervalMs(); when it is lost the run pauses
    /// before another batch is stored. The caller releases it after the run.
    RunLease *lease = nullptr;
    /// Retries and waits of the backend sessions (optional), called on the committing
    /// thread (the caller's), in the order they happened. The latest wait is also shown,
    /// with a countdown, in the progress message.
    BackendNoticeSink onNotice;
};

struct RunnerOutcome {
    int total = 0;      ///< tasks given
    int saved = 0;      ///< stored (answers and recorded errors)
    int fromCache = 0;  ///< answered from the response cache
    int sent = 0;       ///< sent to the backend
    int itemErrors = 0; ///< stored with an error
    bool cancelled = false;
    QString pauseMessage;   ///< a fatal backend error: what to fix before resuming
    bool leaseLost = false; ///< the lease was lost: another process may own the run now
    QString storeError;
};

/// Runs `tasks` on `concurrency` worker threads. Each worker renders and sends its
/// request, then waits until its outcome is committed before taking the next task, so a
/// killed run loses no answered request. The calling thread commits batches and reports
/// progress; report() returning false (Ctrl+C) cancels: in-flight requests are aborted
/// and not stored. A Fatal backend error (a stalled or unreachable server, a refused
/// key, ...) or a lost lease pauses the run with its message.
RunnerOutcome runBenchTasks(const std::vector<BenchTask> &tasks, TaskPreparer &preparer,
                            const ModelBackend &backend, BenchStore &store,
                            const RunnerOptions &options, ProgressReporter *progress);

} // namespace brainmd
