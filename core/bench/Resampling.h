#pragma once

#include "common/SplitMix64.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace brainmd {

/// A statistic of a resample: `cases` lists case indices (with repeats) drawn from
/// 0 .. caseCount − 1. Return NaN when the statistic is undefined for the resample.
using CaseStatistic = std::function<double(const std::vector<int> &cases)>;

/// A percentile interval; NaN bounds when no resample gave a defined value.
struct Interval {
    double estimate = 0.0; ///< the statistic on all cases
    double low = 0.0;
    double high = 0.0;
};

/// Bootstrap percentile interval resampling cases with replacement. Deterministic: the
/// same seed gives the same interval on every platform (SplitMix64 draws, no std
/// distributions).
Interval bootstrapInterval(int caseCount, const CaseStatistic &statistic, int resamples,
                           std::uint64_t seed, double level = 0.95);

/// Paired bootstrap of the difference a − b: both statistics see the same resampled
/// cases. `pValue` is the two-sided share of resamples on the other side of zero.
struct PairedDifference {
    Interval difference;
    double pValue = 1.0;
};

PairedDifference pairedBootstrap(int caseCount, const CaseStatistic &a, const CaseStatistic &b,
                                 int resamples, std::uint64_t seed, double level = 0.95);

/// Exact McNemar test on the discordant pairs: `onlyA` items right under A only, `onlyB`
/// under B only. Two-sided p = min(1, 2 · P(X ≤ min(onlyA, onlyB))), X ~ Bin(n, 1/2).
double exactMcNemar(int onlyA, int onlyB);

} // namespace brainmd
