#pragma once

#include "jobs/Job.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace brainmd {

/// Runs one Job in a thread of its own, for the desktop: progressed() and finished()
/// arrive on the owner's thread by queued signal; cancel() is safe from the GUI thread
/// and wakes the job. The destructor cancels and joins, so a runner never outlives what
/// its owner gave the job. One job per runner; start a new runner for the next one.
class JobRunner final : public QObject {
    Q_OBJECT

public:
    explicit JobRunner(std::unique_ptr<Job> job, QObject *parent = nullptr);
    ~JobRunner() override;

    QString title() const { return m_title; }
    void start();
    /// Started and not yet returned (finished() may still be on its way).
    bool isRunning() const { return m_started && !m_thread.isFinished(); }
    bool wasCancelled() const { return m_cancelled.load(); }
    /// Blocks until the job has returned (it must have been cancelled, or be short).
    void wait();

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    /// `permille` in 0..1000, ready for a QProgressBar.
    void progressed(int permille, const QString &message);
    void finished(bool cancelled);

private:
    class Reporter;

    std::unique_ptr<Job> m_job;
    QString m_title;
    QThread m_thread;
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_lastPermille{-1};
    bool m_started = false;
};

} // namespace brainmd
