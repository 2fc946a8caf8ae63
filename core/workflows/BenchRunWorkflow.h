#pragma once

#include "bench/BenchPlan.h"
#include "bench/BenchRunner.h"
#include "bench/CostEstimate.h"
#include "bench/RunConfig.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace brainmd {

class ModelBackend;
class ProgressReporter;
class StudyStorage;

/// What to run: a configuration and which stored run it continues.
struct BenchRunRequest {
    BenchRunConfig config;
    /// Continue this run (its configuration is the one stored); 0: see `forceNew`.
    qint64 resumeRunId = 0;
    /// With resumeRunId 0: true always creates a new run; false resumes the latest run
    /// with exactly this configuration, or creates one when there is none.
    bool forceNew = false;
    /// Plan only: nothing is created, stored or sent; the result holds the estimate of
    /// what the run (or what is left of it) would send.
    bool dryRun = false;
    /// For the dry run's estimate; with both prices, stored with the run for its cost.
    BenchPricing pricing;
};

/// How a run may be stopped from another thread. pause() and cancel() both stop after
/// the requests in flight (answered work stays stored); they differ only in the status
/// the run is left with ("paused" or "cancelled"). Either way the same request resumes.
class BenchRunControl {
public:
    void pause() { m_stop.store(1); }
    void cancel() { m_stop.store(2); }
    bool stopRequested() const { return m_stop.load() != 0; }
    bool pauseRequested() const { return m_stop.load() == 1; }

private:
    std::atomic<int> m_stop{0};
};

/// What a front end is told while a run goes on. Called in the thread that runs the
/// workflow; every method has an empty default.
class BenchRunObserver {
public:
    virtual ~BenchRunObserver() = default;
    /// The run exists: created now, or `storedPredictions` already there when resumed.
    virtual void runReady(qint64 runId, bool resumed, int storedPredictions);
    /// Planned: `total` requests of which `alreadyDone` are answered from earlier sessions.
    virtual void planned(const BenchPlan &plan, int total, int alreadyDone);
    /// A problem of the plan (a case left out and why), not an error of the run.
    virtual void note(const QString &message);
    /// The backend that will answer; `keySource` says where its API key came from.
    virtual void backendReady(const QString &backend, const QString &model,
                              const QString &keySource);
    /// A batch of outcomes was stored (charts may refresh); items with errors are listed.
    virtual void saved(const std::vector<TaskOutcome> &outcomes);
    /// Where the planning step reports progress (nullptr: nowhere).
    virtual ProgressReporter *planningProgress();
    /// A retry or a Retry-After wait of the backend ("waiting 27 s: HTTP 429 …"), called
    /// in the order they happen, in the thread that runs the workflow.
    virtual void notice(const QString &message, qint64 waitMs);
};

/// How a run ended.
struct BenchRunResult {
    qint64 runId = 0;
    /// finished, paused, cancelled, failed, or refused (another process executes the run:
    /// nothing was sent and the run's status was left alone)
    QString status;
    QString message;
    RunnerOutcome outcome;
    int storedErrors = 0; ///< predictions of the whole run stored with an error
    /// dry run only (status "dry-run"): what would be sent, and how much of the plan is
    /// already answered in the run it would resume (runId, 0 for a new run)
    BenchCostEstimate estimate;
    int plannedTasks = 0;
    bool ok() const { return status == QLatin1String("finished"); }
};

/// Makes the backend a configuration names; `keySource` receives where its key came from
/// ("" for a baseline). Front ends pass createModelBackend bound to their key source.
using BackendFactory =
    std::function<std::unique_ptr<ModelBackend>(const BenchBackendConfig &, QString *keySource)>;

/// Runs or resumes a BrainBench run — the one implementation behind `brainmd bench run`,
/// the demo and the dashboard's New run…: create or find the run, plan it, skip the
/// tasks already answered, send the rest through runBenchTasks with bounded
/// concurrency, store every outcome, and leave the run with its status and message.
/// A fault every request would hit (refused connection, key, unknown model) pauses the
/// run with what to fix; the same request resumes without asking anything twice.
class BenchRunWorkflow {
public:
    BenchRunWorkflow(std::shared_ptr<const StudyStorage> storage, BackendFactory backends);

    /// Blocks until the run ends; `requests` receives the fraction of this session's
    /// requests stored, and a false return stops the run (as control->cancel() does).
    BenchRunResult run(const BenchRunRequest &request, BenchRunObserver *observer,
                       ProgressReporter *requests, const BenchRunControl *control = nullptr);

private:
    BenchRunResult dryRun(const BenchRunConfig &config, const TaskPack &pack, qint64 existingRun,
                          const BenchPricing &pricing, BenchRunObserver &watch) const;

    std::shared_ptr<const StudyStorage> m_storage;
    BackendFactory m_backends;
};

} // namespace brainmd
