#pragma once

#include "votemi/ScaledVolume.h"
#include "votemi/VoteMiTypes.h"

#include <array>
#include <vector>

namespace brainmd {

class ProgressReporter;

/// How patches are cut (sizes in voxels).
struct PatchOptions {
    int patchSize = 16;
    int stride = 16;
    double minForegroundFraction = 0.5;
};

/// The kept patches of a volume: row p of `patches` holds patch p's patchSize² scaled
/// intensities (layout in PatchInfo), `info[p]` says where it was cut.
struct PatchSet {
    int patchSize = 0;
    RowMatrix patches;
    std::vector<PatchInfo> info;
    bool cancelled = false;

    int size() const { return static_cast<int>(info.size()); }
};

/// Cuts square patches on every slice of every view of a RAS-aligned, scaled volume.
/// Patch corners sit at 0, stride, 2·stride, … along each in-plane axis as long as the
/// patch fits (a remainder narrower than the patch is not covered). A patch is kept when
/// the share of its voxels in the foreground is ≥ minForegroundFraction. Patches are
/// ordered by view (axial, coronal, sagittal), then slice, then v, then u, so the order
/// depends on nothing but the volume and the options.
PatchSet samplePatches(const ScaledVolume &volume, const PatchOptions &options,
                       ProgressReporter *progress = nullptr);

/// Voxel indices (i, j, k) of patch element (row, col): the voxel at (u + col, v + row) in
/// the view's plane, on the patch's slice (see PatchInfo).
std::array<int, 3> patchVoxel(const PatchInfo &patch, int row, int col);

} // namespace brainmd
