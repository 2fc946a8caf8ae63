#include "io/dicom/LibraryMessages.h"

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
    QStringList lines;
    for (const QString &line : raw.split(QLatin1Char('\n'))) {
        const QString clean = line.trimmed();
        if (!clean.isEmpty() && !lines.contains(clean))
            lines.append(clean);
    }
    QString out = lines.join(QStringLiteral("; "));
    if (out.size() > maxChars)
        out = out.left(maxChars) + QStringLiteral("…");
    return out;
}

} // namespace brainmd::dicom
