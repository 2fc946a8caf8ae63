#include "io/dicom/HelperProcess.h"

#include "io/dicom/PixelDecoderClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>

#include <algorithm>

namespace brainmd {

HelperProcess::HelperProcess(QString program, QStringList arguments, int timeoutMs)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_timeoutMs(timeoutMs) {}

std::unique_ptr<HelperProcess> HelperProcess::forDecoder(QString program, QStringList arguments) {
    if (program.isEmpty())
        program = dicom::PixelDecoderClient::locateDecoder();
    if (program.isEmpty() || qEnvironmentVariableIntValue("BRAINMD_DECODE_INPROCESS") == 1)
        return nullptr;
    return std::make_unique<HelperProcess>(std::move(program), std::move(arguments),
                                           dicom::PixelDecoderClient::decoderTimeoutMs());
}

HelperProcess::~HelperProcess() {
    stop();
}

void HelperProcess::stop() {
    if (!m_process)
        return;
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(2000)) {
        m_process->kill();
        m_process->waitForFinished();
    }
    m_process.reset();
}

bool HelperProcess::ensureRunning(QString *error, const std::function<void(QProcess &)> &onStart) {
    if (m_process && m_process->state() == QProcess::Running)
        return true;
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    m_process->start();
    ++m_starts;
    if (!m_process->waitForStarted(m_timeoutMs)) {
        *error = QCoreApplication::translate("brainmd", "cannot start %1: %2")
                     .arg(m_program, m_process->errorString());
        m_process.reset();
        return false;
    }
    if (onStart)
        onStart(*m_process);
    return true;
}

HelperProcess::Outcome HelperProcess::lost(bool timedOut, QString *said) {
    m_process->kill();
    m_process->waitForFinished();
    *said = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed().right(400);
    m_process.reset();
    return timedOut ? Outcome::TimedOut : Outcome::Died;
}

HelperProcess::Outcome HelperProcess::exchange(const QByteArray &request,
                                               const std::function<bool(QProcess &)> &ready,
                                               QString *said) {
    m_process->readAllStandardError(); // what it printed before belongs to no request
    m_process->write(request);
    m_deadline = QDateTime::currentMSecsSinceEpoch() + m_timeoutMs;
    return waitFor(ready, said);
}

HelperProcess::Outcome HelperProcess::waitFor(const std::function<bool(QProcess &)> &ready,
                                              QString *said) {
    while (!ready(*m_process)) {
        const qint64 left = m_deadline - QDateTime::currentMSecsSinceEpoch();
        if (m_process->state() != QProcess::Running || left <= 0)
            return ready(*m_process) ? Outcome::Answered
                                     : lost(m_process->state() == QProcess::Running, said);
        m_process->waitForReadyRead(static_cast<int>(std::max<qint64>(1, left)));
    }
    return Outcome::Answered;
}

} // namespace brainmd
