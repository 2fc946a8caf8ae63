#include "ui/jobs/QtProgressReporter.h"

#include <algorithm>
#include <cmath>

namespace brainmd {

QtProgressReporter::QtProgressReporter(QObject *parent)
    : QObject(parent) {}

bool QtProgressReporter::report(double fraction, const QString &message) {
    const int permille = static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000.0));
    // Emit only on change so a tight worker loop does not flood the GUI's event queue.
    if (m_lastPermille.exchange(permille) != permille)
        Q_EMIT progressed(permille, message);
    return !m_cancelled.load();
}

} // namespace brainmd
