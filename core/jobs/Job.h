#pragma once

#include "jobs/Progress.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace brainmd {

/// A stop request shared by a job and whoever may cancel it, from any thread. Waiting code
/// blocks in waitFor() instead of sleeping, so cancel() wakes it at once (no polling).
class CancelFlag {
public:
    void cancel() {
        {
            std::lock_guard lock(m_mutex);
            m_cancelled.store(true);
        }
        m_wake.notify_all();
    }
    bool isCancelled() const { return m_cancelled.load(); }
    /// Waits up to `ms` milliseconds or until cancelled; true when cancelled.
    bool waitFor(int ms) const {
        std::unique_lock lock(m_mutex);
        return m_wake.wait_for(lock, std::chrono::milliseconds(ms),
                               [this] { return m_cancelled.load(); });
    }

private:
    std::atomic<bool> m_cancelled{false};
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_wake;
};

/// One unit of work a front end runs off its main thread: the one job abstraction of the
/// engine. run() reports through `progress`; a false return from report() means the user
/// cancelled: stop soon, keep what is committed. cancel() is called from another thread
/// and wakes whatever the job waits on. The desktop runs jobs with JobRunner (own thread,
/// queued signals), the terminal with runTerminalJob (Ctrl+C cancels); per-case batches
/// inside a job use JobPool.
class Job {
public:
    virtual ~Job() = default;
    /// What the job does, for progress bars ("Importing", "Training the VAE").
    virtual QString title() const = 0;
    virtual void run(ProgressReporter &progress) = 0;
    virtual void cancel() { m_cancel.cancel(); }
    const CancelFlag &cancelFlag() const { return m_cancel; }

private:
    CancelFlag m_cancel;
};

/// A job made of a function: `body` runs in the job's thread with the job's reporter and
/// cancel flag; `onCancel` (optional) is called in the cancelling thread, e.g. to cancel
/// a JobPool or a workflow's control.
std::unique_ptr<Job> makeJob(QString title,
                             std::function<void(ProgressReporter &, const CancelFlag &)> body,
                             std::function<void()> onCancel = {});

/// The reporter a job's body sees: forwards to `inner` and answers false once `flag`
/// is cancelled, whatever `inner` says.
class CancellableProgress final : public ProgressReporter {
public:
    CancellableProgress(ProgressReporter *inner, const CancelFlag &flag)
        : m_inner(inner)
        , m_flag(flag) {}
    bool report(double fraction, const QString &message) override {
        const bool goOn = reportProgress(m_inner, fraction, message);
        return goOn && !m_flag.isCancelled();
    }

private:
    ProgressReporter *m_inner;
    const CancelFlag &m_flag;
};

} // namespace brainmd
