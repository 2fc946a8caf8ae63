#include "volume/WindowLevel.h"

#include "volume/Volume.h"

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {
// Percentiles over a fixed-stride subsample: exact enough for display windows and
// independent of volume size in cost. The stride is deterministic, so is the result.
constexpr std::size_t kMaxSamples = 2'000'000;

std::vector<float> sampleValues(const Volume &volume) {
    const std::size_t n = volume.voxelCount();
    const std::size_t stride = std::max<std::size_t>(1, n / kMaxSamples);
    std::vector<float> samples;
    samples.reserve(n / stride + 1);
    for (std::size_t i = 0; i < n; i += stride)
        samples.push_back(volume.valueAt(i));
    return samples;
}

float nthValue(std::vector<float> &values, double percent) {
    const double p = std::clamp(percent, 0.0, 100.0) / 100.0;
    const auto rank =
        static_cast<std::size_t>(std::llround(p * static_cast<double>(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(rank),
                     values.end());
    return values[rank];
}
} // namespace

float percentileValue(const Volume &volume, double percent) {
    if (volume.isEmpty())
        return 0.0f;
    std::vector<float> samples = sampleValues(volume);
    return nthValue(samples, percent);
}

WindowLevel percentileWindow(const Volume &volume, double lowPercent, double highPercent) {
    if (volume.isEmpty())
        return {};
    std::vector<float> samples = sampleValues(volume);
    const float lo = nthValue(samples, lowPercent);
    const float hi = nthValue(samples, highPercent);
    const double width = std::max(1e-3, static_cast<double>(hi) - static_cast<double>(lo));
    return {static_cast<double>(lo) + width / 2.0, width};
}

} // namespace brainmd
