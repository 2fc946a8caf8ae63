#pragma once

#include "jobs/Progress.h"

#include <QElapsedTimer>
#include <QMutex>

#include <atomic>
#include <cstdio>

namespace brainmd {

/// Progress for the command line. On a terminal it redraws one line: a bar, percent,
/// rate (items/s when the caller names a total) and ETA. When stderr is not a terminal
/// (CI logs, pipes) it prints a plain line at most every 10 % or when the message changes
/// step. Ctrl+C (see requestCancel) makes report() return false so tasks stop cleanly.
class TerminalProgress final : public ProgressReporter {
public:
    /// `totalItems` > 0 turns the rate into items per second ("12.3 files/s").
    explicit TerminalProgress(QString label, int totalItems = 0, QString itemName = {},
                              std::FILE *out = stderr);
    ~TerminalProgress() override;

    bool report(double fraction, const QString &message) override;
    /// Ends the line on a terminal; called by the destructor too.
    void finish();

    /// Asks every TerminalProgress to report cancellation (signal-safe).
    static void requestCancel() { s_cancelRequested.store(true); }
    static bool cancelRequested() { return s_cancelRequested.load(); }

private:
    void drawTerminal(double fraction, const QString &message);
    void drawPlain(double fraction, const QString &message);

    QString m_label;
    int m_totalItems;
    QString m_itemName;
    std::FILE *m_out;
    bool m_isTerminal;
    bool m_finished = false;
    int m_lastPlainDecile = -1;
    double m_highest = 0.0;
    qint64 m_lastDrawMs = -1000;
    QElapsedTimer m_clock;
    QMutex m_mutex;
    static std::atomic<bool> s_cancelRequested;
};

/// Installs a SIGINT / SIGTERM handler that calls TerminalProgress::requestCancel(); a
/// second Ctrl+C exits at once with status 130.
void installCancelOnInterrupt();

} // namespace brainmd
