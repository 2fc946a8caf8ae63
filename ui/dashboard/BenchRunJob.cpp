#include "ui/dashboard/BenchRunJob.h"

#include "bench/ModelBackend.h"
#include "jobs/Progress.h"
#include "ui/jobs/JobRunner.h"
#include "ui/jobs/Workspace.h"
#include "ui/platform/BenchBackendFactory.h"

#include <QElapsedTimer>
#include <QLocale>

namespace brainmd {

/// Turns the workflow's reports into the job's signals (emitted in the job's thread,
/// delivered queued in the GUI thread), with the request rate and time left.
class BenchRunJob::Observer final : public BenchRunObserver, public ProgressReporter {
public:
    /// `runner` is the job runner's reporter: its false return (cancel) stops the run.
    Observer(BenchRunJob *job, ProgressReporter *runner)
        : m_job(job)
        , m_runner(runner) {}
    void runReady(qint64 runId, bool, int) override {
        m_job->m_runId.store(runId);
        Q_EMIT m_job->runCreated(runId);
    }
    void planned(const BenchPlan &, int total, int alreadyDone) override {
        m_total = total - alreadyDone;
        m_clock.start();
        Q_EMIT m_job->planned(m_total, alreadyDone);
    }
    void note(const QString &message) override {
        Q_EMIT m_job->itemError(BenchRunJob::tr("note: %1").arg(message));
    }
    void saved(const std::vector<TaskOutcome> &outcomes) override {
        for (const TaskOutcome &o : outcomes) {
            if (!o.response.ok())
                Q_EMIT m_job->itemError(QStringLiteral("%1: %2").arg(o.task.key, o.response.error));
        }
        Q_EMIT m_job->saved();
    }
    void notice(const QString &message, qint64 waitMs) override {
        Q_EMIT m_job->notice(waitMs > 0 ? BenchRunJob::tr("%1; waiting %2 s")
                                              .arg(message)
                                              .arg(QLocale().toString(waitMs / 1000.0, 'f', 0))
                                        : message);
    }
    bool report(double fraction, const QString &) override {
        const int done = static_cast<int>(fraction * m_total + 0.5);
        const double seconds = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0.0;
        const double rate = seconds > 0.0 ? done / seconds : 0.0;
        const double eta = rate > 0.0 ? (m_total - done) / rate : -1.0;
        Q_EMIT m_job->progressed(done, m_total, rate, eta);
        return m_runner->report(fraction, {});
    }

private:
    BenchRunJob *m_job;
    ProgressReporter *m_runner;
    int m_total = 0;
    QElapsedTimer m_clock;
};

BenchRunJob::BenchRunJob(Workspace &workspace, BenchRunConfig config, qint64 resumeRunId,
                         QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_runId(resumeRunId) {
    m_request.config = std::move(config);
    m_request.resumeRunId = resumeRunId;
    m_request.forceNew = resumeRunId == 0; // "New run…" always starts a new one
}

BenchRunJob::~BenchRunJob() {
    if (m_runner) {
        m_runner->cancel();
        m_runner->wait();
    }
}

void BenchRunJob::start() {
    if (m_runner || !m_workspace.storage())
        return;
    const std::shared_ptr<const StudyStorage> storage = m_workspace.storage();
    m_runner = m_workspace.start(makeJob(
        tr("BrainBench run"),
        [this, storage](ProgressReporter &progress, const CancelFlag &) {
            Observer observer(this, &progress);
            const BenchRunResult result = BenchRunWorkflow(storage, &createBenchBackend)
                                              .run(m_request, &observer, &observer, &m_control);
            m_runId.store(result.runId);
            Q_EMIT finished(result.runId, result.status, result.message);
        },
        [this] { m_control.cancel(); }));
}

bool BenchRunJob::isRunning() const {
    return m_runner && m_runner->isRunning();
}

void BenchRunJob::pause() {
    m_control.pause();
}

void BenchRunJob::cancel() {
    m_control.cancel();
}

} // namespace brainmd
