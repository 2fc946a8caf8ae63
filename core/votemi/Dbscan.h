#pragma once

#include "votemi/VoteMiTypes.h"

#include <vector>

namespace brainmd {

class KdTree;
class ProgressReporter;

/// Result of DBSCAN: a cluster id 0, 1, … or kNoiseLabel per row.
struct DbscanResult {
    std::vector<int> labels;
    std::vector<bool> core;
    int clusterCount = 0;
    bool cancelled = false;
};

/// Exact DBSCAN (Ester et al. 1996) with Euclidean distance, accelerated by a KdTree.
///
/// A row's neighbourhood is every row at distance ≤ eps, itself included; a row is core
/// when its neighbourhood has ≥ minPts rows. The result is the textbook algorithm's that
/// visits rows in index order: clusters are numbered in the order of their lowest-index
/// core row, and a border row (not core, within eps of a core row) belongs to the first
/// cluster that reaches it, i.e. the lowest-numbered cluster with a core row within eps.
/// Rows that no cluster reaches are noise. Distances are compared squared
/// (squaredDistance(a, b) ≤ eps²).
DbscanResult dbscan(const RowMatrix &points, float eps, int minPts,
                    ProgressReporter *progress = nullptr);
/// The same with a tree the caller built on `points` (any leaf size), to share it.
DbscanResult dbscan(const KdTree &tree, const RowMatrix &points, float eps, int minPts,
                    ProgressReporter *progress = nullptr);

} // namespace brainmd
