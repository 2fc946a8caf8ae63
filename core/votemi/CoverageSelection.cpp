#include "votemi/CoverageSelection.h"

#include "common/SeededRandom.h"
#include "jobs/Progress.h"
#include "votemi/CoverageAssignment.h"
#include "votemi/FacilityLocation.h"
#include "votemi/KnnGraph.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace brainmd {
namespace {

// SplitMix64 finaliser: decorrelates the per-cluster seeds derived from one seed.
std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t salt) {
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (salt + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int shareOf(double fraction, std::size_t count) {
    return static_cast<int>(std::lround(fraction * static_cast<double>(count)));
}

// The intra-cluster stage for one cluster; appends to `selection` and sets, for each
// member row, the selected row covering it best (`coverOfRow`). False when cancelled.
bool selectInCluster(const RowMatrix &embeddings, const std::vector<int> &members, int cluster,
                     const CoverageParameters &parameters, ProgressReporter *progress,
                     std::vector<int> &selection, std::vector<int> &coverOfRow) {
    SubProgress graphProgress(progress, 0.0, 0.5);
    const KnnGraph graph =
        cosineKnnGraph(embeddings, members, parameters.k, &graphProgress, parameters.knnLeaves);
    if (graph.k == 0) {
        return false;
    }
    const int seedCount = std::min(static_cast<int>(members.size()),
                                   shareOf(parameters.seedFraction, members.size()));
    const std::vector<int> seeds = weightedSampleWithoutReplacement(
        localDensity(graph.neighbours, graph.similarity, graph.k), seedCount,
        mixSeed(parameters.seed, static_cast<std::uint64_t>(cluster)));
    FacilityLocation coverage(graph);
    for (int s : seeds) {
        coverage.add(s);
    }
    const int target = std::max({seedCount, shareOf(parameters.delta, members.size()), 1});
    SubProgress greedyProgress(progress, 0.5, 1.0);
    if (!coverage.addGreedyLazy(target, &greedyProgress)) {
        return false;
    }
    for (int node : coverage.selected()) {
        selection.push_back(members[static_cast<std::size_t>(node)]);
    }
    const std::vector<int> cover = coveringNodes(graph, coverage.selected());
    for (std::size_t m = 0; m < members.size(); ++m) {
        coverOfRow[static_cast<std::size_t>(members[m])] =
            cover[m] >= 0 ? members[static_cast<std::size_t>(cover[m])] : -1;
    }
    return true;
}

// How many clustered rows each chosen row stands for: a row counts for the chosen row
// that covers its own intra-cluster representative best in the union's graph.
std::vector<int> countRepresented(const std::vector<int> &coverOfRow,
                                  const std::vector<int> &clusterSelection,
                                  const std::vector<int> &unionCover,
                                  const std::vector<int> &chosen) {
    std::vector<int> chosenCover(coverOfRow.size(), -1);
    for (std::size_t u = 0; u < clusterSelection.size(); ++u) {
        if (unionCover[u] >= 0) {
            chosenCover[static_cast<std::size_t>(clusterSelection[u])] =
                clusterSelection[static_cast<std::size_t>(unionCover[u])];
        }
    }
    std::vector<int> slot(coverOfRow.size(), -1);
    for (std::size_t c = 0; c < chosen.size(); ++c) {
        slot[static_cast<std::size_t>(chosen[c])] = static_cast<int>(c);
    }
    std::vector<int> represented(chosen.size(), 0);
    for (int representative : coverOfRow) {
        if (representative < 0) {
            continue;
        }
        const int final = chosenCover[static_cast<std::size_t>(representative)];
        if (final >= 0) {
            ++represented[static_cast<std::size_t>(slot[static_cast<std::size_t>(final)])];
        }
    }
    return represented;
}

} // namespace

std::vector<double> localDensity(const std::vector<int> &neighbourIndex,
                                 const std::vector<float> &neighbourSimilarity, int k) {
    const std::size_t n = k > 0 ? neighbourIndex.size() / static_cast<std::size_t>(k) : 0;
    std::vector<double> density(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        double distanceSum = 0.0;
        int count = 0;
        for (std::size_t j = i * static_cast<std::size_t>(k); j < (i + 1) * k; ++j) {
            if (neighbourIndex[j] >= 0) {
                distanceSum += 1.0 - static_cast<double>(neighbourSimilarity[j]);
                ++count;
            }
        }
        density[i] = count > 0 ? 1.0 / (1e-6 + distanceSum / count) : 1.0;
    }
    return density;
}

std::vector<int> weightedSampleWithoutReplacement(const std::vector<double> &weights, int count,
                                                  std::uint64_t seed) {
    SeededRandom random(seed);
    std::vector<double> keys(weights.size());
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double u = random.uniformPositive();
        keys[i] =
            weights[i] > 0.0 ? std::log(u) / weights[i] : -std::numeric_limits<double>::infinity();
    }
    std::vector<int> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    count = std::clamp(count, 0, static_cast<int>(order.size()));
    std::partial_sort(order.begin(), order.begin() + count, order.end(), [&keys](int a, int b) {
        const double ka = keys[static_cast<std::size_t>(a)];
        const double kb = keys[static_cast<std::size_t>(b)];
        return ka > kb || (ka == kb && a < b);
    });
    order.resize(static_cast<std::size_t>(count));
    return order;
}

CoverageSelection selectByCoverage(const RowMatrix &embeddings, const std::vector<int> &labels,
                                   int clusterCount, int totalPatches,
                                   const CoverageParameters &parameters,
                                   ProgressReporter *progress) {
    CoverageSelection result;
    std::vector<std::vector<int>> members(static_cast<std::size_t>(std::max(0, clusterCount)));
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] >= 0 && labels[i] < clusterCount) {
            members[static_cast<std::size_t>(labels[i])].push_back(static_cast<int>(i));
        }
    }
    std::vector<int> coverOfRow(labels.size(), -1);
    for (int c = 0; c < clusterCount; ++c) {
        SubProgress sub(progress, 0.7 * c / clusterCount, 0.7 * (c + 1) / clusterCount);
        if (!selectInCluster(embeddings, members[static_cast<std::size_t>(c)], c, parameters, &sub,
                             result.clusterSelection, coverOfRow)) {
            result.cancelled = true;
            return result;
        }
    }
    std::sort(result.clusterSelection.begin(), result.clusterSelection.end());
    SubProgress sub(progress, 0.7, 1.0);
    const KnnGraph graph = cosineKnnGraph(embeddings, result.clusterSelection, parameters.k, &sub,
                                          parameters.knnLeaves);
    if (graph.k == 0 && !result.clusterSelection.empty()) {
        result.cancelled = true;
        return result;
    }
    FacilityLocation coverage(graph);
    const int target = std::min(static_cast<int>(result.clusterSelection.size()),
                                shareOf(parameters.theta, static_cast<std::size_t>(totalPatches)));
    if (!coverage.addGreedyLazy(target, &sub)) {
        result.cancelled = true;
        return result;
    }
    for (int node : coverage.selected()) {
        result.chosen.push_back(result.clusterSelection[static_cast<std::size_t>(node)]);
    }
    result.represented = countRepresented(coverOfRow, result.clusterSelection,
                                          coveringNodes(graph, coverage.selected()), result.chosen);
    return result;
}

} // namespace brainmd
