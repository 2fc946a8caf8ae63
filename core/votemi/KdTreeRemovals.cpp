// KdTree's radius searches: single queries pruned by split-plane bounds, and the ones
// that use node boxes: removal bookkeeping (Removals: counts and bounding boxes of the
// rows that are still searchable, so that searches skip emptied or far subtrees) and
// batched takes, which walk the tree once for a group of nearby queries and prune by the
// distance between the queries' box and a node's box.
#include "votemi/KdTree.h"

#include <algorithm>
#include <limits>

namespace brainmd {
namespace {

// As in KdTree.cpp: bounds are lower estimates in float, inflated against rounding.
constexpr float kSlack = 1.0f + 1e-5f;

// Squared distance between two boxes (lower then upper corner each); 0 where they overlap.
float boxGap2(const float *a, const float *b, std::size_t dim) {
    float sum = 0.0f;
    for (std::size_t d = 0; d < dim; ++d) {
        const float gap = std::max({0.0f, a[d] - b[dim + d], b[d] - a[dim + d]});
        sum += gap * gap;
    }
    return sum;
}

// Squared distance from a point to a box.
float pointGap2(const float *point, const float *box, std::size_t dim) {
    float sum = 0.0f;
    for (std::size_t d = 0; d < dim; ++d) {
        const float gap = std::max({0.0f, box[d] - point[d], point[d] - box[dim + d]});
        sum += gap * gap;
    }
    return sum;
}

// The bounding box of points: lower then upper corner.
std::vector<float> boundingBox(const std::vector<const float *> &points, std::size_t dim) {
    std::vector<float> box(2 * dim, std::numeric_limits<float>::infinity());
    std::fill_n(box.begin() + static_cast<std::ptrdiff_t>(dim), dim,
                -std::numeric_limits<float>::infinity());
    for (const float *p : points) {
        for (std::size_t d = 0; d < dim; ++d) {
            box[d] = std::min(box[d], p[d]);
            box[dim + d] = std::max(box[dim + d], p[d]);
        }
    }
    return box;
}

} // namespace

struct KdTree::RadiusState {
    std::vector<float> offsets;
    std::vector<float> scratch;
};

// One per thread, reused by every radius search: allocation showed in the profile.
KdTree::RadiusState &KdTree::radiusState() const {
    thread_local RadiusState state;
    state.offsets.assign(static_cast<std::size_t>(m_dim), 0.0f);
    state.scratch.resize(static_cast<std::size_t>(m_largestLeaf));
    return state;
}

struct KdTree::GroupSearch {
    float limit;            ///< radius² inflated by kSlack
    std::vector<float> box; ///< of the queries: lower then upper corner
};

void KdTree::fitBox(int nodeId, const std::vector<bool> *removed, std::vector<float> &boxes) const {
    const auto dim = static_cast<std::size_t>(m_dim);
    float *lo = boxes.data() + static_cast<std::size_t>(nodeId) * 2 * dim;
    float *hi = lo + dim;
    std::fill_n(lo, dim, std::numeric_limits<float>::infinity());
    std::fill_n(hi, dim, -std::numeric_limits<float>::infinity());
    const Node &node = m_nodes[static_cast<std::size_t>(nodeId)];
    if (node.splitDim >= 0) {
        for (int child : {node.left, node.right}) {
            const float *childLo = boxes.data() + static_cast<std::size_t>(child) * 2 * dim;
            const float *childHi = childLo + dim;
            for (std::size_t d = 0; d < dim; ++d) {
                lo[d] = std::min(lo[d], childLo[d]);
                hi[d] = std::max(hi[d], childHi[d]);
            }
        }
        return;
    }
    const auto count = static_cast<std::size_t>(node.end - node.begin);
    const auto stride = static_cast<std::size_t>(paddedRows(node.end - node.begin));
    const float *block = m_packed.data() + node.packedAt;
    for (std::size_t i = 0; i < count; ++i) {
        const auto row = static_cast<std::size_t>(m_order[node.begin + i]);
        if (removed != nullptr && (*removed)[row]) {
            continue;
        }
        for (std::size_t d = 0; d < dim; ++d) {
            lo[d] = std::min(lo[d], block[d * stride + i]);
            hi[d] = std::max(hi[d], block[d * stride + i]);
        }
    }
}

const float *KdTree::boxOf(int nodeId, const Removals &removals) const {
    return removals.boxes.data() +
           static_cast<std::size_t>(nodeId) * 2 * static_cast<std::size_t>(m_dim);
}

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
        fitBox(static_cast<int>(id - 1), nullptr, removals.boxes);
    }
    return removals;
}

void KdTree::remove(int index, Removals &removals) const {
    if (removals.removed[static_cast<std::size_t>(index)]) {
        return;
    }
    removals.removed[static_cast<std::size_t>(index)] = true;
    settleRemovals({index}, removals);
}

void KdTree::settleRemovals(const std::vector<int> &rows, Removals &removals) const {
    // Each changed node is refitted once, children before parents (they have larger ids).
    thread_local std::vector<int> changed;
    changed.clear();
    for (int index : rows) {
        for (int node = m_leafOf[static_cast<std::size_t>(index)]; node >= 0;
             node = m_parent[static_cast<std::size_t>(node)]) {
            --removals.remaining[static_cast<std::size_t>(node)];
            changed.push_back(node);
        }
    }
    std::sort(changed.begin(), changed.end(), std::greater<>());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    for (int node : changed) {
        fitBox(node, &removals.removed, removals.boxes);
    }
}

