#pragma once

#include "volume/Orientation.h"

#include <Eigen/Core>

#include <vector>

namespace brainmd {

/// Row-major float matrix: one sample (patch or embedding) per row.
using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Where a patch was cut. `u` and `v` are the voxel indices of the patch's first corner
/// along the two in-plane axes of the view, in increasing voxel-axis order (for axial,
/// u runs along axis 0 (R) and v along axis 1 (A)). Patch element (r, c) is the voxel at
/// (u + c, v + r), stored at r * patchSize + c.
struct PatchInfo {
    View view = View::Axial;
    int slice = 0; ///< voxel index along viewAxis(view)
    int u = 0;
    int v = 0;
};

/// DBSCAN label of a noise point.
inline constexpr int kNoiseLabel = -1;

} // namespace brainmd
