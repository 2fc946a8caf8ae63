#pragma once

#include "jobs/Job.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace brainmd {

class Database;
class JobRunner;
class StudyStorage;

/// What outlives a window in the workstation: the open study and the jobs that use it.
///
/// Two handles on the same file: database() is the GUI thread's (a stable object the
/// widgets keep a reference to, reopened in place), storage() is what jobs get — a
/// shared reference to a Database of their own that is never reopened, so a job that
/// is still running can only ever write to the file it was started on. open() and
/// close() first cancel and join every job started through start(), then switch.
class Workspace final : public QObject {
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    /// Cancels and joins the jobs, closes the current study and opens `path` (creating
    /// it when new). Returns "" or the message for the user; on error nothing is open.
    QString open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;

    /// The GUI thread's database: repositories the widgets read through.
    const Database &database() const { return *m_gui; }
    Database &database() { return *m_gui; }
    /// The storage jobs and workflows use; null when nothing is open.
    std::shared_ptr<const StudyStorage> storage() const { return m_storage; }

    /// Starts `job` in its own thread, tracked so that switching the study waits for it.
    /// The runner is a child of the workspace and deletes itself after finished().
    JobRunner *start(std::unique_ptr<Job> job);
    /// Jobs started and not yet finished.
    int runningJobs() const;
    /// Cancels every tracked job and waits until each has returned.
    void cancelAndJoinJobs();

Q_SIGNALS:
    /// Emitted before the study is switched or closed (jobs are already joined).
    void aboutToSwitch();
    /// Emitted after open() or close(), whatever the outcome.
    void switched();

private:
    std::unique_ptr<Database> m_gui;
    std::shared_ptr<const StudyStorage> m_storage;
    QList<QPointer<JobRunner>> m_jobs;
};

} // namespace brainmd
