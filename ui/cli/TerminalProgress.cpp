#include "ui/cli/TerminalProgress.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <unistd.h>

namespace brainmd {

std::atomic<bool> TerminalProgress::s_cancelRequested{false};

namespace {
constexpr int kBarWidth = 28;
constexpr qint64 kRedrawMs = 100;

QString formatDuration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("--:--");
    const auto s = static_cast<qint64>(seconds + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2")
        .arg(s / 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

void onInterrupt(int) {
    if (TerminalProgress::cancelRequested())
        ::_exit(130);
    TerminalProgress::requestCancel();
}
} // namespace

TerminalProgress::TerminalProgress(QString label, int totalItems, QString itemName, std::FILE *out)
    : m_label(std::move(label))
    , m_totalItems(totalItems)
    , m_itemName(std::move(itemName))
    , m_out(out)
    , m_isTerminal(::isatty(::fileno(out)) == 1) {
    m_clock.start();
}

TerminalProgress::~TerminalProgress() {
    finish();
}

void TerminalProgress::finish() {
    QMutexLocker lock(&m_mutex);
    if (m_finished)
        return;
    m_finished = true;
    if (m_isTerminal && m_lastDrawMs >= 0)
        std::fputc('\n', m_out);
    std::fflush(m_out);
}

bool TerminalProgress::report(double fraction, const QString &message) {
    QMutexLocker lock(&m_mutex);
    // Parallel workers report out of order; the bar only moves forward.
    fraction = std::max(std::clamp(fraction, 0.0, 1.0), m_highest);
    m_highest = fraction;
    if (!m_finished) {
        if (m_isTerminal)
            drawTerminal(fraction, message);
        else
            drawPlain(fraction, message);
    }
    return !cancelRequested();
}

void TerminalProgress::drawTerminal(double fraction, const QString &message) {
    const qint64 now = m_clock.elapsed();
    if (now - m_lastDrawMs < kRedrawMs && fraction < 1.0)
        return;
    m_lastDrawMs = now;
    const double seconds = now / 1000.0;
    const int filled = static_cast<int>(fraction * kBarWidth);
    QString bar = QString(filled, QLatin1Char('#')) + QString(kBarWidth - filled, QLatin1Char('-'));
    QString rate;
    if (m_totalItems > 0 && seconds > 0.2)
        rate = QCoreApplication::translate("brainmd", "%1 %2/s")
                   .arg(fraction * m_totalItems / seconds, 0, 'f', 1)
                   .arg(m_itemName);
    const double eta = fraction > 0.01 ? seconds * (1.0 - fraction) / fraction : -1.0;
    QString line =
        QStringLiteral("\r%1 [%2] %3% %4 %5 %6")
            .arg(m_label, bar)
            .arg(fraction * 100.0, 5, 'f', 1)
            .arg(rate, QCoreApplication::translate("brainmd", "ETA %1").arg(formatDuration(eta)),
                 message.left(40));
    std::fputs(line.leftJustified(110).toLocal8Bit().constData(), m_out);
    std::fflush(m_out);
}

void TerminalProgress::drawPlain(double fraction, const QString &message) {
    const int decile = static_cast<int>(fraction * 10.0);
    if (decile == m_lastPlainDecile)
        return;
    m_lastPlainDecile = decile;
    m_lastDrawMs = m_clock.elapsed();
    std::fprintf(m_out, "%s: %3d%% (%.1f s) %s\n", m_label.toLocal8Bit().constData(),
                 static_cast<int>(fraction * 100.0 + 0.5), m_lastDrawMs / 1000.0,
                 message.toLocal8Bit().constData());
    std::fflush(m_out);
}

void installCancelOnInterrupt() {
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

} // namespace brainmd
