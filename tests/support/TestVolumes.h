#pragma once

#include "volume/Volume.h"

#include <Eigen/Geometry>

#include <cmath>

namespace brainmd::testing {

/// Direction cosines rotated by `degreesX` about L and `degreesY` about P.
inline Eigen::Matrix3d rotatedDirection(double degreesX, double degreesY) {
    const double rx = degreesX * M_PI / 180.0;
    const double ry = degreesY * M_PI / 180.0;
    return (Eigen::AngleAxisd(rx, Eigen::Vector3d::UnitX()) *
            Eigen::AngleAxisd(ry, Eigen::Vector3d::UnitY()))
        .toRotationMatrix();
}

/// A small volume whose voxel values encode their own index (i + 100 j + 10000 k would
/// overflow int16, so Float32), to follow voxels through reorientation.
inline Volume indexCodedVolume(const Geometry &geometry) {
    Volume v(geometry, VoxelType::Float32);
    for (int k = 0; k < v.nz(); ++k)
        for (int j = 0; j < v.ny(); ++j)
            for (int i = 0; i < v.nx(); ++i)
                v.setValue(v.linearIndex(i, j, k), static_cast<float>(i + 100 * j + 10000 * k));
    return v;
}

} // namespace brainmd::testing
