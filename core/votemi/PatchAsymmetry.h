#pragma once

#include "votemi/PatchSampler.h"
#include "votemi/ScaledVolume.h"

#include <Eigen/Core>

#include <vector>

namespace brainmd {

/// The head's plane of left–right symmetry, in voxel coordinates scaled by the spacing
/// (mm along the voxel axes of the RAS volume): points x with (x − point) · normal = 0.
struct SymmetryPlane {
    Eigen::Vector3d point = Eigen::Vector3d::Zero();
    Eigen::Vector3d normal = Eigen::Vector3d::UnitX();
    /// The mirror image of a point (mm along the voxel axes).
    Eigen::Vector3d mirror(const Eigen::Vector3d &x) const {
        return x - 2.0 * (x - point).dot(normal) * normal;
    }
};

/// How much each patch differs from its mirror image across the head's mid-sagittal
/// plane: what makes a lesion unusual where a face, orbit or skull base is not. Those are
/// rare within one volume (so a within-volume clustering cannot tell them from a lesion)
/// but every head has them on both sides; a tumour sits on one side.
///
/// Choices: the plane minimises the mean |I(x) − I(mirror(x))| over a sparse grid of
/// foreground voxels (every 4th voxel per axis): first its offset along axis 0 (2-voxel
/// steps within ±20 % of the axis around the foreground centre), then its tilt (normal
/// (1, a, b) normalised, a and b within ±0.4 in steps of 0.05, which covers heads and
/// oblique acquisitions tilted by up to 22°), then both finer (half-voxel, 0.025). A patch's
/// asymmetry is the mean over its voxels of the smallest |I(x) − I(y)| for y among the 27 voxels
/// around the mirror point, so that a plane or a head off by a voxel does not count as asymmetry; a
/// mirror outside the volume compares with 0. Only the side further from typical tissue (the
/// foreground median) counts a difference, so a lesion's patches are asymmetric and their healthy
/// mirror images are not. Intensities are the scaled ones (0..1). `spacing` is the voxel size along
/// the three axes, mm.
SymmetryPlane midSagittalPlane(const ScaledVolume &scaled, const Eigen::Vector3d &spacing);
std::vector<float> patchAsymmetry(const ScaledVolume &scaled, const Eigen::Vector3d &spacing,
                                  const PatchSet &patches, const SymmetryPlane &plane);

} // namespace brainmd
