#include "io/seg/ContainedSegmentationReader.h"

#include "io/dicom/PixelDecoderClient.h"
#include "io/seg/SegmentationCodec.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace brainmd {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}
} // namespace

ContainedSegmentationReader::ContainedSegmentationReader(QString program)
    : m_program(program.isEmpty() ? dicom::PixelDecoderClient::locateDecoder() : program)
    , m_timeoutMs(dicom::PixelDecoderClient::decoderTimeoutMs()) {
    if (qEnvironmentVariableIntValue("BRAINMD_DECODE_INPROCESS") == 1)
        m_program.clear();
    if (m_program.isEmpty())
        m_containmentProblem = tr("the helper brainmd-decoder was not found (set "
                                  "BRAINMD_DECODER) or is switched off; DICOM SEG files are "
                                  "read in-process, a library crash would end the import");
}

ContainedSegmentationReader::~ContainedSegmentationReader() {
    stop();
}

void ContainedSegmentationReader::stop() {
    if (!m_process)
        return;
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(2000)) {
        m_process->kill();
        m_process->waitForFinished();
    }
    m_process.reset();
}

bool ContainedSegmentationReader::ensureRunning(QString *error) {
    if (m_process && m_process->state() == QProcess::Running)
        return true;
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setArguments({QStringLiteral("--segmentation")});
    m_process->start();
    ++m_starts;
    if (!m_process->waitForStarted(m_timeoutMs)) {
        *error = tr("cannot start %1: %2").arg(m_program, m_process->errorString());
        m_process.reset();
        return false;
    }
    return true;
}

QString ContainedSegmentationReader::lost(bool timedOut) {
    m_process->kill();
    m_process->waitForFinished();
    const QString said =
        QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed().right(400);
    m_process.reset();
    const QString what =
        timedOut
            ? tr("the SEG reader (DCMTK) did not finish this file in %1 s").arg(m_timeoutMs / 1000)
            : tr("the SEG reader (DCMTK) stopped on this file");
    return said.isEmpty() ? what : tr("%1 (%2)").arg(what, said);
}

SegmentationObject ContainedSegmentationReader::read(const QString &path, QString *error) {
    if (!contained())
        return readSegmentation(path, error);
    const auto fail = [&](const QString &why) {
        *error = why;
        return SegmentationObject{};
    };
    QString startError;
    if (!ensureRunning(&startError))
        return fail(startError);
    m_process->readAllStandardError();
    m_process->write(
        QJsonDocument(QJsonObject{{QStringLiteral("in"), path}}).toJson(QJsonDocument::Compact) +
        '\n');
    const QDeadlineTimer deadline(m_timeoutMs);
    // Waits until `ready()` holds; false when the helper died or the deadline passed.
    const auto waitFor = [&](const auto &ready) {
        while (!ready()) {
            if (m_process->state() != QProcess::Running || deadline.hasExpired())
                return ready();
            m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        }
        return true;
    };
    if (!waitFor([&] { return m_process->canReadLine(); }))
        return fail(lost(m_process->state() == QProcess::Running));
    const QJsonObject header = QJsonDocument::fromJson(m_process->readLine()).object();
    if (!header.value(QStringLiteral("ok")).toBool()) {
        const QString reason = header.value(QStringLiteral("error")).toString();
        return fail(reason.isEmpty() ? tr("the SEG reader answered garbled") : reason);
    }
    const qint64 bytes = header.value(QStringLiteral("bytes")).toInteger(-1);
    if (bytes < 0)
        return fail(tr("the SEG reader answered garbled"));
    if (!waitFor([&] { return m_process->bytesAvailable() >= bytes; }))
        return fail(lost(m_process->state() == QProcess::Running));
    SegmentationObject seg;
    if (!decodeSegmentation(m_process->read(bytes), &seg))
        return fail(tr("the SEG reader answered garbled"));
    error->clear();
    return seg;
}

} // namespace brainmd
