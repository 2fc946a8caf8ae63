#include "votemi/KdTree.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <queue>

namespace brainmd {
namespace {

// Bounds are lower estimates computed in float; inflating the comparison keeps rounding
// from pruning a subtree that holds a true neighbour.
constexpr float kSlack = 1.0f + 1e-5f;

struct FartherFirst {
    bool operator()(const Neighbour &a, const Neighbour &b) const {
        return a.distance2 < b.distance2 || (a.distance2 == b.distance2 && a.index < b.index);
    }
};

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

struct KdTree::Search {
    const float *query;
    int k;
    int exclude;
    std::vector<float> scratch;
    std::priority_queue<Neighbour, std::vector<Neighbour>, FartherFirst> heap;

    float worst() const {
        return static_cast<int>(heap.size()) < k ? std::numeric_limits<float>::infinity()
                                                 : heap.top().distance2;
    }
    void offer(int index, float distance2) {
        if (static_cast<int>(heap.size()) < k) {
            heap.push({index, distance2});
        } else if (FartherFirst()({index, distance2}, heap.top())) {
            heap.pop();
            heap.push({index, distance2});
        }
    }
};

KdTree::KdTree(const RowMatrix &points, int leafSize)
    : m_points(points)
    , m_dim(static_cast<int>(points.cols()))
    , m_leafSize(std::max(1, leafSize))
    , m_order(static_cast<std::size_t>(points.rows())) {
    std::iota(m_order.begin(), m_order.end(), 0);
    if (!m_order.empty()) {
        m_nodes.reserve(2 * m_order.size() / static_cast<std::size_t>(m_leafSize) + 1);
        build(0, size());
    }
    packLeaves();
    m_parent.assign(m_nodes.size(), -1);
    m_leafOf.assign(m_order.size(), -1);

    for (std::size_t id = 0; id < m_nodes.size(); ++id) {
        const Node &node = m_nodes[id];
        if (node.splitDim >= 0) {
            m_parent[static_cast<std::size_t>(node.left)] = static_cast<int>(id);
            m_parent[static_cast<std::size_t>(node.right)] = static_cast<int>(id);
            continue;
        }
        for (int i = node.begin; i < node.end; ++i) {
            m_leafOf[static_cast<std::size_t>(m_order[static_cast<std::size_t>(i)])] =
                static_cast<int>(id);
        }
    }
}

void KdTree::packLeaves() {
    m_packed.resize(m_order.size() * static_cast<std::size_t>(m_dim));
    for (const Node &node : m_nodes) {
        if (node.splitDim >= 0) {
            continue;
        }
        const int count = node.end - node.begin;
        m_largestLeaf = std::max(m_largestLeaf, count);
        float *block = m_packed.data() + static_cast<std::ptrdiff_t>(node.begin) * m_dim;
        for (int i = 0; i < count; ++i) {
            const float *source = row(m_order[static_cast<std::size_t>(node.begin + i)]);
            for (int d = 0; d < m_dim; ++d) {
                block[static_cast<std::ptrdiff_t>(d) * count + i] = source[d];
            }
        }
    }
}

void KdTree::leafDistances(const Node &leaf, const float *query, float *out) const {
    const int count = leaf.end - leaf.begin;
    const float *block = m_packed.data() + static_cast<std::ptrdiff_t>(leaf.begin) * m_dim;
    std::fill_n(out, count, 0.0f);
    for (int d = 0; d < m_dim; ++d) {
        const float q = query[d];
        const float *column = block + static_cast<std::ptrdiff_t>(d) * count;
        for (int i = 0; i < count; ++i) {
            const float diff = q - column[i];
            out[i] += diff * diff;
        }
    }
}

int KdTree::build(int begin, int end) {
    const int id = static_cast<int>(m_nodes.size());
    m_nodes.push_back(Node{begin, end, -1, 0.0f, -1, -1});
    if (end - begin <= m_leafSize) {
        return id;
    }
    int splitDim = 0;
    float widest = -1.0f;
    for (int d = 0; d < m_dim; ++d) {
        float lo = std::numeric_limits<float>::infinity();
        float hi = -lo;
        for (int i = begin; i < end; ++i) {
            const float v = row(m_order[static_cast<std::size_t>(i)])[d];
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        if (hi - lo > widest) {
            widest = hi - lo;
            splitDim = d;
        }
    }
    if (widest <= 0.0f) {
        return id; // a leaf; when all points are equal, however large
    }
    const int mid = begin + (end - begin) / 2;
    auto byCoordinate = [this, splitDim](int a, int b) {
        const float va = row(a)[splitDim];
        const float vb = row(b)[splitDim];
        return va < vb || (va == vb && a < b);
    };
    std::nth_element(m_order.begin() + begin, m_order.begin() + mid, m_order.begin() + end,
                     byCoordinate);
    const float splitValue = row(m_order[static_cast<std::size_t>(mid)])[splitDim];
    const int left = build(begin, mid);
    const int right = build(mid, end);
    Node &node = m_nodes[static_cast<std::size_t>(id)];
    node.splitDim = splitDim;
    node.splitValue = splitValue;
    node.left = left;
    node.right = right;
    return id;
}

// Bounds follow Arya & Mount: `offsets` holds, per dimension, the query's distance to
// the current cell along that dimension, and `bound` their summed squares.
void KdTree::searchNearest(int nodeId, Search &search, std::vector<float> &offsets,
                           float bound) const {
    const Node &node = m_nodes[static_cast<std::size_t>(nodeId)];
    if (node.splitDim < 0) {
        scanLeaf(node, search);
        return;
    }
    const auto dim = static_cast<std::size_t>(node.splitDim);
    const float diff = search.query[dim] - node.splitValue;
    searchNearest(diff < 0.0f ? node.left : node.right, search, offsets, bound);
    const float saved = offsets[dim];
    const float farBound = bound - saved * saved + diff * diff;
    if (farBound <= search.worst() * kSlack) {
        offsets[dim] = diff;
        searchNearest(diff < 0.0f ? node.right : node.left, search, offsets, farBound);
        offsets[dim] = saved;
    }
}

void KdTree::scanLeaf(const Node &leaf, Search &search) const {
    float *distances = search.scratch.data();
    leafDistances(leaf, search.query, distances);
    for (int i = leaf.begin; i < leaf.end; ++i) {
        const int index = m_order[static_cast<std::size_t>(i)];
        if (index != search.exclude) {
            search.offer(index, distances[i - leaf.begin]);
        }
    }
}

void KdTree::searchBestBinFirst(Search &search, int maxLeaves) const {
    // A pending subtree: its lower bound and where its offsets are kept in `pool`.
    struct Branch {
        float bound;
        int node;
        std::size_t offsetsAt;
    };
    auto later = [](const Branch &a, const Branch &b) {
        return a.bound > b.bound || (a.bound == b.bound && a.node > b.node);
    };
    const auto dim = static_cast<std::size_t>(m_dim);
    // Reused between queries of a thread: allocation showed in the profile.
    thread_local std::vector<float> pool;
    thread_local std::vector<Branch> heap;
    thread_local std::vector<float> offsets;
    pool.assign(dim, 0.0f);
    heap.assign(1, Branch{0.0f, 0, 0});
    offsets.resize(dim);
    int leaves = 0;
    while (!heap.empty() && leaves < maxLeaves) {
        std::pop_heap(heap.begin(), heap.end(), later);
        const Branch branch = heap.back();
        heap.pop_back();
        if (branch.bound > search.worst() * kSlack) {
            break; // everything left is farther: the answer is exact
        }
        std::copy_n(pool.begin() + static_cast<std::ptrdiff_t>(branch.offsetsAt), dim,
                    offsets.begin());
        int nodeId = branch.node;
        while (m_nodes[static_cast<std::size_t>(nodeId)].splitDim >= 0) {
            const Node &node = m_nodes[static_cast<std::size_t>(nodeId)];
            const auto d = static_cast<std::size_t>(node.splitDim);
            const float diff = search.query[d] - node.splitValue;
            const float farBound = branch.bound - offsets[d] * offsets[d] + diff * diff;
            if (farBound <= search.worst() * kSlack) {
                const std::size_t at = pool.size();
                pool.insert(pool.end(), offsets.begin(), offsets.end());
                pool[at + d] = diff;
                heap.push_back({farBound, diff < 0.0f ? node.right : node.left, at});
                std::push_heap(heap.begin(), heap.end(), later);
            }
            nodeId = diff < 0.0f ? node.left : node.right;
        }
        scanLeaf(m_nodes[static_cast<std::size_t>(nodeId)], search);
        ++leaves;
    }
}

void KdTree::nearest(const float *query, int k, int exclude, std::vector<Neighbour> &out,
                     int maxLeaves) const {
    out.clear();
    if (k <= 0 || m_nodes.empty()) {
        return;
    }
    Search search{
        query, k, exclude, std::vector<float>(static_cast<std::size_t>(m_largestLeaf)), {}};
    if (maxLeaves > 0) {
        searchBestBinFirst(search, maxLeaves);
    } else {
        std::vector<float> offsets(static_cast<std::size_t>(m_dim), 0.0f);
        searchNearest(0, search, offsets, 0.0f);
    }
    out.resize(search.heap.size());
    for (std::size_t i = out.size(); i > 0; --i) {
        out[i - 1] = search.heap.top();
        search.heap.pop();
    }
}

template <typename Visit>
bool KdTree::searchRadius(int nodeId, const float *query, float radius2, RadiusState &state,
                          float bound, Visit &visit, const Removals *removals) const {
    if (removals != nullptr &&
        (removals->remaining[static_cast<std::size_t>(nodeId)] == 0 ||
         remainingBoxDistance(nodeId, query, *removals) > radius2 * kSlack)) {
        return true;
    }
    const Node &node = m_nodes[static_cast<std::size_t>(nodeId)];
    if (node.splitDim < 0) {
        float *distances = state.scratch.data();
        leafDistances(node, query, distances);
        for (int i = node.begin; i < node.end; ++i) {
            const int index = m_order[static_cast<std::size_t>(i)];
            if (removals != nullptr && removals->removed[static_cast<std::size_t>(index)]) {
                continue;
            }
            if (distances[i - node.begin] <= radius2 && !visit(index)) {
                return false;
            }
        }
        return true;
    }
    const auto dim = static_cast<std::size_t>(node.splitDim);
    const float diff = query[dim] - node.splitValue;
    if (!searchRadius(diff < 0.0f ? node.left : node.right, query, radius2, state, bound, visit,
                      removals)) {
        return false;
    }
    const float saved = state.offsets[dim];
    const float farBound = bound - saved * saved + diff * diff;
    if (farBound > radius2 * kSlack) {
        return true;
    }
    state.offsets[dim] = diff;
    const bool goOn = searchRadius(diff < 0.0f ? node.right : node.left, query, radius2, state,
                                   farBound, visit, removals);
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

void KdTree::takeWithinRadius(const float *query, float radius2, Removals &removals,
                              std::vector<int> &out) const {
    out.clear();
    if (m_nodes.empty()) {
        return;
    }
    RadiusState &state = radiusState();
    auto collect = [&out](int index) {
        out.push_back(index);
        return true;
    };
    searchRadius(0, query, radius2, state, 0.0f, collect, &removals);
    // Removed only after the search, so the node counts stay valid while it runs.
    for (int index : out) {
        remove(index, removals);
    }
    std::sort(out.begin(), out.end());
}

} // namespace brainmd
