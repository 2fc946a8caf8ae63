#pragma once

#include "io/phantom/PhantomTypes.h"
#include "volume/Geometry.h"

#include <cstdint>
#include <vector>

namespace brainmd {

/// Fills truth->referenceSlice / referencePositionMm: per view, the slice with the most
/// mask voxels after reorienting the mask (on grid `grid`) with reorientToRas(), the same
/// reorientation a reader of the acquired series uses. Ties go to the lower index; an
/// empty mask gives the centre slice. The position is the RAS coordinate along the view's
/// axis of the slice's centre voxel. referenceOffsetMm is measured from the geometric
/// centre slice, (slice count - 1) / 2, of the reoriented grid.
void computeReferenceSlices(const Geometry &grid, const std::vector<std::uint8_t> &mask,
                            PhantomCaseTruth *truth);

} // namespace brainmd
