#pragma once

#include "votemi/VoteMiTypes.h"

#include <vector>

namespace brainmd {

class ProgressReporter;

/// A directed k-nearest-neighbour graph under cosine similarity over `size()` nodes.
/// Node i's neighbours (never i itself) are at neighbours[i·k …], nearest first, with
/// their cosine similarity clipped at 0 in the same places of `similarity`; a node with
/// fewer than k other nodes has its list padded with index −1 and similarity 0.
struct KnnGraph {
    int k = 0;
    std::vector<int> neighbours;
    std::vector<float> similarity;

    int size() const { return k > 0 ? static_cast<int>(neighbours.size()) / k : 0; }
    const int *neighboursOf(int node) const {
        return neighbours.data() + static_cast<std::ptrdiff_t>(node) * k;
    }
    const float *similarityOf(int node) const {
        return similarity.data() + static_cast<std::ptrdiff_t>(node) * k;
    }
};

/// Builds the cosine k-NN graph of the rows `members` of `points` (node m is row
/// members[m]). Rows are normalised to unit length (a zero row stays zero, so its
/// cosine with anything is 0) and searched with a KdTree, because on the unit sphere
/// the Euclidean order is the cosine order; ties go to the lower node. `maxLeaves` > 0
/// makes the search approximate (KdTree::nearest: at most that many leaves of 16 rows
/// per node, nearest first); 0 is exact. Returns an empty graph (k = 0) when cancelled.
KnnGraph cosineKnnGraph(const RowMatrix &points, const std::vector<int> &members, int k,
                        ProgressReporter *progress = nullptr, int maxLeaves = 0);

} // namespace brainmd
