#include "io/dicom/PixelDecoderClient.h"

#include "io/dicom/DecoderProtocol.h"
#include "io/dicom/FileInfoCodec.h"
#include "io/dicom/LibraryMessages.h"
#include "io/dicom/PixelDecoder.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cstring>

namespace brainmd::dicom {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

const QString kDecoderName = QStringLiteral("brainmd-decoder");

QString signalName(int signal) {
    const char *abbrev = sigabbrev_np(signal);
    return abbrev != nullptr ? QStringLiteral("SIG") + QString::fromLatin1(abbrev)
                             : QString::number(signal);
}

DecodeOutcome decodeInProcess(const QString &path, int columns, int rows, int frames,
                              std::vector<float> *values) {
    DecodeOutcome outcome;
    LibraryMessageCapture capture;
    outcome.error = decodePixels(path, columns, rows, frames, values);
    outcome.libraryMessages = capture.text();
    return outcome;
}

} // namespace

QString DecodeOutcome::reason() const {
    if (libraryMessages.isEmpty() || error.contains(libraryMessages))
        return error;
    return tr("%1 (GDCM: %2)").arg(error, libraryMessages);
}

PixelDecoderClient::PixelDecoderClient(QString program, int timeoutMs)
    : m_program(program.isEmpty() ? locateDecoder() : std::move(program))
    , m_timeoutMs(timeoutMs > 0 ? timeoutMs : decoderTimeoutMs()) {
    if (qEnvironmentVariableIntValue("BRAINMD_DECODE_INPROCESS") == 1) {
        m_program.clear();
        m_containmentProblem = tr("pixels decoded in-process (BRAINMD_DECODE_INPROCESS=1): a "
                                  "library abort would end the import");
    } else if (m_program.isEmpty()) {
        m_containmentProblem = tr("the decoder helper %1 was not found (set BRAINMD_DECODER); "
                                  "pixels decoded in-process, a library abort would end the "
                                  "import")
                                   .arg(kDecoderName);
    }
}

PixelDecoderClient::~PixelDecoderClient() {
    stop();
}

QString PixelDecoderClient::locateDecoder() {
    const QString fromEnv = qEnvironmentVariable("BRAINMD_DECODER");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).isExecutable() ? fromEnv : QString();
    QStringList candidates;
    if (QCoreApplication::instance() != nullptr)
        candidates.append(QDir(QCoreApplication::applicationDirPath()).filePath(kDecoderName));
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

int PixelDecoderClient::decoderTimeoutMs() {
    bool ok = false;
    const double seconds = qEnvironmentVariable("BRAINMD_DECODER_TIMEOUT").toDouble(&ok);
    return ok && seconds > 0 ? static_cast<int>(seconds * 1000.0) : 30000;
}

PixelDecoderClient &PixelDecoderClient::forCurrentThread() {
    thread_local std::unique_ptr<PixelDecoderClient> client;
    if (!client)
        client = std::make_unique<PixelDecoderClient>();
    return *client;
}

void PixelDecoderClient::prestart() {
    QString error;
    if (contained() && !ensureRunning(&error)) {
        m_program.clear();
        m_containmentProblem = tr("%1; pixels decoded in-process").arg(error);
    }
}

bool PixelDecoderClient::ensureRunning(QString *error) {
    if (m_process && m_process->state() == QProcess::Running)
        return true;
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(QIODevice::ReadWrite);
    ++m_starts;
    if (!m_process->waitForStarted(10000)) {
        *error = tr("the decoder helper %1 could not be started: %2")
                     .arg(m_program, m_process->errorString());
        stop();
        return false;
    }
    m_stderr.clear();
    return true;
}

void PixelDecoderClient::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(2000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
}

