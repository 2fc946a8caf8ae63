#include "volume/Geometry.h"

#include <Eigen/LU>

namespace brainmd {

namespace {
// LPS and RAS differ by the sign of the first two axes.
Eigen::Matrix4d lpsToRasFlip() {
    Eigen::Matrix4d flip = Eigen::Matrix4d::Identity();
    flip(0, 0) = -1.0;
    flip(1, 1) = -1.0;
    return flip;
}
} // namespace

Eigen::Matrix4d Geometry::indexToLps() const {
    Eigen::Matrix4d m = Eigen::Matrix4d::Identity();
    m.topLeftCorner<3, 3>() = direction * spacing.asDiagonal();
    m.topRightCorner<3, 1>() = origin;
    return m;
}

Eigen::Matrix4d Geometry::indexToRas() const {
    return lpsToRasFlip() * indexToLps();
}

Geometry Geometry::fromIndexToRas(const Eigen::Matrix4d &affine, const std::array<int, 3> &dims) {
    const Eigen::Matrix4d lps = lpsToRasFlip() * affine;
    Geometry g;
    g.dims = dims;
    g.origin = lps.topRightCorner<3, 1>();
    for (int c = 0; c < 3; ++c) {
        const Eigen::Vector3d column = lps.block<3, 1>(0, c);
        const double length = column.norm();
        g.spacing[c] = length > 0.0 ? length : 1.0;
        g.direction.col(c) =
            length > 0.0 ? Eigen::Vector3d(column / length) : Eigen::Vector3d::Unit(c);
    }
    return g;
}

Eigen::Vector3d Geometry::indexToLpsPoint(const Eigen::Vector3d &index) const {
    return origin + direction * spacing.cwiseProduct(index);
}

Eigen::Vector3d Geometry::lpsToIndexPoint(const Eigen::Vector3d &lps) const {
    const Eigen::Matrix3d scaled = direction * spacing.asDiagonal();
    return scaled.inverse() * (lps - origin);
}

bool Geometry::sameGrid(const Geometry &other, double toleranceMm) const {
    if (dims != other.dims)
        return false;
    for (int corner = 0; corner < 8; ++corner) {
        const Eigen::Vector3d index((corner & 1) ? dims[0] - 1 : 0, (corner & 2) ? dims[1] - 1 : 0,
                                    (corner & 4) ? dims[2] - 1 : 0);
        if ((indexToLpsPoint(index) - other.indexToLpsPoint(index)).norm() > toleranceMm)
            return false;
    }
    // Corners alone cannot tell a degenerate 1-voxel axis apart; compare the steps too.
    return ((direction * spacing.asDiagonal()) - (other.direction * other.spacing.asDiagonal()))
               .cwiseAbs()
               .maxCoeff() <= toleranceMm;
}

} // namespace brainmd
