#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QProcess;

namespace brainmd {

/// One long-lived helper process (`brainmd-decoder` in one of its modes) spoken to over
/// its pipes, one request at a time: started on first use, killed when it dies or hangs
/// on a request, started again for the next. What the ContainedDeidentifier and the
/// ContainedSegmentationReader share; each formats its own messages. One thread only.
class HelperProcess {
public:
    enum class Outcome { Answered, Died, TimedOut };

    /// `arguments` select the helper's mode; the timeout is per request.
    HelperProcess(QString program, QStringList arguments, int timeoutMs);
    /// The helper for `arguments`, or null when work runs in this process: no `program`
    /// given and brainmd-decoder not found (PixelDecoderClient::locateDecoder), or
    /// BRAINMD_DECODE_INPROCESS=1. Per-request timeout: PixelDecoderClient's.
    static std::unique_ptr<HelperProcess> forDecoder(QString program, QStringList arguments);
    ~HelperProcess();
    HelperProcess(const HelperProcess &) = delete;
    HelperProcess &operator=(const HelperProcess &) = delete;

    /// Starts the helper unless it runs; `onStart` writes what a new helper reads first.
    /// False with `error` when it cannot start.
    bool ensureRunning(QString *error, const std::function<void(QProcess &)> &onStart = {});
    /// Writes `request` and waits until `ready` holds (e.g. a whole reply line is there).
    /// When the helper dies or the per-request timeout passes, it is killed and `said`
    /// gets the end of what it printed on stderr (a library's assertion, say).
    Outcome exchange(const QByteArray &request, const std::function<bool(QProcess &)> &ready,
                     QString *said);
    /// Waits, within the same request's time, until `ready` holds; as exchange().
    Outcome waitFor(const std::function<bool(QProcess &)> &ready, QString *said);
    /// The running helper (valid after ensureRunning() returned true).
    QProcess &process() { return *m_process; }
    int starts() const { return m_starts; }
    int timeoutMs() const { return m_timeoutMs; }
    void stop();

private:
    Outcome lost(bool timedOut, QString *said);

    QString m_program;
    QStringList m_arguments;
    int m_timeoutMs;
    int m_starts = 0;
    qint64 m_deadline = 0; ///< ms since epoch at which the current request times out
    std::unique_ptr<QProcess> m_process;
};

} // namespace brainmd
