#pragma once

#include "votemi/VoteMiTypes.h"

#include <cstdint>
#include <vector>

namespace brainmd {

class ProgressReporter;

/// Parameters of the two coverage stages of Vote-MI.
struct CoverageParameters {
    int k = 10;                ///< neighbours in each cosine k-NN graph
    int knnLeaves = 32;        ///< leaf budget of the k-NN search (0: exact), see KnnGraph
    double seedFraction = 0.2; ///< share of a cluster drawn as its seed set
    double delta = 0.5;        ///< share of a cluster selected in the intra-cluster stage
    double theta = 0.2;        ///< share of all patches chosen in the inter-cluster stage
    std::uint64_t seed = 0;
};

struct CoverageSelection {
    std::vector<int> clusterSelection; ///< union of the intra-cluster selections, ascending
    std::vector<int> chosen;           ///< inter-cluster choice, in the order picked
    /// Per entry of `chosen`: the clustered rows it stands for, itself included. Each row
    /// goes to the selected row covering it best in its cluster's graph (coveringNodes),
    /// and that one to the chosen row covering it best in the union's graph; rows left
    /// uncovered on the way count for nobody.
    std::vector<int> represented;
    bool cancelled = false;
};

/// Local density of each node of a cosine k-NN graph: 1 / (1e-6 + mean (1 − sim) over
/// its neighbours). Cheap, deterministic, and high where neighbours are close.
std::vector<double> localDensity(const std::vector<int> &neighbourIndex,
                                 const std::vector<float> &neighbourSimilarity, int k);

/// Draws `count` of the weights' indices without replacement, each draw with
/// probability proportional to the weight among those left (Efraimidis–Spirakis keys
/// log(u) / w; largest keys win, lower index on ties). Deterministic for a given seed.
std::vector<int> weightedSampleWithoutReplacement(const std::vector<double> &weights, int count,
                                                  std::uint64_t seed);

/// Intra- then inter-cluster coverage selection over the rows of `embeddings`.
///
/// For each cluster C (rows with label c, ascending), on C's cosine k-NN graph: a seed
/// set of round(seedFraction·|C|) rows drawn ∝ local density (a direct weighted draw
/// without replacement replaces the reference study's MCMC: the same target, exact and
/// cheaper), then facility-location greedy (lazy) until round(delta·|C|) rows of C are
/// selected (never fewer than the seeds, at least one). Then, on the k-NN graph of the
/// union of those selections, greedy from empty until round(theta·totalPatches) rows are
/// chosen; a union smaller than that is taken whole, in greedy order. Noise rows
/// (label < 0) take no part. The seed of cluster c is derived from `seed` and c. The k-NN
/// graphs are searched with the leaf budget `knnLeaves` (0: exact neighbours).
CoverageSelection selectByCoverage(const RowMatrix &embeddings, const std::vector<int> &labels,
                                   int clusterCount, int totalPatches,
                                   const CoverageParameters &parameters,
                                   ProgressReporter *progress = nullptr);

} // namespace brainmd
