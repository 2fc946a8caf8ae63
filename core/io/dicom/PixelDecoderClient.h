#pragma once

// Private to the DICOM module: decodes pixel data in the helper process brainmd-decoder,
// so that a library that aborts or hangs on one file costs that file, not the import.

#include "io/dicom/DicomScanner.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QDeadlineTimer;
class QProcess;

namespace brainmd::dicom {

/// What decoding one file gave.
struct DecodeOutcome {
    QString error;           ///< why the file could not be decoded; empty on success
    QString libraryMessages; ///< what GDCM / its codecs said about the file (one line)
    bool ok() const { return error.isEmpty(); }
    /// The error with what the library said, for the file's problem line.
    QString reason() const;
};

/// Talks to one long-lived brainmd-decoder over its stdin / stdout (DecoderProtocol.h).
/// When the helper dies (signal) or does not answer within the timeout, the file is
/// reported with the helper's stderr for it (e.g. GDCM's assertion text), the helper is
/// restarted on the next request and decoding goes on. Use from one thread only.
class PixelDecoderClient {
public:
    /// `program` empty: locateDecoder(). `timeoutMs` <= 0: decoderTimeoutMs().
    explicit PixelDecoderClient(QString program = {}, int timeoutMs = 0);
    ~PixelDecoderClient();
    PixelDecoderClient(const PixelDecoderClient &) = delete;
    PixelDecoderClient &operator=(const PixelDecoderClient &) = delete;

    /// Decodes all frames of `path` (columns × rows × frames stored values, before rescale).
    DecodeOutcome decode(const QString &path, int columns, int rows, int frames,
                         std::vector<float> *values);

    struct PixelRequest {
        QString path;
        int columns = 0, rows = 0, frames = 1;
    };
    /// Called with each request's index (in order), outcome and values; false cancels.
    using ConsumeDecoded = std::function<bool(std::size_t, DecodeOutcome &, std::vector<float> &)>;
    /// Decodes `requests` with several in flight (the helper decodes the next file while the
    /// caller takes this one); a file the helper dies or hangs on is reported as decode()
    /// does and the rest go on in a restarted helper.
    void decodeAll(const std::vector<PixelRequest> &requests, const ConsumeDecoded &consume);

    /// Reads the headers of `paths` in the helper (readDicomHeader there), several requests
    /// in flight. A file on which the helper dies or hangs comes back as a FileProblem with
    /// the library's complaint; the helper is restarted for the rest. `progress` gets the
    /// number done and returns false to cancel (the results then stop short).
    std::vector<DicomHeaderResult> readHeaders(const QStringList &paths,
                                               const std::function<bool(qsizetype)> &progress);

    /// Starts the helper now, so that its start-up (about 60 ms of library loading)
    /// overlaps the header scan instead of delaying the first decode.
    void prestart();

    /// True when files are decoded in the helper; false when it was not found (or
    /// BRAINMD_DECODE_INPROCESS=1 asks for in-process decoding, for measurements).
    bool contained() const { return !m_program.isEmpty(); }
    /// Why decoding is not contained (for a warning); empty when it is.
    QString containmentProblem() const { return m_containmentProblem; }
    /// How often the helper was (re)started.
    int starts() const { return m_starts; }

    /// The helper: env BRAINMD_DECODER, else next to the application; empty when none
    /// exists. (Test programs, built elsewhere, set BRAINMD_DECODER to the build's app
    /// folder before main: tests/DecoderForTests.cpp. No build path is compiled in here,
    /// so that installed binaries carry none.)
    static QString locateDecoder();
    /// Per-file timeout: env BRAINMD_DECODER_TIMEOUT (seconds), else 30 s.
    static int decoderTimeoutMs();
    /// The client of the calling thread (created on first use, kept for the thread's life).
    static PixelDecoderClient &forCurrentThread();

private:
    bool ensureRunning(QString *error);
    void stop();
    bool receiveHeader(const QDeadlineTimer &deadline, struct DecodeReply *reply,
                       std::uint64_t *payloadBytes, QString *failure);
    bool receivePayload(const QDeadlineTimer &deadline, char *out, qint64 bytes, QString *failure);
    bool readReply(int columns, int rows, int frames, std::vector<float> *values,
                   DecodeOutcome *outcome);
    DicomHeaderResult receiveHeaderResult(const QString &path);
    QString drainStderr(bool untilMarker);
    QString failureReason(bool timedOut);

    QString m_program;
    QString m_containmentProblem;
    int m_timeoutMs = 30000;
    int m_starts = 0;
    std::unique_ptr<QProcess> m_process;
    int m_sentToStart = -1; ///< the helper start (m_starts) the requests in flight went to
    QByteArray m_stderr;
};

} // namespace brainmd::dicom
