#include "bench/Probabilistic.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace brainmd {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<ProbabilityOutcome> sortedDescending(std::vector<ProbabilityOutcome> outcomes) {
    std::stable_sort(outcomes.begin(), outcomes.end(),
                     [](const auto &a, const auto &b) { return a.probability > b.probability; });
    return outcomes;
}
} // namespace

double auroc(const std::vector<ProbabilityOutcome> &outcomes) {
    // Rank-sum form: average ranks over ties, so a tie counts one half.
    std::vector<ProbabilityOutcome> sorted = outcomes;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.probability < b.probability; });
    double positives = 0.0;
    double rankSum = 0.0;
    std::size_t i = 0;
    while (i < sorted.size()) {
        std::size_t j = i;
        while (j < sorted.size() && sorted[j].probability == sorted[i].probability)
            ++j;
        const double averageRank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t t = i; t < j; ++t) {
            if (sorted[t].positive) {
                positives += 1.0;
                rankSum += averageRank;
            }
        }
        i = j;
    }
    const double negatives = static_cast<double>(sorted.size()) - positives;
    if (positives == 0.0 || negatives == 0.0)
        return kNaN;
    // One probability for every item (a prior, a blank control): the ranking says nothing,
    // and 0.5 would read as a measured chance-level score.
    if (sorted.front().probability == sorted.back().probability)
        return kNaN;
    return (rankSum - positives * (positives + 1.0) / 2.0) / (positives * negatives);
}

std::vector<RocPoint> rocCurve(const std::vector<ProbabilityOutcome> &outcomes) {
    const auto sorted = sortedDescending(outcomes);
    double positives = 0.0;
    for (const auto &o : sorted)
        positives += o.positive ? 1.0 : 0.0;
    const double negatives = static_cast<double>(sorted.size()) - positives;
    if (positives == 0.0 || negatives == 0.0)
        return {};
    std::vector<RocPoint> curve{{0.0, 0.0}};
    double tp = 0.0;
    double fp = 0.0;
    std::size_t i = 0;
    while (i < sorted.size()) {
        const double threshold = sorted[i].probability;
        while (i < sorted.size() && sorted[i].probability == threshold) {
            (sorted[i].positive ? tp : fp) += 1.0;
            ++i;
        }
        curve.push_back({fp / negatives, tp / positives});
    }
    return curve;
}

std::vector<CalibrationBin> calibrationBins(const std::vector<ProbabilityOutcome> &outcomes,
                                            int bins) {
    std::vector<CalibrationBin> result(static_cast<std::size_t>(std::max(bins, 1)));
    for (std::size_t b = 0; b < result.size(); ++b) {
        result[b].lower = static_cast<double>(b) / result.size();
        result[b].upper = static_cast<double>(b + 1) / result.size();
    }
    for (const auto &o : outcomes) {
        const double p = std::clamp(o.probability, 0.0, 1.0);
        auto b = static_cast<std::size_t>(p * static_cast<double>(result.size()));
        b = std::min(b, result.size() - 1);
        result[b].count += 1;
        result[b].meanProbability += p;
        result[b].positiveRate += o.positive ? 1.0 : 0.0;
    }
    for (auto &bin : result) {
        if (bin.count > 0) {
            bin.meanProbability /= bin.count;
            bin.positiveRate /= bin.count;
        }
    }
    return result;
}

double expectedCalibrationError(const std::vector<ProbabilityOutcome> &outcomes, int bins) {
    if (outcomes.empty())
        return kNaN;
    double error = 0.0;
    for (const auto &bin : calibrationBins(outcomes, bins))
        error += static_cast<double>(bin.count) * std::abs(bin.meanProbability - bin.positiveRate);
    return error / static_cast<double>(outcomes.size());
}

double brierScore(const std::vector<ProbabilityOutcome> &outcomes) {
    if (outcomes.empty())
        return kNaN;
    double sum = 0.0;
    for (const auto &o : outcomes) {
        const double d = o.probability - (o.positive ? 1.0 : 0.0);
        sum += d * d;
    }
    return sum / static_cast<double>(outcomes.size());
}

} // namespace brainmd
