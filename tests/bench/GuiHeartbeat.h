#pragma once

// The GUI thread's responsiveness as the benchmark programs measure it: a 10 ms QTimer
// records the gap between its ticks; a gap far above 10 ms is a frame the GUI missed.

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace brainmd::bench {

class GuiHeartbeat {
public:
    GuiHeartbeat() {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_gaps.push_back(static_cast<double>(m_beat.nsecsElapsed()) / 1e6);
            m_beat.restart();
        });
    }
    void start() {
        m_beat.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    const std::vector<double> &gaps() const { return m_gaps; }
    /// The longest gap in ms (0 before the first tick).
    double longest() const {
        return m_gaps.empty() ? 0.0 : *std::max_element(m_gaps.begin(), m_gaps.end());
    }
    /// The gap at quantile `q` (0.5: median) in ms.
    double quantile(double q) const {
        if (m_gaps.empty())
            return 0.0;
        std::vector<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(q * sorted.size()))];
    }

private:
    QTimer m_timer;
    QElapsedTimer m_beat;
    std::vector<double> m_gaps;
};

} // namespace brainmd::bench
