#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace brainmd {

/// Reading time on one case, counting only while the reader works: paused while the
/// application is not active and, after `idleSeconds` without keyboard or mouse input,
/// until the next input. Each gap between two moments (start, input, activation, read)
/// counts at most `idleSeconds`. GUI thread only; watches the application's input events.
class ReadingClock final : public QObject {
    Q_OBJECT

public:
    explicit ReadingClock(QObject *parent = nullptr);
    ~ReadingClock() override;

    /// Seconds without input after which the clock stops counting (from the settings
    /// key "reading/idleSeconds", default 120).
    double idleSeconds() const { return m_idleSeconds; }
    void setIdleSeconds(double seconds);

    void start();
    /// Stops and returns the seconds counted since start().
    double stop();
    bool isRunning() const { return m_running; }
    /// Seconds counted so far (0 when not running).
    double seconds() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    double countable() const;

    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    double m_counted = 0.0;
    double m_idleSeconds = 120.0;
    bool m_running = false;
    bool m_active = true;
};

} // namespace brainmd
