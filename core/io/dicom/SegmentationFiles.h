#pragma once

#include <QString>

namespace brainmd {

/// SOP class UID of DICOM Segmentation Storage (PS3.4 B.5).
inline constexpr const char *kSegmentationSopClassUid = "1.2.840.10008.5.1.4.1.1.66.4";

/// Whether `path` is a DICOM Segmentation object, from its SOP class (file meta
/// information or data set; pixel data is not read). False for anything else, including
/// files that are not DICOM at all.
bool isSegmentationFile(const QString &path);

} // namespace brainmd