std::vector<std::vector<int>> KdTree::rowGroups(int maxRows) const {
    std::vector<std::vector<int>> groups;
    std::vector<int> stack;
    if (!m_nodes.empty()) {
        stack.push_back(0);
    }
    while (!stack.empty()) {
        const Node &node = m_nodes[static_cast<std::size_t>(stack.back())];
        stack.pop_back();
        if (node.splitDim >= 0 && node.end - node.begin > maxRows) {
            stack.push_back(node.right);
            stack.push_back(node.left);
            continue;
        }
        groups.emplace_back(m_order.begin() + node.begin, m_order.begin() + node.end);
    }
    return groups;
}

// Visits the leaves whose remaining rows may lie within the radius of some query.
template <typename AtLeaf>
void KdTree::searchGroup(int nodeId, const GroupSearch &group, const Removals &removals,
                         AtLeaf &atLeaf) const {
    if (removals.remaining[static_cast<std::size_t>(nodeId)] == 0 ||
        boxGap2(group.box.data(), boxOf(nodeId, removals), static_cast<std::size_t>(m_dim)) >
            group.limit) {
        return;
    }
    const Node &node = m_nodes[static_cast<std::size_t>(nodeId)];
    if (node.splitDim < 0) {
        atLeaf(node, nodeId);
        return;
    }
    searchGroup(node.left, group, removals, atLeaf);
    searchGroup(node.right, group, removals, atLeaf);
}

void KdTree::takeWithinRadius(const float *query, float radius2, Removals &removals,
                              std::vector<int> &out) const {
    takeWithinRadius(std::vector<const float *>{query}, radius2, removals, out);
}

void KdTree::takeWithinRadius(const std::vector<const float *> &queries, float radius2,
                              Removals &removals, std::vector<int> &out) const {
    out.clear();
    if (m_nodes.empty() || queries.empty() || removals.remaining[0] == 0) {
        return;
    }
    const auto dim = static_cast<std::size_t>(m_dim);
    thread_local std::vector<float> scratch;
    scratch.resize(static_cast<std::size_t>(m_largestLeaf));
    const GroupSearch group{radius2 * kSlack, boundingBox(queries, dim)};
    // Found rows are flagged at once, so that no other query reports them again; the
    // counts and boxes follow after the walk (stale ones only prune less meanwhile).
    auto collect = [&](const Node &leaf, int leafId) {
        for (const float *q : queries) {
            if (pointGap2(q, boxOf(leafId, removals), dim) > group.limit) {
                continue;
            }
            leafDistances(leaf, q, scratch.data());
            for (int i = leaf.begin; i < leaf.end; ++i) {
                const auto index = static_cast<std::size_t>(m_order[static_cast<std::size_t>(i)]);
                if (!removals.removed[index] &&
                    scratch[static_cast<std::size_t>(i - leaf.begin)] <= radius2) {
                    removals.removed[index] = true;
                    out.push_back(static_cast<int>(index));
                }
            }
        }
    };
    searchGroup(0, group, removals, collect);
    settleRemovals(out, removals);
    std::sort(out.begin(), out.end());
}

template <typename Visit>
bool KdTree::searchRadius(int nodeId, const float *query, float radius2, RadiusState &state,
                          float bound, Visit &visit) const {
    const Node &node = m_nodes[static_cast<std::size_t>(nodeId)];
    if (node.splitDim < 0) {
        float *distances = state.scratch.data();
        leafDistances(node, query, distances);
        for (int i = node.begin; i < node.end; ++i) {
            if (distances[i - node.begin] <= radius2 &&
                !visit(m_order[static_cast<std::size_t>(i)])) {
                return false;
            }
        }
        return true;
    }
    const auto dim = static_cast<std::size_t>(node.splitDim);
    const float diff = query[dim] - node.splitValue;
    if (!searchRadius(diff < 0.0f ? node.left : node.right, query, radius2, state, bound, visit)) {
        return false;
    }
    const float saved = state.offsets[dim];
    const float farBound = bound - saved * saved + diff * diff;
    if (farBound > radius2 * kSlack) {
        return true;
    }
    state.offsets[dim] = diff;
    const bool goOn =
        searchRadius(diff < 0.0f ? node.right : node.left, query, radius2, state, farBound, visit);
    state.offsets[dim] = saved;
    return goOn;
}

void KdTree::withinRadius(const float *query, float radius2, std::vector<int> &out) const {
    out.clear();
    if (m_nodes.empty()) {
        return;
    }
    RadiusState &state = radiusState();
    auto collect = [&out](int index) {
        out.push_back(index);
        return true;
    };
    searchRadius(0, query, radius2, state, 0.0f, collect);
    std::sort(out.begin(), out.end());
}

int KdTree::countWithinRadius(const float *query, float radius2, int limit) const {
    if (m_nodes.empty() || limit <= 0) {
        return 0;
    }
    int count = 0;
    RadiusState &state = radiusState();
    auto tally = [&count, limit](int) {
        return ++count < limit;
    };
    searchRadius(0, query, radius2, state, 0.0f, tally);
    return count;
}

} // namespace brainmd