QString PixelDecoderClient::drainStderr(bool untilMarker) {
    const QByteArray marker(kStderrMarker);
    QDeadlineTimer deadline(2000);
    while (true) {
        m_stderr += m_process->readAllStandardError();
        const qsizetype at = m_stderr.indexOf(marker);
        if (at >= 0) {
            const QByteArray text = m_stderr.left(at);
            m_stderr.remove(0, at + marker.size());
            return condenseMessages(QString::fromLocal8Bit(text));
        }
        if (!untilMarker || m_process->state() != QProcess::Running || deadline.hasExpired())
            break;
        m_process->setCurrentReadChannel(QProcess::StandardError);
        const bool more = m_process->waitForReadyRead(static_cast<int>(deadline.remainingTime()));
        m_process->setCurrentReadChannel(QProcess::StandardOutput);
        if (!more)
            break;
    }
    const QByteArray text = m_stderr;
    m_stderr.clear();
    return condenseMessages(QString::fromLocal8Bit(text));
}

QString PixelDecoderClient::failureReason(bool timedOut) {
    if (timedOut) {
        m_process->kill();
        m_process->waitForFinished(2000);
    } else {
        m_process->waitForFinished(2000);
    }
    const QString said = drainStderr(false);
    QString reason;
    if (timedOut)
        reason = tr("decoding did not finish within %1 s; the decoder was stopped")
                     .arg(m_timeoutMs / 1000.0);
    else if (m_process->exitStatus() == QProcess::CrashExit)
        reason = tr("the pixel decoder (GDCM) aborted on this file (%1)")
                     .arg(signalName(m_process->exitCode()));
    else
        reason =
            tr("the pixel decoder ended unexpectedly (exit code %1)").arg(m_process->exitCode());
    m_process.reset();
    return said.isEmpty() ? reason : tr("%1: %2").arg(reason, said);
}

bool PixelDecoderClient::receiveHeader(const QDeadlineTimer &deadline, DecodeReply *reply,
                                       std::uint64_t *payloadBytes, QString *failure) {
    QByteArray header;
    while (true) {
        const qint64 need = parseReplyHeader(header, reply, payloadBytes);
        if (need < 0) {
            *failure = tr("the decoder's answer was garbled");
            stop();
            return false;
        }
        if (need <= header.size())
            return true;
        if (m_process->bytesAvailable() == 0 &&
            !m_process->waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            *failure = failureReason(deadline.hasExpired());
            return false;
        }
        header += m_process->read(need - header.size());
    }
}

bool PixelDecoderClient::receivePayload(const QDeadlineTimer &deadline, char *out, qint64 bytes,
                                        QString *failure) {
    for (qint64 done = 0; done < bytes;) {
        if (m_process->bytesAvailable() == 0 &&
            !m_process->waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            *failure = failureReason(deadline.hasExpired());
            return false;
        }
        done += m_process->read(out + done, bytes - done);
    }
    return true;
}

bool PixelDecoderClient::readReply(int columns, int rows, int frames, std::vector<float> *values,
                                   DecodeOutcome *outcome) {
    const QDeadlineTimer deadline(m_timeoutMs);
    DecodeReply reply;
    std::uint64_t bytes = 0;
    if (!receiveHeader(deadline, &reply, &bytes, &outcome->error))
        return false;
    const std::uint64_t expected = static_cast<std::uint64_t>(columns) *
                                   static_cast<std::uint64_t>(rows) *
                                   static_cast<std::uint64_t>(frames) * sizeof(float);
    if ((reply.ok && bytes != expected) || (!reply.ok && bytes != 0)) {
        outcome->error =
            tr("the decoder returned %1 bytes, the image needs %2").arg(bytes).arg(expected);
        stop();
        return false;
    }
    values->resize(static_cast<std::size_t>(bytes / sizeof(float)));
    if (!receivePayload(deadline, reinterpret_cast<char *>(values->data()),
                        static_cast<qint64>(bytes), &outcome->error))
        return false;
    outcome->error = reply.ok ? QString() : reply.reason;
    outcome->libraryMessages = reply.libraryMessages;
    return true;
}

