#include "ui/jobs/Workspace.h"

#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "ui/jobs/JobRunner.h"
#include "ui/jobs/WriteOffGuiThread.h"

namespace brainmd {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_gui(std::make_unique<Database>()) {}

Workspace::~Workspace() {
    cancelAndJoinJobs();
}

QString Workspace::open(const QString &path) {
    cancelAndJoinJobs();
    Q_EMIT aboutToSwitch();
    m_storage.reset();
    m_gui->close();
    // Creating or migrating the file (with the backup taken before a migration) can take
    // seconds on a large study: it runs on the database writer thread while the window
    // keeps drawing; the GUI thread's own open then finds the schema current and connects.
    QString error = writeOffGuiThread([&path] {
        Database prepared;
        return prepared.open(path);
    });
    if (error.isEmpty())
        error = m_gui->open(path);
    if (error.isEmpty()) {
        // The jobs' own handle; the schema is already current, so this open only connects.
        auto forJobs = std::make_shared<Database>();
        error = forJobs->open(m_gui->path());
        if (error.isEmpty())
            m_storage = std::make_shared<SqlStudyStorage>(std::move(forJobs));
        else
            m_gui->close();
    }
    Q_EMIT switched();
    return error;
}

void Workspace::close() {
    cancelAndJoinJobs();
    Q_EMIT aboutToSwitch();
    m_storage.reset();
    m_gui->close();
    Q_EMIT switched();
}

bool Workspace::isOpen() const {
    return m_gui->isOpen();
}

QString Workspace::path() const {
    return m_gui->path();
}

JobRunner *Workspace::start(std::unique_ptr<Job> job) {
    auto *runner = new JobRunner(std::move(job), this);
    m_jobs.removeAll(nullptr);
    m_jobs.append(runner);
    connect(runner, &JobRunner::finished, runner, &QObject::deleteLater);
    runner->start();
    return runner;
}

int Workspace::runningJobs() const {
    int n = 0;
    for (const QPointer<JobRunner> &job : m_jobs)
        n += job && job->isRunning() ? 1 : 0;
    return n;
}

void Workspace::cancelAndJoinJobs() {
    for (const QPointer<JobRunner> &job : m_jobs) {
        if (job)
            job->cancel();
    }
    for (const QPointer<JobRunner> &job : m_jobs) {
        if (job)
            job->wait();
    }
}

} // namespace brainmd
