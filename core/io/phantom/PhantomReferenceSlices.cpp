#include "io/phantom/PhantomReferenceSlices.h"

#include "volume/Volume.h"

#include <algorithm>

namespace brainmd {

void computeReferenceSlices(const Geometry &grid, const std::vector<std::uint8_t> &mask,
                            PhantomCaseTruth *truth) {
    Volume maskVolume(grid, VoxelType::Int16);
    std::int16_t *voxels = maskVolume.int16Data();
    for (std::size_t n = 0; n < mask.size(); ++n)
        voxels[n] = mask[n];
    const Volume ras = reorientToRas(maskVolume);
    const auto &dims = ras.geometry().dims;
    for (const View view : kAllViews) {
        const int axis = viewAxis(view);
        std::vector<long> counts(static_cast<std::size_t>(dims[axis]), 0);
        const std::int16_t *data = ras.int16Data();
        for (int k = 0; k < dims[2]; ++k)
            for (int j = 0; j < dims[1]; ++j)
                for (int i = 0; i < dims[0]; ++i) {
                    if (data[ras.linearIndex(i, j, k)] != 0)
                        ++counts[static_cast<std::size_t>(axis == 0 ? i : axis == 1 ? j : k)];
                }
        const auto best = std::max_element(counts.begin(), counts.end());
        const int index = *best > 0 ? static_cast<int>(best - counts.begin()) : dims[axis] / 2;
        Eigen::Vector4d centre((dims[0] - 1) / 2.0, (dims[1] - 1) / 2.0, (dims[2] - 1) / 2.0, 1.0);
        centre[axis] = index;
        const Eigen::Vector4d position = ras.geometry().indexToRas() * centre;
        truth->referenceSlice[static_cast<int>(view)] = index;
        truth->referencePositionMm[static_cast<int>(view)] = position[axis];
    }
}

} // namespace brainmd
