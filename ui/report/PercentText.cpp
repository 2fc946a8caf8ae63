#include "ui/report/PercentText.h"

#include <cmath>

namespace brainmd {

QString percentText(double share, const QString &missing) {
    return std::isfinite(share) ? QString::number(100.0 * share, 'f', 1) : missing;
}

QString signedPointsText(double difference, const QString &missing) {
    return std::isfinite(difference) ? QString::asprintf("%+.1f", 100.0 * difference) : missing;
}

} // namespace brainmd
