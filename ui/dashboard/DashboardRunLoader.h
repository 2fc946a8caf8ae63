#pragma once

#include "bench/BenchPlan.h"
#include "workflows/BenchScoreWorkflow.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <array>
#include <map>
#include <memory>

namespace brainmd {

class JobRunner;
class Workspace;

/// Reads and scores runs for the dashboard off the GUI thread (loadScoredRun, the same
/// as `brainmd bench report`, takes about a second for 50,000 predictions with 1000
/// bootstrap draws). A run whose predictions and status did not change since its last
/// load comes from the cache at once. Per slot (run A, run B) at most one load is in
/// flight; a newer request waits for it and then wins, so rapid changes cost one
/// scoring each at most and the newest choice is what shows.
class DashboardRunLoader final : public QObject {
    Q_OBJECT

public:
    enum Slot { RunA = 0, RunB = 1 };
    using Run = std::shared_ptr<const BenchReportInput>;

    explicit DashboardRunLoader(Workspace &workspace, QObject *parent = nullptr);
    ~DashboardRunLoader() override;

    /// Loads `runId` into `slot`: loaded() follows when the job finishes — at once after
    /// one small read when the cache holds the run unchanged.
    void request(Slot slot, qint64 runId);
    /// The plan of a loaded run from before runs recorded their slices (which slices each
    /// case showed under each condition, replanned in the same job as its scores); null
    /// for a run that recorded them (BenchReportInput::shownSlices), one not loaded, or one
    /// that could not be planned.
    std::shared_ptr<const BenchPlan> plan(qint64 runId) const;
    /// Drops the cache (the next request rescores).
    void clear() { m_cache.clear(); }
    bool isLoading() const;

Q_SIGNALS:
    void loaded(int slot, std::shared_ptr<const brainmd::BenchReportInput> run);
    void failed(int slot, qint64 runId, const QString &error);

private:
    struct Cached {
        int predictions = -1;
        int errors = -1;
        QString status;
        Run input;
        std::shared_ptr<const BenchPlan> plan;
    };
    struct Pending {
        QPointer<JobRunner> job;
        qint64 queuedRunId = 0; ///< the newest request while a job runs; 0 none
    };
    void startJob(Slot slot, qint64 runId);

    Workspace &m_workspace;
    std::map<qint64, Cached> m_cache;
    std::array<Pending, 2> m_pending;
};

} // namespace brainmd
