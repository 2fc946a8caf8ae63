// KdTree's removal bookkeeping (Removals): counts and bounding boxes of the rows that
// are still searchable, kept per node so that searches skip emptied or far subtrees.
#include "votemi/KdTree.h"

#include <algorithm>
#include <limits>

namespace brainmd {

KdTree::Removals KdTree::makeRemovals() const {
    Removals removals;
    removals.remaining.resize(m_nodes.size());
    for (std::size_t id = 0; id < m_nodes.size(); ++id) {
        removals.remaining[id] = m_nodes[id].end - m_nodes[id].begin;
    }
    removals.removed.assign(m_order.size(), false);
    removals.boxes.resize(m_nodes.size() * 2 * static_cast<std::size_t>(m_dim));
    // Children come after their parent in m_nodes, so a backward pass is bottom-up.
    for (std::size_t id = m_nodes.size(); id > 0; --id) {
        refreshBox(static_cast<int>(id - 1), removals);
    }
    return removals;
}

void KdTree::refreshBox(int nodeId, Removals &removals) const {
    const auto dim = static_cast<std::size_t>(m_dim);
    float *lo = removals.boxes.data() + static_cast<std::size_t>(nodeId) * 2 * dim;
    float *hi = lo + dim;
    std::fill_n(lo, dim, std::numeric_limits<float>::infinity());
    std::fill_n(hi, dim, -std::numeric_limits<float>::infinity());
    const Node &node = m_nodes[static_cast<std::size_t>(nodeId)];
    if (node.splitDim >= 0) {
        for (int child : {node.left, node.right}) {
            const float *childLo =
                removals.boxes.data() + static_cast<std::size_t>(child) * 2 * dim;
            const float *childHi = childLo + dim;
            for (std::size_t d = 0; d < dim; ++d) {
                lo[d] = std::min(lo[d], childLo[d]);
                hi[d] = std::max(hi[d], childHi[d]);
            }
        }
        return;
    }
    const auto count = static_cast<std::size_t>(node.end - node.begin);
    const float *block = m_packed.data() + static_cast<std::size_t>(node.begin) * dim;
    for (std::size_t i = 0; i < count; ++i) {
        const auto row = static_cast<std::size_t>(m_order[node.begin + i]);
        if (removals.removed[row]) {
            continue;
        }
        for (std::size_t d = 0; d < dim; ++d) {
            lo[d] = std::min(lo[d], block[d * count + i]);
            hi[d] = std::max(hi[d], block[d * count + i]);
        }
    }
}

float KdTree::remainingBoxDistance(int nodeId, const float *query, const Removals &removals) const {
    const auto dim = static_cast<std::size_t>(m_dim);
    const float *lo = removals.boxes.data() + static_cast<std::size_t>(nodeId) * 2 * dim;
    const float *hi = lo + dim;
    float sum = 0.0f;
    for (std::size_t d = 0; d < dim; ++d) {
        const float gap = std::max({0.0f, lo[d] - query[d], query[d] - hi[d]});
        sum += gap * gap;
    }
    return sum;
}

void KdTree::remove(int index, Removals &removals) const {
    if (removals.removed[static_cast<std::size_t>(index)]) {
        return;
    }
    removals.removed[static_cast<std::size_t>(index)] = true;
    for (int node = m_leafOf[static_cast<std::size_t>(index)]; node >= 0;
         node = m_parent[static_cast<std::size_t>(node)]) {
        --removals.remaining[static_cast<std::size_t>(node)];
        refreshBox(node, removals);
    }
}

} // namespace brainmd
