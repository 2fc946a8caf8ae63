#include "volume/LargestCrossSection.h"

#include "volume/Orientation.h"

#include <algorithm>
#include <vector>

namespace brainmd {

CrossSections largestCrossSections(const Volume &mask) {
    CrossSections result;
    const Volume ras = reorientToRas(mask);
    const auto &dims = ras.geometry().dims;
    std::array<std::vector<long>, 3> counts;
    for (int axis = 0; axis < 3; ++axis)
        counts[static_cast<std::size_t>(axis)].assign(static_cast<std::size_t>(dims[axis]), 0);
    for (int k = 0; k < dims[2]; ++k)
        for (int j = 0; j < dims[1]; ++j)
            for (int i = 0; i < dims[0]; ++i) {
                if (ras.valueAt(i, j, k) == 0.0f)
                    continue;
                ++counts[0][static_cast<std::size_t>(i)];
                ++counts[1][static_cast<std::size_t>(j)];
                ++counts[2][static_cast<std::size_t>(k)];
                ++result.total;
            }
    for (const View view : kAllViews) {
        const int axis = viewAxis(view);
        const std::vector<long> &perSlice = counts[static_cast<std::size_t>(axis)];
        const auto best = std::max_element(perSlice.begin(), perSlice.end());
        const bool any = best != perSlice.end() && *best > 0;
        const int index = any ? static_cast<int>(best - perSlice.begin()) : dims[axis] / 2;
        Eigen::Vector4d centre((dims[0] - 1) / 2.0, (dims[1] - 1) / 2.0, (dims[2] - 1) / 2.0, 1.0);
        centre[axis] = index;
        const Eigen::Vector4d position = ras.geometry().indexToRas() * centre;
        const auto v = static_cast<std::size_t>(view);
        result.slice[v] = index;
        result.positionMm[v] = position[axis];
        result.voxels[v] = any ? *best : 0;
    }
    return result;
}

} // namespace brainmd
