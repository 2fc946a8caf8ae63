#pragma once

#include <cstdint>

namespace brainmd {

class Volume;

/// Display window in the volume's value units: values below centre - width/2 map to 0,
/// above centre + width/2 to 255 (the DICOM "linear" VOI function, simplified).
struct WindowLevel {
    double center = 0.0;
    double width = 1.0;

    std::uint8_t toGray(float value) const {
        const double w = width > 1e-9 ? width : 1e-9;
        const double t = (static_cast<double>(value) - (center - w / 2.0)) / w;
        if (t <= 0.0)
            return 0;
        if (t >= 1.0)
            return 255;
        return static_cast<std::uint8_t>(t * 255.0 + 0.5);
    }
};

/// Window spanning the given percentiles of the voxel values (default 0.5 – 99.5 %),
/// the auto-window used when a header has none. Percentiles are in [0, 100].
WindowLevel percentileWindow(const Volume &volume, double lowPercent = 0.5,
                             double highPercent = 99.5);

/// The value below which `percent` % of the voxels lie (nearest rank on a sorted copy
/// of a deterministic subsample of at most ~2 million voxels).
float percentileValue(const Volume &volume, double percent);

} // namespace brainmd
