#pragma once

#include "jobs/Progress.h"

#include <QObject>

#include <atomic>

namespace brainmd {

/// ProgressReporter for the GUI: a worker thread calls report(); the GUI thread receives
/// progressed() through a queued connection and may call cancel(), which the worker
/// sees as report() returning false. Safe to call report() from any thread.
class QtProgressReporter final : public QObject, public ProgressReporter {
    Q_OBJECT

public:
    explicit QtProgressReporter(QObject *parent = nullptr);

    bool report(double fraction, const QString &message) override;
    bool isCancelled() const { return m_cancelled.load(); }

public Q_SLOTS:
    void cancel() { m_cancelled.store(true); }

Q_SIGNALS:
    /// `percent` in 0..1000 (tenths of a percent), ready for a QProgressBar.
    void progressed(int permille, const QString &message);

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_lastPermille{-1};
};

} // namespace brainmd
