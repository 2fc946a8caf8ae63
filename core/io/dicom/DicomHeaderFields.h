#pragma once

// Private to the DICOM module: header facts taken from a data set, classic or enhanced.

#include "io/dicom/DicomTypes.h"

#include <gdcmDataSet.h>

namespace brainmd::dicom {

/// Fills the identity, description and geometry fields of `info` (not path, size, mtime,
/// transfer syntax). For enhanced multi-frame objects the position, orientation, echo time
/// and b-value come from the functional groups (shared, else the first frame's).
void fillFileInfo(const gdcm::DataSet &ds, DicomFileInfo *info);

/// Orientation of a data set or of a frame: the top level, else the frame's functional
/// group, else the shared one. `frame` may be null.
std::optional<std::array<double, 6>>
orientationOf(const gdcm::DataSet &ds, const gdcm::DataSet *frame, const gdcm::DataSet *shared);
/// Position of a data set (top level) or of a frame (its PlanePositionSequence).
std::optional<Eigen::Vector3d> positionOf(const gdcm::DataSet &ds, const gdcm::DataSet *frame);

} // namespace brainmd::dicom
