#pragma once

#include "votemi/KnnGraph.h"

#include <vector>

namespace brainmd {

class ProgressReporter;

/// Facility-location coverage on a cosine k-NN graph: F(X) = Σ_c max_{x ∈ X} sim(c, x)
/// over all nodes c, where sim(c, x) is the clipped cosine when x is one of c's k
/// neighbours, 1 when x = c (a point covers itself fully), and 0 otherwise. F is
/// monotone and submodular, so gains only shrink as X grows, which lazy greedy relies
/// on. Gains are summed in double in a fixed order, so lazy and plain greedy compare
/// identical numbers and pick identical sequences (largest gain, lower node on ties).
class FacilityLocation {
public:
    explicit FacilityLocation(const KnnGraph &graph);

    int size() const { return static_cast<int>(m_cover.size()); }
    /// F of the current selection.
    double value() const;
    /// F(X ∪ {node}) − F(X).
    double gain(int node) const;
    void add(int node);
    bool isSelected(int node) const { return m_selected[static_cast<std::size_t>(node)]; }
    /// Selected nodes in the order they were added.
    const std::vector<int> &selected() const { return m_order; }

    /// Adds the node of largest gain until `target` nodes are selected (or all are),
    /// re-evaluating stale gains from a priority queue. False when cancelled.
    bool addGreedyLazy(int target, ProgressReporter *progress = nullptr);
    /// The same choice by evaluating every gain in every round (for tests).
    void addGreedyPlain(int target);

private:
    // For each candidate x, the clients it covers with their similarity (self first).
    std::vector<int> m_start;
    std::vector<int> m_client;
    std::vector<float> m_similarity;
    std::vector<float> m_cover;
    std::vector<bool> m_selected;
    std::vector<int> m_order;
};

} // namespace brainmd
