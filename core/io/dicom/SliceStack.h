#pragma once

// Private to the DICOM module: orders frames along the slice normal and derives the
// volume geometry from their positions, noting what is irregular.

#include "io/dicom/FrameHeaders.h"

namespace brainmd::dicom {

/// Unit normal of the slices of `frames` (row × column of the first orientation found);
/// the z axis when no frame has an orientation.
Eigen::Vector3d sliceNormal(const std::vector<FrameHeader> &frames);

/// Sorts frames by position · normal (frames without a position, which assembly keeps
/// only when no frame has one, follow their instance number). Frames whose position repeats one
/// already kept are moved to `repeated`.
void sortAlongNormal(std::vector<FrameHeader> *frames, std::vector<FrameHeader> *repeated);

struct StackGeometry {
    Geometry geometry;
    QStringList warnings;
};

/// Geometry of sorted frames of columns × rows pixels: i along the row direction, j down
/// the column, k along the actual step from the first to the last slice; origin at the
/// first slice; k spacing the median step. Gaps, uneven steps, tilt and non-collinear
/// positions become warnings; nothing is resampled.
StackGeometry stackGeometry(const std::vector<FrameHeader> &sorted, int columns, int rows);

} // namespace brainmd::dicom
