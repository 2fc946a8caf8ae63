#pragma once

#include "common/SeededRandom.h"
#include "volume/Orientation.h"
#include "volume/Volume.h"
#include "votemi/VoteMiTypes.h"

#include <cmath>
#include <numeric>
#include <vector>

namespace brainmd::test {

/// 0, 1, …, n − 1: every row of an n-row matrix, as a member list.
inline std::vector<int> allRows(int n) {
    std::vector<int> rows(static_cast<std::size_t>(n));
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

/// Rows of independent uniform values in [0, 1) (or integers 0..levels−1 when levels > 0,
/// which makes duplicate points and distance ties likely).
inline RowMatrix randomPoints(int rows, int cols, std::uint64_t seed, int levels = 0) {
    SeededRandom random(seed);
    RowMatrix out(rows, cols);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            out(r, c) = levels > 0
                            ? static_cast<float>(random.below(static_cast<std::uint64_t>(levels)))
                            : static_cast<float>(random.uniform());
        }
    }
    return out;
}

/// A synthetic head: a dim ellipsoid (100) holding a bright off-centre sphere (300) in a
/// zero background with slight deterministic noise, on an LPS-identity grid, returned
/// reoriented to RAS as the selectors expect.
inline Volume syntheticHead(int nx = 64, int ny = 72, int nz = 60) {
    Geometry geometry;
    geometry.dims = {nx, ny, nz};
    Volume volume(geometry, VoxelType::Int16);
    SeededRandom random(7);
    const double cx = 0.5 * (nx - 1);
    const double cy = 0.5 * (ny - 1);
    const double cz = 0.5 * (nz - 1);
    for (int k = 0; k < nz; ++k) {
        for (int j = 0; j < ny; ++j) {
            for (int i = 0; i < nx; ++i) {
                const double ex = (i - cx) / (0.4 * nx);
                const double ey = (j - cy) / (0.4 * ny);
                const double ez = (k - cz) / (0.4 * nz);
                const double sphere = std::hypot(i - (cx + 6), j - (cy - 5), k - cz);
                double value = 0.0;
                if (ex * ex + ey * ey + ez * ez <= 1.0) {
                    value = sphere <= 8.0 ? 300.0 : 100.0;
                }
                value += 4.0 * random.uniform();
                volume.setValue(volume.linearIndex(i, j, k), static_cast<float>(value));
            }
        }
    }
    return reorientToRas(volume);
}

/// First and last slice along `axis` that holds any voxel above `threshold`.
inline std::pair<int, int> extentAbove(const Volume &volume, int axis, float threshold) {
    int first = volume.geometry().dims[static_cast<std::size_t>(axis)];
    int last = -1;
    for (int k = 0; k < volume.nz(); ++k) {
        for (int j = 0; j < volume.ny(); ++j) {
            for (int i = 0; i < volume.nx(); ++i) {
                if (volume.valueAt(i, j, k) > threshold) {
                    const int s = axis == 0 ? i : (axis == 1 ? j : k);
                    first = std::min(first, s);
                    last = std::max(last, s);
                }
            }
        }
    }
    return {first, last};
}

} // namespace brainmd::test
