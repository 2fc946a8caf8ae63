#include "bench/Resampling.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace brainmd {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Percentile by linear interpolation between order statistics (type 7).
double percentile(const std::vector<double> &sorted, double q) {
    if (sorted.empty())
        return kNaN;
    const double position = q * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double t = position - static_cast<double>(below);
    return sorted[below] * (1.0 - t) + sorted[above] * t;
}

// Refills `cases` (one buffer for all resamples: allocating per draw cost as much as
// the statistic for large runs).
void drawCases(SplitMix64 &random, int caseCount, std::vector<int> *cases) {
    cases->resize(static_cast<std::size_t>(caseCount));
    for (int &c : *cases)
        c = static_cast<int>(random.below(static_cast<std::uint64_t>(caseCount)));
}

std::vector<int> allCases(int caseCount) {
    std::vector<int> cases(static_cast<std::size_t>(caseCount));
    for (int i = 0; i < caseCount; ++i)
        cases[static_cast<std::size_t>(i)] = i;
    return cases;
}

Interval intervalOf(double estimate, std::vector<double> values, double level) {
    std::sort(values.begin(), values.end());
    const double tail = (1.0 - level) / 2.0;
    return {estimate, percentile(values, tail), percentile(values, 1.0 - tail)};
}

} // namespace

Interval bootstrapInterval(int caseCount, const CaseStatistic &statistic, int resamples,
                           std::uint64_t seed, double level) {
    if (caseCount <= 0)
        return {kNaN, kNaN, kNaN};
    SplitMix64 random(seed);
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(std::max(resamples, 0)));
    std::vector<int> cases;
    for (int r = 0; r < resamples; ++r) {
        drawCases(random, caseCount, &cases);
        const double value = statistic(cases);
        if (std::isfinite(value))
            values.push_back(value);
    }
    return intervalOf(statistic(allCases(caseCount)), std::move(values), level);
}

PairedDifference pairedBootstrap(int caseCount, const CaseStatistic &a, const CaseStatistic &b,
                                 int resamples, std::uint64_t seed, double level) {
    PairedDifference result;
    if (caseCount <= 0) {
        result.difference = {kNaN, kNaN, kNaN};
        return result;
    }
    const std::vector<int> all = allCases(caseCount);
    const double estimate = a(all) - b(all);
    SplitMix64 random(seed);
    std::vector<double> values;
    int above = 0;
    int below = 0;
    std::vector<int> cases;
    for (int r = 0; r < resamples; ++r) {
        drawCases(random, caseCount, &cases);
        const double value = a(cases) - b(cases);
        if (!std::isfinite(value))
            continue;
        values.push_back(value);
        above += value >= 0.0 ? 1 : 0;
        below += value <= 0.0 ? 1 : 0;
    }
    if (!values.empty()) {
        const double share =
            static_cast<double>(std::min(above, below)) / static_cast<double>(values.size());
        result.pValue = std::min(1.0, 2.0 * share);
    }
    result.difference = intervalOf(estimate, std::move(values), level);
    return result;
}

double exactMcNemar(int onlyA, int onlyB) {
    const int n = onlyA + onlyB;
    if (n == 0)
        return 1.0;
    const int k = std::min(onlyA, onlyB);
    // P(X ≤ k) for X ~ Bin(n, 1/2), summed in log space so large n stays exact enough.
    double tail = 0.0;
    for (int i = 0; i <= k; ++i) {
        const double logTerm = std::lgamma(n + 1.0) - std::lgamma(i + 1.0) -
                               std::lgamma(n - i + 1.0) - n * std::log(2.0);
        tail += std::exp(logTerm);
    }
    return std::min(1.0, 2.0 * tail);
}

} // namespace brainmd
