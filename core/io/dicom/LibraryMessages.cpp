#include "io/dicom/LibraryMessages.h"

#include <QRegularExpression>
#include <QStringList>

#include <gdcmTrace.h>

#include <mutex>
#include <sstream>

namespace brainmd::dicom {

namespace {

std::recursive_mutex &traceMutex() {
    static std::recursive_mutex mutex;
    return mutex;
}

} // namespace

struct LibraryMessageCapture::State {
    std::unique_lock<std::recursive_mutex> lock{traceMutex()};
    std::ostringstream buffer;
    std::ostream *debug = &gdcm::Trace::GetDebugStream();
    std::ostream *warning = &gdcm::Trace::GetWarningStream();
    std::ostream *error = &gdcm::Trace::GetErrorStream();
};

LibraryMessageCapture::LibraryMessageCapture()
    : m_state(std::make_unique<State>()) {
    gdcm::Trace::SetStream(m_state->buffer);
}

LibraryMessageCapture::~LibraryMessageCapture() {
    gdcm::Trace::SetDebugStream(*m_state->debug);
    gdcm::Trace::SetWarningStream(*m_state->warning);
    gdcm::Trace::SetErrorStream(*m_state->error);
}

QString LibraryMessageCapture::text() const {
    return condenseMessages(QString::fromLocal8Bit(m_state->buffer.str()));
}

QString condenseMessages(const QString &raw, int maxChars) {
    // gdcm::Trace writes "Warning: In <source>, line <n>, function <signature>" and then
    // the message: keep the kind and the message, drop where in GDCM it was said.
    static const QRegularExpression location(
        QStringLiteral("^(Debug|Warning|Error): In .*, line \\d+, function .*$"));
    QStringList lines;
    QString kind;
    for (const QString &line : raw.split(QLatin1Char('\n'))) {
        // Values are quoted raw: a UID's NUL padding must not end up in the report.
        QString clean = line;
        clean.replace(QChar(0), QLatin1Char(' '));
        clean = clean.simplified();
        if (const QRegularExpressionMatch m = location.match(clean); m.hasMatch()) {
            kind = m.captured(1);
            continue;
        }
        const QString entry = kind.isEmpty() ? clean : QStringLiteral("%1: %2").arg(kind, clean);
        if (!clean.isEmpty() && !lines.contains(entry))
            lines.append(entry);
        if (clean.isEmpty())
            kind.clear();
    }
    QString out = lines.join(QStringLiteral("; "));
    if (out.size() > maxChars)
        out = out.left(maxChars) + QStringLiteral("…");
    return out;
}

} // namespace brainmd::dicom
