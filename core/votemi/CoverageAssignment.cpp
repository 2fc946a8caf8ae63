#include "votemi/CoverageAssignment.h"

namespace brainmd {

std::vector<int> coveringNodes(const KnnGraph &graph, const std::vector<int> &selected) {
    const int n = graph.size();
    std::vector<bool> isSelected(static_cast<std::size_t>(n), false);
    for (int node : selected) {
        isSelected[static_cast<std::size_t>(node)] = true;
    }
    std::vector<int> cover(static_cast<std::size_t>(n), -1);
    for (int node = 0; node < n; ++node) {
        if (isSelected[static_cast<std::size_t>(node)]) {
            cover[static_cast<std::size_t>(node)] = node;
            continue;
        }
        const int *neighbours = graph.neighboursOf(node);
        const float *similarity = graph.similarityOf(node);
        float best = 0.0f;
        for (int j = 0; j < graph.k; ++j) {
            const int other = neighbours[j];
            if (other >= 0 && isSelected[static_cast<std::size_t>(other)] && similarity[j] > best) {
                best = similarity[j];
                cover[static_cast<std::size_t>(node)] = other;
            }
        }
    }
    return cover;
}

} // namespace brainmd
