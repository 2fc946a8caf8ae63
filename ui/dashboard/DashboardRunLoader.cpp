#include "ui/dashboard/DashboardRunLoader.h"

#include "bench/BenchData.h"
#include "db/BenchRunRepository.h"
#include "ports/BenchRunCatalog.h"
#include "ports/StudyStorage.h"
#include "ui/jobs/JobRunner.h"
#include "ui/jobs/Workspace.h"

namespace brainmd {

DashboardRunLoader::DashboardRunLoader(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace) {}

DashboardRunLoader::~DashboardRunLoader() {
    for (Pending &p : m_pending) {
        if (p.job) {
            p.job->cancel();
            p.job->wait();
        }
    }
}

std::shared_ptr<const BenchPlan> DashboardRunLoader::plan(qint64 runId) const {
    const auto found = m_cache.find(runId);
    return found == m_cache.end() ? nullptr : found->second.plan;
}

bool DashboardRunLoader::isLoading() const {
    return m_pending[0].job || m_pending[1].job;
}

void DashboardRunLoader::request(Slot slot, qint64 runId) {
    Pending &pending = m_pending[static_cast<std::size_t>(slot)];
    if (pending.job) {
        pending.queuedRunId = runId;
        return;
    }
    startJob(slot, runId);
}

void DashboardRunLoader::startJob(Slot slot, qint64 runId) {
    const std::shared_ptr<const StudyStorage> storage = m_workspace.storage();
    if (!storage) {
        Q_EMIT failed(slot, runId, tr("No database is open."));
        return;
    }
    struct Outcome {
        Run run;
        QString error;
        BenchRunRecord record;
        std::shared_ptr<const BenchPlan> plan;
    };
    auto outcome = std::make_shared<Outcome>();
    JobRunner *job = m_workspace.start(
        makeJob(tr("Scoring run %1").arg(runId), [storage, runId, outcome](ProgressReporter &,
                                                                           const CancelFlag &) {
            // The record first: a prediction stored meanwhile makes the cache entry stale,
            // never a stale entry look fresh.
            if (auto record = storage->benchRuns()->run(runId))
                outcome->record = *record;
            if (auto input = loadScoredRun(*storage, runId, &outcome->error))
                outcome->run = std::make_shared<const BenchReportInput>(std::move(*input));
            // A run records the slices it showed (the drill-down opens those). Only a run
            // from before that record is replanned, from today's selections, for "open at
            // the slice the model saw" — here, never on the GUI thread on a click.
            if (outcome->run && !outcome->run->shownSlices) {
                BenchPlanResult planned = planBenchRun(outcome->record.config, outcome->run->pack,
                                                       *storage->benchData(), nullptr);
                if (planned.plan)
                    outcome->plan = std::make_shared<const BenchPlan>(std::move(*planned.plan));
            }
        }));
    Pending &pending = m_pending[static_cast<std::size_t>(slot)];
    pending.job = job;
    connect(job, &JobRunner::finished, this, [this, slot, runId, outcome](bool cancelled) {
        Pending &p = m_pending[static_cast<std::size_t>(slot)];
        p.job = nullptr;
        const qint64 queued = std::exchange(p.queuedRunId, 0);
        if (!cancelled && outcome->run) {
            m_cache[runId] = {outcome->record.predictions, outcome->record.errors,
                              outcome->record.status, outcome->run, outcome->plan};
        }
        if (queued != 0) { // the newest request wins (rescored only if the run changed)
            request(slot, queued);
            return;
        }
        if (cancelled)
            return;
        if (outcome->run)
            Q_EMIT loaded(slot, outcome->run);
        else
            Q_EMIT failed(slot, runId, outcome->error);
    });
}

} // namespace brainmd
