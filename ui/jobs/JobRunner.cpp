#include "ui/jobs/JobRunner.h"

#include <algorithm>
#include <cmath>

namespace brainmd {

/// Reports from the job's thread; emits only when the shown value changes so that a
/// tight loop does not flood the GUI's event queue.
class JobRunner::Reporter final : public ProgressReporter {
public:
    explicit Reporter(JobRunner *runner)
        : m_runner(runner) {}
    bool report(double fraction, const QString &message) override {
        const int permille = static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000.0));
        if (m_runner->m_lastPermille.exchange(permille) != permille || message != m_message) {
            m_message = message;
            Q_EMIT m_runner->progressed(permille, message);
        }
        return !m_runner->m_cancelled.load();
    }

private:
    JobRunner *m_runner;
    QString m_message;
};

JobRunner::JobRunner(std::unique_ptr<Job> job, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
    , m_title(m_job->title()) {
    m_thread.setObjectName(QStringLiteral("job"));
    connect(&m_thread, &QThread::finished, this, [this] { Q_EMIT finished(m_cancelled.load()); });
}

JobRunner::~JobRunner() {
    cancel();
    m_thread.wait();
}

void JobRunner::start() {
    if (m_started)
        return;
    m_started = true;
    // QThread::run() is not overridden: the body runs through started() in the new thread.
    connect(
        &m_thread, &QThread::started, &m_thread,
        [this] {
            Reporter reporter(this);
            m_job->run(reporter);
            m_thread.quit();
        },
        Qt::DirectConnection);
    m_thread.start();
}

void JobRunner::cancel() {
    if (!m_cancelled.exchange(true) && m_job)
        m_job->cancel();
}

void JobRunner::wait() {
    m_thread.wait();
}

} // namespace brainmd
