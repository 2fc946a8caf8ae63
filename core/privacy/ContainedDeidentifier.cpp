#include "privacy/ContainedDeidentifier.h"

#include "io/dicom/HelperProcess.h"
#include "privacy/DeidentifyProtocol.h"

#include <QCoreApplication>
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
    , m_helper(HelperProcess::forDecoder(std::move(program), {QStringLiteral("--deidentify")})) {
    if (!m_helper)
        m_containmentProblem = tr("the helper brainmd-decoder was not found (set "
                                  "BRAINMD_DECODER) or is switched off; files are "
                                  "de-identified in-process, a library abort would end the run");
}

ContainedDeidentifier::~ContainedDeidentifier() = default;

int ContainedDeidentifier::starts() const {
    return m_helper ? m_helper->starts() : 0;
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
    // The key travels over the pipe only, never on a command line others can read.
    if (!m_helper->ensureRunning(&error, [this](QProcess &p) {
            p.write(encodeSetup({m_key, m_options, m_outDir}));
        }))
        return failure(error);
    QString said;
    const HelperProcess::Outcome outcome = m_helper->exchange(
        QJsonDocument(QJsonObject{{QStringLiteral("in"), input}}).toJson(QJsonDocument::Compact) +
            '\n',
        [](QProcess &p) { return p.canReadLine(); }, &said);
    if (outcome != HelperProcess::Outcome::Answered) {
        const QString what = outcome == HelperProcess::Outcome::TimedOut
                                 ? tr("the de-identifier did not finish this file in %1 s")
                                       .arg(m_helper->timeoutMs() / 1000)
                                 : tr("the de-identifier stopped on this file");
        return failure(said.isEmpty() ? what : tr("%1 (%2)").arg(what, said));
    }
    FileDeidentification result;
    if (!decodeResult(m_helper->process().readLine(), &result))
        return failure(tr("the de-identifier answered garbled"));
    return result;
}

} // namespace brainmd
