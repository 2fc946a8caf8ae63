#pragma once

// Private to the DICOM module: SOP classes that are not image slices even when they carry
// pixel data (segmentations, reports, presentation states...).

#include <QString>

namespace brainmd::dicom {

/// Why a file of SOP class `uid` is not imported as an image slice (e.g. "DICOM
/// Segmentation (SEG), not an image slice"); empty for image classes and unknown UIDs.
QString nonImageSopClassReason(const QString &uid);

} // namespace brainmd::dicom
