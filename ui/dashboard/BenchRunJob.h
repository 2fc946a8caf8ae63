#pragma once

#include "bench/RunConfig.h"
#include "workflows/BenchRunWorkflow.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace brainmd {

class JobRunner;
class Workspace;

/// The dashboard's caller of BenchRunWorkflow (the same workflow as `brainmd bench run`):
/// runs or resumes a run as a job of the workspace, so switching the study waits for it.
/// Signals arrive queued in the GUI thread. pause() and cancel() stop after the requests
/// in flight (answered work stays stored); a paused run resumes with a new job on the
/// same run id. The destructor stops the run and waits for it.
class BenchRunJob final : public QObject {
    Q_OBJECT

public:
    /// `resumeRunId` 0 creates a new run.
    BenchRunJob(Workspace &workspace, BenchRunConfig config, qint64 resumeRunId,
                QObject *parent = nullptr);
    ~BenchRunJob() override;

    /// Prices per million tokens, stored with the run for its cost (before start()).
    void setPricing(const BenchPricing &pricing) { m_request.pricing = pricing; }
    void start();
    bool isRunning() const;
    qint64 runId() const { return m_runId.load(); }

public Q_SLOTS:
    void pause();
    void cancel();

Q_SIGNALS:
    void runCreated(qint64 runId);
    void planned(int total, int alreadyDone);
    /// `done` of `total` requests of this session stored.
    void progressed(int done, int total, double requestsPerSecond, double etaSeconds);
    /// Predictions were stored (the charts may refresh).
    void saved();
    void itemError(const QString &message);
    /// A retry or a Retry-After wait of the server ("…; waiting 27 s").
    void notice(const QString &message);
    /// status: finished, paused, cancelled, failed or refused (another process runs it).
    void finished(qint64 runId, const QString &status, const QString &message);

private:
    class Observer;

    Workspace &m_workspace;
    BenchRunRequest m_request;
    BenchRunControl m_control;
    std::atomic<qint64> m_runId{0};
    QPointer<JobRunner> m_runner;
};

} // namespace brainmd
