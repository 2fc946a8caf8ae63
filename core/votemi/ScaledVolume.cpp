#include "votemi/ScaledVolume.h"

#include <algorithm>
#include <cmath>

namespace brainmd {
namespace {

constexpr int kOtsuBins = 256;

std::size_t rankOf(std::size_t count, double percent) {
    const double rank =
        std::round(std::clamp(percent, 0.0, 100.0) / 100.0 * static_cast<double>(count - 1));
    return static_cast<std::size_t>(rank);
}

// Exact ranks of an int16 image in one pass, instead of sorting millions of voxels.
std::pair<float, float> int16Percentiles(const Volume &volume, double low, double high) {
    std::vector<std::int64_t> histogram(65536, 0);
    const std::int16_t *data = volume.int16Data();
    const std::size_t n = volume.voxelCount();
    for (std::size_t i = 0; i < n; ++i) {
        ++histogram[static_cast<std::size_t>(data[i] + 32768)];
    }
    auto valueAtRank = [&histogram](std::size_t rank) {
        std::size_t seen = 0;
        for (std::size_t bin = 0; bin < histogram.size(); ++bin) {
            seen += static_cast<std::size_t>(histogram[bin]);
            if (seen > rank) {
                return static_cast<float>(static_cast<int>(bin) - 32768);
            }
        }
        return 32767.0f;
    };
    return {valueAtRank(rankOf(n, low)), valueAtRank(rankOf(n, high))};
}

void scaleValues(const Volume &volume, ScaledVolume &out) {
    const std::size_t n = volume.voxelCount();
    out.values.resize(n);
    const float range = out.highValue - out.lowValue;
    if (!(range > 0.0f)) {
        std::fill(out.values.begin(), out.values.end(), 0.0f);
        return;
    }
    const float scale = 1.0f / range;
    for (std::size_t i = 0; i < n; ++i) {
        out.values[i] = std::clamp((volume.valueAt(i) - out.lowValue) * scale, 0.0f, 1.0f);
    }
}

int binOf(float value) {
    return std::min(kOtsuBins - 1, static_cast<int>(value * static_cast<float>(kOtsuBins)));
}

void findForeground(ScaledVolume &out) {
    std::vector<std::int64_t> histogram(kOtsuBins, 0);
    for (float v : out.values) {
        ++histogram[static_cast<std::size_t>(binOf(v))];
    }
    // A histogram with a single occupied bin has no split: nothing stands out as foreground.
    const int otsu = otsuSplitBin(histogram);
    const int split = otsu < 0 ? kOtsuBins - 1 : otsu;
    out.otsuThreshold = static_cast<float>(split + 1) / static_cast<float>(kOtsuBins);
    out.foreground.resize(out.values.size());
    for (std::size_t i = 0; i < out.values.size(); ++i) {
        out.foreground[i] = binOf(out.values[i]) > split ? 1 : 0;
    }
}

void countForeground(ScaledVolume &out) {
    const auto &d = out.dims;
    for (int a = 0; a < 3; ++a) {
        out.foregroundPerSlice[static_cast<std::size_t>(a)].assign(static_cast<std::size_t>(d[a]),
                                                                   0);
    }
    auto &perI = out.foregroundPerSlice[0];
    auto &perJ = out.foregroundPerSlice[1];
    auto &perK = out.foregroundPerSlice[2];
    std::size_t linear = 0;
    for (int k = 0; k < d[2]; ++k) {
        for (int j = 0; j < d[1]; ++j) {
            std::int64_t rowCount = 0;
            for (int i = 0; i < d[0]; ++i, ++linear) {
                const std::uint8_t f = out.foreground[linear];
                perI[static_cast<std::size_t>(i)] += f;
                rowCount += f;
            }
            perJ[static_cast<std::size_t>(j)] += rowCount;
            perK[static_cast<std::size_t>(k)] += rowCount;
        }
    }
    for (int a = 0; a < 3; ++a) {
        double total = 0.0;
        double weighted = 0.0;
        const auto &counts = out.foregroundPerSlice[static_cast<std::size_t>(a)];
        for (std::size_t s = 0; s < counts.size(); ++s) {
            total += static_cast<double>(counts[s]);
            weighted += static_cast<double>(counts[s]) * static_cast<double>(s);
        }
        out.foregroundCentre[static_cast<std::size_t>(a)] =
            total > 0.0 ? weighted / total : 0.5 * static_cast<double>(d[a] - 1);
    }
}

} // namespace

float percentileInPlace(std::vector<float> &values, double percent) {
    if (values.empty()) {
        return 0.0f;
    }
    const auto nth = values.begin() + static_cast<std::ptrdiff_t>(rankOf(values.size(), percent));
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

int otsuSplitBin(const std::vector<std::int64_t> &histogram) {
    double total = 0.0;
    double totalSum = 0.0;
    for (std::size_t b = 0; b < histogram.size(); ++b) {
        total += static_cast<double>(histogram[b]);
        totalSum += static_cast<double>(b) * static_cast<double>(histogram[b]);
    }
    if (total == 0.0) {
        return -1;
    }
    int best = -1; // stays -1 when only one bin is occupied
    double bestVariance = -1.0;
    double lowCount = 0.0;
    double lowSum = 0.0;
    for (std::size_t b = 0; b + 1 < histogram.size(); ++b) {
        lowCount += static_cast<double>(histogram[b]);
        lowSum += static_cast<double>(b) * static_cast<double>(histogram[b]);
        const double highCount = total - lowCount;
        if (lowCount == 0.0 || highCount == 0.0) {
            continue;
        }
        const double meanDiff = lowSum / lowCount - (totalSum - lowSum) / highCount;
        const double variance = lowCount * highCount * meanDiff * meanDiff;
        if (variance > bestVariance) {
            bestVariance = variance;
            best = static_cast<int>(b);
        }
    }
    return best;
}

ScaledVolume scaleVolume(const Volume &volume, double lowPercent, double highPercent) {
    ScaledVolume out;
    if (volume.isEmpty()) {
        return out;
    }
    out.dims = volume.geometry().dims;
    if (volume.type() == VoxelType::Int16) {
        std::tie(out.lowValue, out.highValue) = int16Percentiles(volume, lowPercent, highPercent);
    } else {
        std::vector<float> copy(volume.floatData(), volume.floatData() + volume.voxelCount());
        out.lowValue = percentileInPlace(copy, lowPercent);
        out.highValue = percentileInPlace(copy, highPercent);
    }
    scaleValues(volume, out);
    findForeground(out);
    countForeground(out);
    return out;
}

} // namespace brainmd
