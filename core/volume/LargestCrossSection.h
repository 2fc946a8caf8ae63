#pragma once

#include "volume/Volume.h"

#include <array>

namespace brainmd {

/// Per view (axial, coronal, sagittal), the slice with the most non-zero voxels of a mask.
struct CrossSections {
    std::array<int, 3> slice{0, 0, 0};         ///< index in the RAS-reoriented volume
    std::array<double, 3> positionMm{0, 0, 0}; ///< RAS coordinate of that slice's centre
    std::array<long, 3> voxels{0, 0, 0};       ///< mask voxels in that slice
    long total = 0;                            ///< mask voxels in the whole volume
};

/// `mask` is on an image's grid in DICOM voxel order (as cached); it is reoriented with
/// reorientToRas(), the reorientation every reader of the image uses, so that the index
/// is the one a viewer shows. Ties go to the lower index; an empty mask gives the centre
/// slice (total 0).
CrossSections largestCrossSections(const Volume &mask);

} // namespace brainmd
