#pragma once

#include <QString>

namespace brainmd {

/// A share (0..1) as a percentage with one decimal, C locale ("52.1"): terminal tables,
/// HTML and CSV that tools read back. `missing` for a NaN or infinite value.
QString percentText(double share, const QString &missing);
/// A difference of shares in signed percentage points ("+3.2", "-1.0"); `missing` as above.
QString signedPointsText(double difference, const QString &missing);

} // namespace brainmd
