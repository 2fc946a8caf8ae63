#pragma once

#include <Eigen/Core>

#include <array>
#include <vector>

namespace brainmd {

class SeededRandom;

/// A smooth random vector field over a box (mm), for the phantom's deformations and bias
/// fields: random control values every `controlSpacingMm`, interpolated with cubic
/// B-splines onto a 4 mm grid, then read back trilinearly (cheap per voxel, still smooth
/// at the scale of the control spacing).
class SmoothField {
public:
    SmoothField() = default;

    /// Independent standard-normal control values per component, scaled afterwards so
    /// that the largest vector norm over the grid equals `maxNorm`.
    static SmoothField random(const Eigen::Vector3d &boxMin, const Eigen::Vector3d &boxMax,
                              double controlSpacingMm, int components, double maxNorm,
                              SeededRandom &random);

    /// The components of `first` followed by those of `second`, which must have been made
    /// over the same box, so that one lookup serves both.
    static SmoothField stack(const SmoothField &first, const SmoothField &second);

    int components() const { return m_components; }
    /// Writes `components()` values at `point`; outside the box the nearest edge is used.
    void sample(const Eigen::Vector3d &point, double *out) const;

private:
    static constexpr double kSampleSpacingMm = 4.0;

    Eigen::Vector3d m_origin = Eigen::Vector3d::Zero();
    std::array<int, 3> m_dims{0, 0, 0};
    int m_components = 0;
    std::vector<double> m_values; ///< component fastest, then x, y, z
};

} // namespace brainmd
