#include "workflows/BenchRunWorkflow.h"

#include "bench/BenchData.h"
#include "bench/BenchRequestBuilder.h"
#include "bench/ModelBackend.h"
#include "bench/RunLease.h"
#include "bench/ShownSlices.h"
#include "jobs/Progress.h"
#include "ports/BenchRunCatalog.h"
#include "ports/StudyStorage.h"

#include <QCoreApplication>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

/// Forwards to the run's store and tells the observer about every stored batch.
class ObservedStore final : public BenchStore {
public:
    ObservedStore(BenchRunStore &store, BenchRunObserver *observer)
        : m_store(store)
        , m_observer(observer) {}
    std::optional<ChatResponse> cachedResponse(const QString &hash) override {
        return m_store.cachedResponse(hash);
    }
    QString save(const std::vector<TaskOutcome> &outcomes) override {
        const QString error = m_store.save(outcomes);
        if (m_observer != nullptr && error.isEmpty())
            m_observer->saved(outcomes);
        return error;
    }

private:
    BenchRunStore &m_store;
    BenchRunObserver *m_observer;
};

/// The front end's request progress, stopped as well by the run's control.
class ControlledProgress final : public ProgressReporter {
public:
    ControlledProgress(ProgressReporter *inner, const BenchRunControl *control)
        : m_inner(inner)
        , m_control(control) {}
    bool report(double fraction, const QString &message) override {
        const bool goOn = reportProgress(m_inner, fraction, message);
        return goOn && (m_control == nullptr || !m_control->stopRequested());
    }

private:
    ProgressReporter *m_inner;
    const BenchRunControl *m_control;
};

} // namespace

void BenchRunObserver::runReady(qint64, bool, int) {}
void BenchRunObserver::planned(const BenchPlan &, int, int) {}
void BenchRunObserver::note(const QString &) {}
void BenchRunObserver::backendReady(const QString &, const QString &, const QString &) {}
void BenchRunObserver::saved(const std::vector<TaskOutcome> &) {}
ProgressReporter *BenchRunObserver::planningProgress() {
    return nullptr;
}
void BenchRunObserver::notice(const QString &, qint64) {}

namespace {

/// The slices a stored run recorded (empty for a new run or one planned before slices
/// were recorded: those are planned from today's selections).
ShownSlices recordedSlices(const std::optional<BenchRunRecord> &run) {
    if (!run)
        return {};
    return parseShownSlicesJson(run->shownSlicesJson).value_or(ShownSlices{});
}

} // namespace

BenchRunWorkflow::BenchRunWorkflow(std::shared_ptr<const StudyStorage> storage,
                                   BackendFactory backends)
    : m_storage(std::move(storage))
    , m_backends(std::move(backends)) {}

BenchRunResult BenchRunWorkflow::dryRun(const BenchRunConfig &config, const TaskPack &pack,
                                        qint64 existingRun, const BenchPricing &pricing,
                                        BenchRunObserver &watch) const {
    BenchRunResult result;
    result.runId = existingRun;
    const std::unique_ptr<BenchDataSource> today = m_storage->benchData();
    std::optional<BenchRunRecord> record;
    if (existingRun != 0)
        record = m_storage->benchRuns()->run(existingRun);
    const RecordedSlicesSource data(*today, recordedSlices(record));
    const BenchPlanResult plan = planBenchRun(config, pack, data, watch.planningProgress());
    if (!plan.plan) {
        result.status = QStringLiteral("failed");
        result.message = plan.error;
        return result;
    }
    for (const QString &problem : plan.plan->problems)
        watch.note(problem);
    const QSet<QString> done =
        existingRun != 0 ? m_storage->benchRuns()->finishedTaskKeys(existingRun) : QSet<QString>{};
    std::vector<BenchTask> todo;
    for (const BenchTask &task : plan.plan->tasks) {
        if (!done.contains(task.key))
            todo.push_back(task);
    }
    watch.planned(*plan.plan, static_cast<int>(plan.plan->tasks.size()),
                  static_cast<int>(plan.plan->tasks.size() - todo.size()));
    const BenchRequestBuilder builder(*plan.plan, data, config.backend.model);
    result.estimate = estimateBenchCost(*plan.plan, todo, builder, pricing);
    result.plannedTasks = static_cast<int>(plan.plan->tasks.size());
    result.status = QStringLiteral("dry-run");
    return result;
}

