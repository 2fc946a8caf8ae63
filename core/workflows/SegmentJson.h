#pragma once

#include "io/seg/DicomSegmentation.h"

#include <QString>

#include <vector>

namespace brainmd {

/// The segments of a SEG as the store keeps them: a JSON array of {number, label,
/// category, type, rgb: [r, g, b]}.
QString segmentsToJson(const std::vector<SegmentDescription> &segments);
/// The inverse; entries that are not objects are skipped.
std::vector<SegmentDescription> segmentsFromJson(const QString &json);

} // namespace brainmd
