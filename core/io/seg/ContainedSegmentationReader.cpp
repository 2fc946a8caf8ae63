#include "io/seg/ContainedSegmentationReader.h"

#include "io/dicom/HelperProcess.h"
#include "io/seg/SegmentationCodec.h"

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

ContainedSegmentationReader::ContainedSegmentationReader(QString program)
    : m_helper(HelperProcess::forDecoder(std::move(program), {QStringLiteral("--segmentation")})) {
    if (!m_helper)
        m_containmentProblem = tr("the helper brainmd-decoder was not found (set "
                                  "BRAINMD_DECODER) or is switched off; DICOM SEG files are "
                                  "read in-process, a library crash would end the import");
}

ContainedSegmentationReader::~ContainedSegmentationReader() = default;

int ContainedSegmentationReader::starts() const {
    return m_helper ? m_helper->starts() : 0;
}

QString ContainedSegmentationReader::lostReason(HelperProcess::Outcome outcome,
                                                const QString &said) const {
    const QString what = outcome == HelperProcess::Outcome::TimedOut
                             ? tr("the SEG reader (DCMTK) did not finish this file in %1 s")
                                   .arg(m_helper->timeoutMs() / 1000)
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
    if (!m_helper->ensureRunning(&startError))
        return fail(startError);
    QString said;
    HelperProcess::Outcome outcome = m_helper->exchange(
        QJsonDocument(QJsonObject{{QStringLiteral("in"), path}}).toJson(QJsonDocument::Compact) +
            '\n',
        [](QProcess &p) { return p.canReadLine(); }, &said);
    if (outcome != HelperProcess::Outcome::Answered)
        return fail(lostReason(outcome, said));
    const QJsonObject header = QJsonDocument::fromJson(m_helper->process().readLine()).object();
    if (!header.value(QStringLiteral("ok")).toBool()) {
        const QString reason = header.value(QStringLiteral("error")).toString();
        return fail(reason.isEmpty() ? tr("the SEG reader answered garbled") : reason);
    }
    const qint64 bytes = header.value(QStringLiteral("bytes")).toInteger(-1);
    if (bytes < 0)
        return fail(tr("the SEG reader answered garbled"));
    outcome =
        m_helper->waitFor([bytes](QProcess &p) { return p.bytesAvailable() >= bytes; }, &said);
    if (outcome != HelperProcess::Outcome::Answered)
        return fail(lostReason(outcome, said));
    SegmentationObject seg;
    if (!decodeSegmentation(m_helper->process().read(bytes), &seg))
        return fail(tr("the SEG reader answered garbled"));
    error->clear();
    return seg;
}

} // namespace brainmd