BenchRunResult BenchRunWorkflow::run(const BenchRunRequest &request, BenchRunObserver *observer,
                                     ProgressReporter *requests, const BenchRunControl *control) {
    BenchRunObserver quiet;
    BenchRunObserver &watch = observer != nullptr ? *observer : quiet;
    BenchRunResult result;
    const std::unique_ptr<BenchRunCatalog> runs = m_storage->benchRuns();
    const auto fail = [&](const QString &message) {
        if (result.runId != 0)
            runs->setStatus(result.runId, QStringLiteral("failed"), message);
        result.status = QStringLiteral("failed");
        result.message = message;
        return result;
    };
    std::optional<BenchRunRecord> existing;
    if (request.resumeRunId != 0) {
        existing = runs->run(request.resumeRunId);
        if (!existing)
            return fail(tr("there is no run %1 to resume").arg(request.resumeRunId));
    } else if (!request.forceNew) {
        existing = runs->latestRunWithConfig(request.config);
    }
    const BenchRunConfig config = existing ? existing->config : request.config;
    const TaskPackResult pack = runTaskPack(config.taskPack);
    if (!pack.pack)
        return fail(pack.error);
    if (request.dryRun)
        return dryRun(config, *pack.pack, existing ? existing->id : 0, request.pricing, watch);
    QString error;
    result.runId = existing ? existing->id : runs->createRun(config, &error);
    if (result.runId == 0)
        return fail(tr("cannot create the run: %1").arg(error));
    // One writer per run: the lease is taken before anything is read of what is done, so
    // a second process on the same run refuses instead of sending the same requests.
    const std::unique_ptr<RunLease> lease = m_storage->benchRunLease();
    if (const QString busy = lease->acquire(result.runId); !busy.isEmpty()) {
        result.status = QStringLiteral("refused");
        result.message = busy;
        return result;
    }
    watch.runReady(result.runId, existing.has_value(), existing ? existing->predictions : 0);

    // A resumed run shows what it showed before, whatever was selected since.
    const std::unique_ptr<BenchDataSource> today = m_storage->benchData();
    const RecordedSlicesSource recorded(*today, recordedSlices(existing));
    const BenchDataSource *data = &recorded;
    LeaseRenewingProgress planning(*lease, watch.planningProgress());
    const BenchPlanResult plan = planBenchRun(config, *pack.pack, *data, &planning);
    if (planning.lost()) {
        result.status = QStringLiteral("refused");
        result.message = tr("the run's lease was lost while planning; another process may "
                            "execute it now");
        return result;
    }
    if (!plan.plan)
        return fail(plan.error);
    for (const QString &problem : plan.plan->problems)
        watch.note(problem);
    // The plan is deterministic, so a resumed run stores the same records again.
    if (const QString stored = runs->setSplit(result.runId, benchSplitJson(plan.plan->split));
        !stored.isEmpty())
        return fail(stored);
    if (const QString stored =
            runs->setVisibility(result.runId, visibilityJson(plan.plan->visibility()));
        !stored.isEmpty())
        return fail(stored);
    if (const QString stored =
            runs->setShownSlices(result.runId, shownSlicesJson(shownSlicesOf(*plan.plan)));
        !stored.isEmpty())
        return fail(stored);
    if (const int changed = recorded.changedSinceRecorded(); changed > 0)
        watch.note(QCoreApplication::translate(
            "brainmd",
            "%n case selection(s) changed since this run started; the run keeps showing the "
            "slices it was started with",
            nullptr, changed));
    if (isPriced(request.pricing)) {
        if (const QString stored =
                runs->setPricing(result.runId, benchPricingJson(request.pricing));
            !stored.isEmpty())
            return fail(stored);
    }
    const QSet<QString> done = runs->finishedTaskKeys(result.runId);
    std::vector<BenchTask> todo;
    for (const BenchTask &task : plan.plan->tasks) {
        if (!done.contains(task.key))
            todo.push_back(task);
    }
    watch.planned(*plan.plan, static_cast<int>(plan.plan->tasks.size()),
                  static_cast<int>(plan.plan->tasks.size() - todo.size()));

    QString keySource;
    const std::unique_ptr<ModelBackend> backend = m_backends(config.backend, &keySource);
    watch.backendReady(backend->name(), backend->model(), keySource);
    if (!keySource.isEmpty())
        runs->setApiKeySource(result.runId, keySource);
    const std::unique_ptr<BenchRunStore> store = m_storage->benchRunStore(result.runId);
    store->setBackend(backend->name(), backend->model());
    ObservedStore observed(*store, &watch);
    BenchRequestBuilder builder(*plan.plan, *data, backend->model());
    runs->setStatus(result.runId, QStringLiteral("running"), {});
    ControlledProgress progress(requests, control);
    RunnerOptions options(config.concurrency);
    options.lease = lease.get();
    options.onNotice = [&watch](const BackendNotice &n) {
        watch.notice(n.message, n.waitMs);
    };
    result.outcome = runBenchTasks(todo, builder, *backend, observed, options, &progress);
    if (result.outcome.leaseLost) {
        // Another process may own the run now: its status is that process's to set.
        result.status = QStringLiteral("refused");
        result.message = tr("the run's lease was lost; another process may execute it now");
        return result;
    }

    result.status = QStringLiteral("finished");
    if (!result.outcome.storeError.isEmpty()) {
        result.status = QStringLiteral("paused");
        result.message = result.outcome.storeError;
    } else if (!result.outcome.pauseMessage.isEmpty()) {
        result.status = QStringLiteral("paused");
        result.message = result.outcome.pauseMessage;
    } else if (result.outcome.cancelled) {
        const bool pause = control != nullptr && control->pauseRequested();
        result.status = pause ? QStringLiteral("paused") : QStringLiteral("cancelled");
        result.message = pause ? tr("paused by the user") : tr("stopped by the user");
    }
    runs->setStatus(result.runId, result.status, result.message);
    lease->release();
    if (const auto stored = runs->run(result.runId))
        result.storedErrors = stored->errors;
    return result;
}

} // namespace brainmd
