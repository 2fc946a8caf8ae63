#pragma once

#include "volume/Orientation.h"
#include "volume/Volume.h"

namespace brainmd {

/// One slice of a RAS-aligned volume as a 2D volume (dims u × v × 1) that keeps its place
/// in the patient: its geometry maps each pixel to the same LPS point as the voxel it was
/// copied from, so a NIfTI viewer overlays it on the source volume. The in-plane axes are
/// the other two voxel axes in increasing order (axial: R, A; coronal: R, S; sagittal:
/// A, S); the stacking axis becomes the third, one voxel thick. No interpolation.
/// `index` must lie in [0, slice count of `view`); returns an empty volume otherwise.
Volume sliceAsVolume(const Volume &rasVolume, View view, int index);

} // namespace brainmd
