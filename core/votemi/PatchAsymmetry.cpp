#include "votemi/PatchAsymmetry.h"

#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>
#include <limits>

namespace brainmd {

namespace {

float valueAt(const ScaledVolume &s, int i, int j, int k) {
    if (i < 0 || j < 0 || k < 0 || i >= s.dims[0] || j >= s.dims[1] || k >= s.dims[2])
        return 0.0f;
    return s.values[s.index(i, j, k)];
}

/// The voxel nearest to a point in mm along the voxel axes.
std::array<int, 3> voxelOf(const Eigen::Vector3d &mm, const Eigen::Vector3d &spacing) {
    return {static_cast<int>(std::lround(mm[0] / spacing[0])),
            static_cast<int>(std::lround(mm[1] / spacing[1])),
            static_cast<int>(std::lround(mm[2] / spacing[2]))};
}

double mirrorCost(const ScaledVolume &s, const Eigen::Vector3d &spacing,
                  const SymmetryPlane &plane) {
    constexpr int kStep = 4;
    double sum = 0.0;
    std::int64_t n = 0;
    for (int k = 0; k < s.dims[2]; k += kStep)
        for (int j = 0; j < s.dims[1]; j += kStep)
            for (int i = 0; i < s.dims[0]; i += kStep) {
                const std::size_t at = s.index(i, j, k);
                if (s.foreground[at] == 0)
                    continue;
                const Eigen::Vector3d x(i * spacing[0], j * spacing[1], k * spacing[2]);
                const auto m = voxelOf(plane.mirror(x), spacing);
                sum += std::abs(s.values[at] - valueAt(s, m[0], m[1], m[2]));
                ++n;
            }
    return n > 0 ? sum / static_cast<double>(n) : std::numeric_limits<double>::infinity();
}

SymmetryPlane planeFrom(double offsetMm, double a, double b, const Eigen::Vector3d &centreMm) {
    SymmetryPlane plane;
    plane.point = Eigen::Vector3d(offsetMm, centreMm[1], centreMm[2]);
    plane.normal = Eigen::Vector3d(1.0, a, b).normalized();
    return plane;
}

} // namespace

SymmetryPlane midSagittalPlane(const ScaledVolume &scaled, const Eigen::Vector3d &spacing) {
    const Eigen::Vector3d centre(scaled.foregroundCentre[0] * spacing[0],
                                 scaled.foregroundCentre[1] * spacing[1],
                                 scaled.foregroundCentre[2] * spacing[2]);
    const double reach = 0.2 * scaled.dims[0] * spacing[0];
    double offset = centre[0], a = 0.0, b = 0.0;
    double best = std::numeric_limits<double>::infinity();
    auto consider = [&](double o, double ta, double tb) {
        const double cost = mirrorCost(scaled, spacing, planeFrom(o, ta, tb, centre));
        if (cost < best - 1e-12) {
            best = cost;
            offset = o;
            a = ta;
            b = tb;
        }
    };
    for (double o = centre[0] - reach; o <= centre[0] + reach; o += 2.0 * spacing[0])
        consider(o, 0.0, 0.0);
    const double coarseOffset = offset;
    for (double ta = -0.4; ta <= 0.4 + 1e-9; ta += 0.05)
        for (double tb = -0.4; tb <= 0.4 + 1e-9; tb += 0.05)
            consider(coarseOffset, ta, tb);
    const double a0 = a, b0 = b, o0 = offset;
    for (double o = o0 - 2.0 * spacing[0]; o <= o0 + 2.0 * spacing[0] + 1e-9; o += 0.5 * spacing[0])
        for (double ta = a0 - 0.05; ta <= a0 + 0.05 + 1e-9; ta += 0.025)
            for (double tb = b0 - 0.05; tb <= b0 + 0.05 + 1e-9; tb += 0.025)
                consider(o, ta, tb);
    return planeFrom(offset, a, b, centre);
}

std::vector<float> patchAsymmetry(const ScaledVolume &scaled, const Eigen::Vector3d &spacing,
                                  const PatchSet &patches, const SymmetryPlane &plane) {
    std::vector<float> asymmetry(patches.info.size(), 0.0f);
    const int size = patches.patchSize;
    // Typical tissue: the median of the foreground. Of a voxel and its mirror, the one
    // further from it carries the difference (a lesion's rim is brighter, its core darker
    // than tissue), so that the lesion's side votes more than its healthy mirror image.
    std::vector<float> tissue;
    for (std::size_t i = 0; i < scaled.values.size(); i += 7) {
        if (scaled.foreground[i] != 0)
            tissue.push_back(scaled.values[i]);
    }
    float typical = 0.5f;
    if (!tissue.empty()) {
        std::nth_element(tissue.begin(),
                         tissue.begin() + static_cast<std::ptrdiff_t>(tissue.size() / 2),
                         tissue.end());
        typical = tissue[tissue.size() / 2];
    }
    for (std::size_t p = 0; p < patches.info.size(); ++p) {
        const PatchInfo &info = patches.info[p];
        double sum = 0.0;
        for (int r = 0; r < size; ++r)
            for (int c = 0; c < size; ++c) {
                const std::array<int, 3> voxel = patchVoxel(info, r, c);
                const std::size_t at = scaled.index(voxel[0], voxel[1], voxel[2]);
                if (scaled.foreground[at] == 0)
                    continue; // air beside the head: its mirror may just be the scalp
                const float value = scaled.values[at];
                const Eigen::Vector3d x(voxel[0] * spacing[0], voxel[1] * spacing[1],
                                        voxel[2] * spacing[2]);
                const auto m = voxelOf(plane.mirror(x), spacing);
                float nearest = std::numeric_limits<float>::max();
                float partner = value;
                for (int dk = -1; dk <= 1; ++dk)
                    for (int dj = -1; dj <= 1; ++dj)
                        for (int di = -1; di <= 1; ++di) {
                            const float other = valueAt(scaled, m[0] + di, m[1] + dj, m[2] + dk);
                            if (std::abs(value - other) < nearest) {
                                nearest = std::abs(value - other);
                                partner = other;
                            }
                        }
                if (std::abs(value - typical) > std::abs(partner - typical))
                    sum += nearest;
            }
        asymmetry[p] = static_cast<float>(sum / (size * size));
    }
    return asymmetry;
}

} // namespace brainmd
