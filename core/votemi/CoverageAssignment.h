#pragma once

#include "votemi/KnnGraph.h"

#include <vector>

namespace brainmd {

/// For every node of `graph`, the selected node that covers it best in facility
/// location: the node itself when selected, else its most similar selected neighbour
/// (the nearer listed neighbour on equal similarity). −1 when no neighbour is selected
/// or the best similarity is 0, i.e. the node adds nothing to F. `selected` lists nodes
/// of `graph` (any order, no repeats).
std::vector<int> coveringNodes(const KnnGraph &graph, const std::vector<int> &selected);

} // namespace brainmd
