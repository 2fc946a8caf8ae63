#pragma once

// Private to the DICOM module: what assembly needs to know about every frame of a group
// (classic files have one frame; enhanced multi-frame files many), read from headers.

#include "io/dicom/DicomTypes.h"

#include <optional>

namespace brainmd::dicom {

struct FrameHeader {
    int fileIndex = 0;  ///< index into SeriesGroup::files
    int frameIndex = 0; ///< frame within that file
    int instanceNumber = 0;
    std::optional<Eigen::Vector3d> position;          ///< ImagePositionPatient, LPS mm
    std::optional<std::array<double, 6>> orientation; ///< ImageOrientationPatient
    std::optional<Eigen::Vector2d> pixelSpacing;      ///< (row spacing, column spacing) mm
    std::optional<double> sliceThickness;             ///< mm
    double slope = 1.0;
    double intercept = 0.0;
    std::optional<WindowLevel> window;
    /// Why `position` is absent ("no ImagePositionPatient", "... is NaN"); empty when set.
    QString positionNote;
    /// Why the frame cannot be used (an orientation vector of zero, a RescaleSlope of 0 or
    /// NaN...); the frame is then refused. Empty when it can.
    QString unusable;
    /// Why `pixelSpacing` is absent although the element is there ("PixelSpacing is 0").
    QString spacingNote;
};

/// Reads the header of `file` (not its pixels) and appends one entry per frame.
/// Returns an error message, or "" on success.
QString readFrameHeaders(const DicomFileInfo &file, int fileIndex, std::vector<FrameHeader> *out);

} // namespace brainmd::dicom
