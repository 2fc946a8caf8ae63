#pragma once

#include "io/dicom/DicomTypes.h"

#include <QStringList>

#include <vector>

namespace brainmd {

/// One image frame of a stored DICOM instance, as a reference to it needs it (key object
/// selections, exports): the instance's identity and the frame's plane in LPS.
struct InstanceFrame {
    DicomFileInfo file;  ///< the instance's header facts (UIDs, patient, study)
    int frameNumber = 0; ///< 1-based for multi-frame instances, 0 for single-frame ones
    Eigen::Vector3d position{0.0, 0.0, 0.0}; ///< ImagePositionPatient of the frame, mm
    Eigen::Vector3d normal{0.0, 0.0, 1.0};   ///< unit normal of the frame's plane (LPS)
};

/// Reads the headers (not the pixels) of `paths` and lists every frame that has a
/// position and orientation. Files that cannot be read are listed in `problems` as
/// "path: reason"; the others are still returned.
std::vector<InstanceFrame> readInstanceFrames(const QStringList &paths, QStringList *problems);

/// The frame whose plane contains the point `lps` with normal `normal`: parallel within
/// about 1° and no farther than `toleranceMm` along the normal. Null when none does.
const InstanceFrame *frameOnPlane(const std::vector<InstanceFrame> &frames,
                                  const Eigen::Vector3d &lps, const Eigen::Vector3d &normal,
                                  double toleranceMm);

} // namespace brainmd
