#pragma once

#include <Eigen/Core>

#include <array>
#include <cstddef>

namespace brainmd {

/// Where the voxels of a volume sit in the patient, in DICOM patient coordinates (LPS, mm).
///
/// Voxel (i, j, k) has its centre at origin + direction * diag(spacing) * (i, j, k).
/// Column c of `direction` is the unit vector, in LPS, along which voxel index c grows.
/// For a DICOM series, i runs along a row (ImageOrientationPatient[0..2]), j down the
/// columns (ImageOrientationPatient[3..5]) and k from slice to slice.
struct Geometry {
    std::array<int, 3> dims{0, 0, 0};
    Eigen::Vector3d spacing{1.0, 1.0, 1.0};
    Eigen::Vector3d origin{0.0, 0.0, 0.0};
    Eigen::Matrix3d direction = Eigen::Matrix3d::Identity();

    std::size_t voxelCount() const {
        return static_cast<std::size_t>(dims[0]) * static_cast<std::size_t>(dims[1]) *
               static_cast<std::size_t>(dims[2]);
    }

    /// 4×4 affine from voxel index to LPS millimetres.
    Eigen::Matrix4d indexToLps() const;
    /// 4×4 affine from voxel index to RAS millimetres (the NIfTI convention).
    Eigen::Matrix4d indexToRas() const;
    /// Builds a geometry from a voxel → RAS affine (as stored in NIfTI), keeping `dims`.
    static Geometry fromIndexToRas(const Eigen::Matrix4d &affine, const std::array<int, 3> &dims);

    Eigen::Vector3d indexToLpsPoint(const Eigen::Vector3d &index) const;
    Eigen::Vector3d lpsToIndexPoint(const Eigen::Vector3d &lps) const;

    /// True when both geometries describe the same grid within `toleranceMm`
    /// (compared through the positions of the eight corner voxels).
    bool sameGrid(const Geometry &other, double toleranceMm = 1e-4) const;
};

} // namespace brainmd
