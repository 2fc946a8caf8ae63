#include "ui/dashboard/BenchRunJob.h"

#include "bench/BenchPlan.h"
#include "bench/BenchRequestBuilder.h"
#include "bench/ModelBackend.h"
#include "db/BenchDataRepository.h"
#include "db/BenchRunRepository.h"
#include "db/Database.h"
#include "jobs/Progress.h"
#include "ui/cli/BenchBackendFactory.h"

#include <QElapsedTimer>
#include <QThread>

namespace brainmd {

namespace {

/// Forwards to the run's repository and reports each stored batch and its errors.
class TappedStore final : public BenchStore {
public:
    TappedStore(BenchRunRepository &store, BenchRunJob *job)
        : m_store(store)
        , m_job(job) {}
    std::optional<ChatResponse> cachedResponse(const QString &hash) override {
        return m_store.cachedResponse(hash);
    }
    QString save(const std::vector<TaskOutcome> &outcomes) override {
        const QString error = m_store.save(outcomes);
        for (const TaskOutcome &o : outcomes) {
            if (!o.response.ok())
                Q_EMIT m_job->itemError(QStringLiteral("%1: %2").arg(o.task.key, o.response.error));
        }
        Q_EMIT m_job->saved();
        return error;
    }

private:
    BenchRunRepository &m_store;
    BenchRunJob *m_job;
};

/// Progress of the request phase; returns false once pause or cancel was asked for.
class JobReporter final : public ProgressReporter {
public:
    JobReporter(BenchRunJob *job, const std::atomic<int> &stop, int total, QElapsedTimer clock)
        : m_job(job)
        , m_stop(stop)
        , m_total(total)
        , m_clock(clock) {}
    bool report(double fraction, const QString &) override {
        const int done = static_cast<int>(fraction * m_total + 0.5);
        const double seconds = m_clock.elapsed() / 1000.0;
        const double rate = seconds > 0.0 ? done / seconds : 0.0;
        const double eta = rate > 0.0 ? (m_total - done) / rate : -1.0;
        Q_EMIT m_job->progressed(done, m_total, rate, eta);
        return m_stop.load() == 0;
    }

private:
    BenchRunJob *m_job;
    const std::atomic<int> &m_stop;
    int m_total;
    QElapsedTimer m_clock;
};

} // namespace

BenchRunJob::BenchRunJob(const Database &db, BenchRunConfig config, qint64 resumeRunId,
                         QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_config(std::move(config))
    , m_runId(resumeRunId) {}

BenchRunJob::~BenchRunJob() {
    if (m_thread) {
        m_stop.store(2);
        m_thread->wait();
    }
}

void BenchRunJob::start() {
    m_thread = QThread::create([this] { work(); });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

bool BenchRunJob::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void BenchRunJob::pause() {
    m_stop.store(1);
}

void BenchRunJob::cancel() {
    m_stop.store(2);
}

void BenchRunJob::work() {
    BenchRunRepository runs(m_db);
    auto fail = [&](const QString &message) {
        if (m_runId.load() != 0)
            runs.setStatus(m_runId.load(), QStringLiteral("failed"), message);
        Q_EMIT finished(m_runId.load(), QStringLiteral("failed"), message);
    };
    const TaskPackResult pack =
        m_config.taskPack.isEmpty() ? defaultTaskPack() : loadTaskPack(m_config.taskPack);
    if (!pack.pack)
        return fail(pack.error);
    if (m_runId.load() == 0) {
        QString error;
        m_runId.store(runs.createRun(m_config, &error));
        if (m_runId.load() == 0)
            return fail(tr("cannot create the run: %1").arg(error));
    }
    const qint64 runId = m_runId.load();
    Q_EMIT runCreated(runId);
    const BenchDataRepository data(m_db);
    const BenchPlanResult plan = planBenchRun(m_config, *pack.pack, data, nullptr);
    if (!plan.plan)
        return fail(plan.error);
    for (const QString &problem : plan.plan->problems)
        Q_EMIT itemError(tr("note: %1").arg(problem));
    const QSet<QString> done = runs.finishedTaskKeys(runId);
    std::vector<BenchTask> todo;
    for (const BenchTask &task : plan.plan->tasks) {
        if (!done.contains(task.key))
            todo.push_back(task);
    }
    Q_EMIT planned(static_cast<int>(todo.size()), static_cast<int>(done.size()));
    const std::unique_ptr<ModelBackend> backend = createBenchBackend(m_config.backend);
    BenchRunRepository store(m_db, runId);
    store.setBackend(backend->name(), backend->model());
    TappedStore tapped(store, this);
    BenchRequestBuilder builder(*plan.plan, data, backend->model());
    runs.setStatus(runId, QStringLiteral("running"), {});
    QElapsedTimer clock;
    clock.start();
    JobReporter reporter(this, m_stop, static_cast<int>(todo.size()), clock);
    const RunnerOutcome outcome =
        runBenchTasks(todo, builder, *backend, tapped, {m_config.concurrency}, &reporter);
    QString status = QStringLiteral("finished");
    QString message;
    if (!outcome.storeError.isEmpty()) {
        status = QStringLiteral("paused");
        message = outcome.storeError;
    } else if (!outcome.pauseMessage.isEmpty()) {
        status = QStringLiteral("paused");
        message = outcome.pauseMessage;
    } else if (outcome.cancelled) {
        status = m_stop.load() == 1 ? QStringLiteral("paused") : QStringLiteral("cancelled");
        message = m_stop.load() == 1 ? tr("paused by the user") : tr("stopped by the user");
    }
    runs.setStatus(runId, status, message);
    reporter.report(static_cast<double>(outcome.saved) / std::max<std::size_t>(1, todo.size()), {});
    Q_EMIT finished(runId, status, message);
}

} // namespace brainmd
