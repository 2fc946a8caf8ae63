#include "votemi/PatchSampler.h"

#include "jobs/Progress.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <cstring>

namespace brainmd {
namespace {

// Voxel axes of a view: the slice axis, then the in-plane axes u < v.
struct ViewAxes {
    int slice;
    int u;
    int v;
};

ViewAxes axesOf(View view) {
    const int a = viewAxis(view);
    const int u = a == 0 ? 1 : 0;
    const int v = a == 2 ? 1 : 2;
    return {a, u, v};
}

std::array<std::size_t, 3> stridesOf(const ScaledVolume &volume) {
    const std::size_t sx = 1;
    const std::size_t sy = static_cast<std::size_t>(volume.dims[0]);
    const std::size_t sz = sy * static_cast<std::size_t>(volume.dims[1]);
    return {sx, sy, sz};
}

std::size_t cornerIndex(const std::array<std::size_t, 3> &strides, const ViewAxes &axes,
                        const PatchInfo &p) {
    return strides[static_cast<std::size_t>(axes.slice)] * static_cast<std::size_t>(p.slice) +
           strides[static_cast<std::size_t>(axes.u)] * static_cast<std::size_t>(p.u) +
           strides[static_cast<std::size_t>(axes.v)] * static_cast<std::size_t>(p.v);
}

int foregroundCount(const ScaledVolume &volume, std::size_t corner, std::size_t strideU,
                    std::size_t strideV, int size) {
    int count = 0;
    for (int r = 0; r < size; ++r) {
        const std::size_t row = corner + strideV * static_cast<std::size_t>(r);
        for (int c = 0; c < size; ++c) {
            count += volume.foreground[row + strideU * static_cast<std::size_t>(c)];
        }
    }
    return count;
}

// Appends the kept patches of one view; false when cancelled.
bool findPatches(const ScaledVolume &volume, View view, const PatchOptions &options,
                 std::vector<PatchInfo> &kept, ProgressReporter *progress, double progressBase) {
    const ViewAxes axes = axesOf(view);
    const auto strides = stridesOf(volume);
    const int size = options.patchSize;
    const int needed = static_cast<int>(std::ceil(options.minForegroundFraction * size * size));
    const int slices = volume.dims[static_cast<std::size_t>(axes.slice)];
    const int extentU = volume.dims[static_cast<std::size_t>(axes.u)];
    const int extentV = volume.dims[static_cast<std::size_t>(axes.v)];
    for (int s = 0; s < slices; ++s) {
        if (s % 32 == 0 &&
            !reportProgress(progress, progressBase + (static_cast<double>(s) / slices) / 3.0,
                            QCoreApplication::translate("brainmd", "Cutting patches"))) {
            return false;
        }
        if (volume.foregroundPerSlice[static_cast<std::size_t>(axes.slice)]
                                     [static_cast<std::size_t>(s)] < needed) {
            continue;
        }
        for (int v = 0; v + size <= extentV; v += options.stride) {
            for (int u = 0; u + size <= extentU; u += options.stride) {
                const PatchInfo patch{view, s, u, v};
                const std::size_t corner = cornerIndex(strides, axes, patch);
                if (foregroundCount(volume, corner, strides[static_cast<std::size_t>(axes.u)],
                                    strides[static_cast<std::size_t>(axes.v)], size) >= needed) {
                    kept.push_back(patch);
                }
            }
        }
    }
    return true;
}

void copyPatch(const ScaledVolume &volume, const PatchInfo &patch, int size, float *out) {
    const ViewAxes axes = axesOf(patch.view);
    const auto strides = stridesOf(volume);
    const std::size_t strideU = strides[static_cast<std::size_t>(axes.u)];
    const std::size_t strideV = strides[static_cast<std::size_t>(axes.v)];
    const std::size_t corner = cornerIndex(strides, axes, patch);
    for (int r = 0; r < size; ++r) {
        const std::size_t row = corner + strideV * static_cast<std::size_t>(r);
        float *target = out + static_cast<std::ptrdiff_t>(r) * size;
        if (strideU == 1) {
            std::memcpy(target, volume.values.data() + row, sizeof(float) * size);
            continue;
        }
        for (int c = 0; c < size; ++c) {
            target[c] = volume.values[row + strideU * static_cast<std::size_t>(c)];
        }
    }
}

} // namespace

std::array<int, 3> patchVoxel(const PatchInfo &patch, int row, int col) {
    const ViewAxes axes = axesOf(patch.view);
    std::array<int, 3> voxel{};
    voxel[static_cast<std::size_t>(axes.slice)] = patch.slice;
    voxel[static_cast<std::size_t>(axes.u)] = patch.u + col;
    voxel[static_cast<std::size_t>(axes.v)] = patch.v + row;
    return voxel;
}

PatchSet samplePatches(const ScaledVolume &volume, const PatchOptions &options,
                       ProgressReporter *progress) {
    PatchSet out;
    out.patchSize = options.patchSize;
    if (volume.values.empty() || options.patchSize < 1 || options.stride < 1) {
        return out;
    }
    for (View view : kAllViews) {
        const double base = static_cast<double>(static_cast<int>(view)) / 3.0;
        if (!findPatches(volume, view, options, out.info, progress, base)) {
            out.cancelled = true;
            out.info.clear();
            return out;
        }
    }
    const int dim = options.patchSize * options.patchSize;
    out.patches.resize(static_cast<Eigen::Index>(out.info.size()), dim);
    for (std::size_t p = 0; p < out.info.size(); ++p) {
        copyPatch(volume, out.info[p], options.patchSize,
                  out.patches.data() + static_cast<std::ptrdiff_t>(p) * dim);
    }
    return out;
}

} // namespace brainmd
