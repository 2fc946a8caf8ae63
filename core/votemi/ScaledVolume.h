#pragma once

#include "volume/Volume.h"

#include <array>
#include <cstdint>
#include <vector>

namespace brainmd {

/// A volume's intensities scaled robustly to [0, 1] and its foreground, shared by the
/// patch sampler and the selectors.
///
/// Choices: a percentile p is the sorted voxel value at rank round(p / 100 · (n − 1)) over
/// all voxels (Int16 volumes are ranked through an exact 65536-bin histogram, Float32
/// volumes with nth_element). Values are mapped linearly so that the low percentile goes
/// to 0 and the high one to 1, then clipped. The Otsu threshold is computed on a 256-bin
/// histogram of the scaled values; a voxel is foreground when its bin lies above the
/// threshold bin. The foreground centre is the centroid of the foreground voxels, in
/// voxel indices; with no foreground it is the grid centre.
struct ScaledVolume {
    std::array<int, 3> dims{0, 0, 0};
    std::vector<float> values;            ///< scaled to [0, 1], storage order of the volume
    std::vector<std::uint8_t> foreground; ///< 1 for foreground voxels
    float lowValue = 0.0f;                ///< the low percentile, in the volume's units
    float highValue = 0.0f;               ///< the high percentile, in the volume's units
    float otsuThreshold = 0.0f;           ///< on the scaled values: foreground is above it
    /// Foreground voxel count of each slice along each voxel axis.
    std::array<std::vector<std::int64_t>, 3> foregroundPerSlice;
    std::array<double, 3> foregroundCentre{0.0, 0.0, 0.0};

    std::size_t index(int i, int j, int k) const {
        return static_cast<std::size_t>(i) +
               static_cast<std::size_t>(dims[0]) *
                   (static_cast<std::size_t>(j) + static_cast<std::size_t>(dims[1]) * k);
    }
};

/// Scales `volume` between its `lowPercent` and `highPercent` percentiles and finds its
/// Otsu foreground. An empty volume gives an empty result.
ScaledVolume scaleVolume(const Volume &volume, double lowPercent = 0.5, double highPercent = 99.5);

/// The value at rank round(percent / 100 · (n − 1)) of `values` (reordered in place).
float percentileInPlace(std::vector<float> &values, double percent);

/// The Otsu split of a histogram: the last bin of the lower class (−1 when all counts are 0).
int otsuSplitBin(const std::vector<std::int64_t> &histogram);

} // namespace brainmd
