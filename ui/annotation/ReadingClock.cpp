#include "ui/annotation/ReadingClock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QSettings>

#include <algorithm>

namespace brainmd {

ReadingClock::ReadingClock(QObject *parent)
    : QObject(parent)
    , m_idleSeconds(QSettings().value(QStringLiteral("reading/idleSeconds"), 120.0).toDouble()) {
    m_clock.start();
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_active = app->applicationState() == Qt::ApplicationActive ||
                   QGuiApplication::platformName() == QLatin1String("offscreen");
        connect(app, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    tick();
                    m_active = state == Qt::ApplicationActive;
                });
        app->installEventFilter(this);
    }
}

ReadingClock::~ReadingClock() {
    if (QCoreApplication::instance() != nullptr)
        QCoreApplication::instance()->removeEventFilter(this);
}

void ReadingClock::setIdleSeconds(double seconds) {
    tick();
    m_idleSeconds = std::max(1.0, seconds);
}

void ReadingClock::start() {
    m_counted = 0.0;
    m_lastMs = m_clock.elapsed();
    m_running = true;
}

double ReadingClock::stop() {
    tick();
    const double counted = m_running ? m_counted : 0.0;
    m_running = false;
    m_counted = 0.0;
    return counted;
}

double ReadingClock::countable() const {
    if (!m_running || !m_active)
        return 0.0;
    const double gap = static_cast<double>(m_clock.elapsed() - m_lastMs) / 1000.0;
    return std::min(gap, m_idleSeconds);
}

double ReadingClock::seconds() const {
    return m_running ? m_counted + countable() : 0.0;
}

void ReadingClock::tick() {
    m_counted += countable();
    m_lastMs = m_clock.elapsed();
}

bool ReadingClock::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        // Several widgets see one input event; the first tick counts the gap, the rest
        // add (almost) nothing.
        tick();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace brainmd
