#include "privacy/ContainedDeidentifier.h"

#include "io/dicom/PixelDecoderClient.h"
#include "privacy/DeidentifyProtocol.h"

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

ContainedDeidentifier::ContainedDeidentifier(const PseudonymKey &key, DeidentifyOptions options,
                                             QString outDir, QString program)
    : m_key(key)
    , m_options(options)
    , m_profile(options)
    , m_outDir(std::move(outDir))
    , m_program(program.isEmpty() ? dicom::PixelDecoderClient::locateDecoder() : program)
    , m_timeoutMs(dicom::PixelDecoderClient::decoderTimeoutMs()) {
    if (qEnvironmentVariableIntValue("BRAINMD_DECODE_INPROCESS") == 1)
        m_program.clear();
    if (m_program.isEmpty())
        m_containmentProblem = tr("the helper brainmd-decoder was not found (set "
                                  "BRAINMD_DECODER) or is switched off; files are "
                                  "de-identified in-process, a library abort would end the run");
}

ContainedDeidentifier::~ContainedDeidentifier() {
    stop();
}

void ContainedDeidentifier::stop() {
    if (!m_process)
        return;
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(2000)) {
        m_process->kill();
        m_process->waitForFinished();
    }
    m_process.reset();
}

bool ContainedDeidentifier::ensureRunning(QString *error) {
    if (m_process && m_process->state() == QProcess::Running)
        return true;
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setArguments({QStringLiteral("--deidentify")});
    m_process->start();
    ++m_starts;
    if (!m_process->waitForStarted(m_timeoutMs)) {
        *error = tr("cannot start %1: %2").arg(m_program, m_process->errorString());
        m_process.reset();
        return false;
    }
    // The key travels over the pipe only, never on a command line others can read.
    m_process->write(encodeSetup({m_key, m_options, m_outDir}));
    return true;
}

FileDeidentification ContainedDeidentifier::failure(const QString &why) {
    FileDeidentification result;
    result.outcome = FileDeidentification::Outcome::Failed;
    result.reason = why;
    return result;
}

FileDeidentification ContainedDeidentifier::process(const QString &input) {
    if (!contained())
        return deidentifyFile(input, m_outDir, m_profile, m_key);
    QString error;
    if (!ensureRunning(&error))
        return failure(error);
    m_process->readAllStandardError();
    m_process->write(
        QJsonDocument(QJsonObject{{QStringLiteral("in"), input}}).toJson(QJsonDocument::Compact) +
        '\n');
    const QDeadlineTimer deadline(m_timeoutMs);
    while (!m_process->canReadLine()) {
        if (m_process->state() != QProcess::Running || deadline.hasExpired() ||
            !m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            if (m_process->canReadLine())
                break;
            const bool timedOut = m_process->state() == QProcess::Running;
            m_process->kill();
            m_process->waitForFinished();
            const QString said =
                QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed().right(400);
            m_process.reset();
            const QString what = timedOut ? tr("the de-identifier did not finish this file in %1 s")
                                                .arg(m_timeoutMs / 1000)
                                          : tr("the de-identifier stopped on this file");
            return failure(said.isEmpty() ? what : tr("%1 (%2)").arg(what, said));
        }
    }
    FileDeidentification result;
    if (!decodeResult(m_process->readLine(), &result))
        return failure(tr("the de-identifier answered garbled"));
    return result;
}

} // namespace brainmd