DicomHeaderResult PixelDecoderClient::receiveHeaderResult(const QString &path) {
    const QDeadlineTimer deadline(m_timeoutMs);
    DecodeReply reply;
    std::uint64_t bytes = 0;
    QString failure;
    if (!receiveHeader(deadline, &reply, &bytes, &failure))
        return FileProblem{path, tr("reading the header failed: %1").arg(failure)};
    QByteArray payload(static_cast<qsizetype>(std::min<std::uint64_t>(bytes, kMaxFieldBytes)),
                       '\0');
    if (bytes > kMaxFieldBytes) {
        stop();
        return FileProblem{path, tr("the decoder's answer was garbled")};
    }
    if (!receivePayload(deadline, payload.data(), payload.size(), &failure))
        return FileProblem{path, tr("reading the header failed: %1").arg(failure)};
    drainStderr(true); // the header reading captures GDCM's messages itself
    if (!reply.ok)
        return FileProblem{path, reply.reason};
    DicomFileInfo info;
    if (!decodeFileInfo(payload, &info)) {
        stop();
        return FileProblem{path, tr("the decoder's answer was garbled")};
    }
    return info;
}

std::vector<DicomHeaderResult>
PixelDecoderClient::readHeaders(const QStringList &paths,
                                const std::function<bool(qsizetype)> &progress) {
    constexpr qsizetype kInFlight = 32;
    std::vector<DicomHeaderResult> results;
    qsizetype sent = 0;
    while (results.size() < static_cast<std::size_t>(paths.size())) {
        const qsizetype done = static_cast<qsizetype>(results.size());
        if (progress && !progress(done)) {
            stop(); // replies still in flight must not reach the next request
            return results;
        }
        if (QString error; contained() && !ensureRunning(&error)) {
            m_program.clear();
            m_containmentProblem = tr("%1; headers and pixels read in-process").arg(error);
        }
        if (!contained()) {
            results.push_back(readDicomHeader(paths[done]));
            continue;
        }
        if (sent < done || m_sentToStart != m_starts)
            sent = done; // restarted: send again what the dead helper had not answered
        m_sentToStart = m_starts;
        for (; sent < paths.size() && sent - done < kInFlight; ++sent)
            m_process->write(encodeRequest({DecodeRequest::Header, paths[sent], 0, 0, 0}));
        results.push_back(receiveHeaderResult(paths[done]));
    }
    return results;
}

DecodeOutcome PixelDecoderClient::decode(const QString &path, int columns, int rows, int frames,
                                         std::vector<float> *values) {
    DecodeOutcome result;
    decodeAll({{path, columns, rows, frames}},
              [&](std::size_t, DecodeOutcome &outcome, std::vector<float> &decoded) {
                  result = std::move(outcome);
                  *values = std::move(decoded);
                  return true;
              });
    return result;
}

void PixelDecoderClient::decodeAll(const std::vector<PixelRequest> &requests,
                                   const ConsumeDecoded &consume) {
    // A few files in flight: the helper decodes the next while the import takes this one.
    constexpr std::size_t kInFlight = 4;
    std::size_t sent = 0;
    for (std::size_t done = 0; done < requests.size(); ++done) {
        const PixelRequest &r = requests[done];
        if (QString error; contained() && !ensureRunning(&error)) {
            m_program.clear();
            m_containmentProblem = tr("%1; pixels decoded in-process").arg(error);
        }
        DecodeOutcome outcome;
        std::vector<float> values;
        if (!contained()) {
            outcome = decodeInProcess(r.path, r.columns, r.rows, r.frames, &values);
            if (!consume(done, outcome, values))
                return;
            continue;
        }
        if (sent < done || m_sentToStart != m_starts)
            sent = done; // a restarted helper has not seen the requests the dead one had
        m_sentToStart = m_starts;
        for (; sent < requests.size() && sent - done < kInFlight; ++sent) {
            const PixelRequest &q = requests[sent];
            m_process->write(
                encodeRequest({DecodeRequest::Pixels, q.path, q.columns, q.rows, q.frames}));
        }
        if (readReply(r.columns, r.rows, r.frames, &values, &outcome)) {
            const QString said = drainStderr(true);
            if (!said.isEmpty())
                outcome.libraryMessages =
                    outcome.libraryMessages.isEmpty()
                        ? said
                        : outcome.libraryMessages + QStringLiteral("; ") + said;
        }
        if (!consume(done, outcome, values)) {
            stop(); // replies still in flight must not reach the next request
            return;
        }
    }
}

} // namespace brainmd::dicom
