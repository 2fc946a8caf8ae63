#include "volume/SliceVolume.h"

namespace brainmd {

Volume sliceAsVolume(const Volume &rasVolume, View view, int index) {
    const Geometry &source = rasVolume.geometry();
    const int normal = viewAxis(view);
    if (index < 0 || index >= source.dims[static_cast<std::size_t>(normal)])
        return {};
    // Output axis a reads source axis axes[a]; the normal goes last.
    std::array<int, 3> axes{};
    int next = 0;
    for (int a = 0; a < 3; ++a) {
        if (a != normal)
            axes[static_cast<std::size_t>(next++)] = a;
    }
    axes[2] = normal;

    Geometry geometry;
    for (std::size_t a = 0; a < 3; ++a) {
        const auto from = static_cast<Eigen::Index>(axes[a]);
        geometry.dims[a] = a == 2 ? 1 : source.dims[static_cast<std::size_t>(axes[a])];
        geometry.spacing[static_cast<Eigen::Index>(a)] = source.spacing[from];
        geometry.direction.col(static_cast<Eigen::Index>(a)) = source.direction.col(from);
    }
    Eigen::Vector3d first = Eigen::Vector3d::Zero();
    first[normal] = index;
    geometry.origin = source.indexToLpsPoint(first);

    Volume slice(geometry, rasVolume.type());
    slice.headerWindow = rasVolume.headerWindow;
    slice.description = rasVolume.description;
    std::array<int, 3> at{};
    at[static_cast<std::size_t>(normal)] = index;
    for (int v = 0; v < geometry.dims[1]; ++v) {
        for (int u = 0; u < geometry.dims[0]; ++u) {
            at[static_cast<std::size_t>(axes[0])] = u;
            at[static_cast<std::size_t>(axes[1])] = v;
            slice.setValue(slice.linearIndex(u, v, 0), rasVolume.valueAt(at[0], at[1], at[2]));
        }
    }
    return slice;
}

} // namespace brainmd
