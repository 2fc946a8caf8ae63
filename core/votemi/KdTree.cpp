#include "votemi/KdTree.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <numeric>

namespace brainmd {
namespace {

// Bounds are lower estimates computed in float; inflating the comparison keeps rounding
// from pruning a subtree that holds a true neighbour.
constexpr float kSlack = 1.0f + 1e-5f;

// Maps (bound, node) to an integer in the same order as comparing bound, then node: the
// float's bits made order-preserving (negatives flipped whole, others their sign bit),
// then the node. Exact for every bound that arises: never NaN (a NaN bound is never
// pushed) and never −0 (sums of squares and their differences round to +0).
std::uint64_t orderKey(float bound, int node) {
    std::uint32_t bits = 0;
    std::memcpy(&bits, &bound, sizeof bits);
    bits = (bits & 0x80000000u) != 0 ? ~bits : bits | 0x80000000u;
    return (static_cast<std::uint64_t>(bits) << 32) | static_cast<std::uint32_t>(node);
}

float boundOf(std::uint64_t key) {
    auto bits = static_cast<std::uint32_t>(key >> 32);
    bits = (bits & 0x80000000u) != 0 ? bits & 0x7fffffffu : ~bits;
    float bound = 0.0f;
    std::memcpy(&bound, &bits, sizeof bound);
    return bound;
}

// A subtree pending in a best-bin-first search: its key (lower bound, node), and how its
// offsets differ from those of the branch it was found from (`from`, a slot of offsets):
// in `dim`, where they are `diff` (copying all offsets per push showed in the profile).
struct Branch {
    std::uint64_t key = 0;
    int from = 0;
    int dim = 0;
    float diff = 0.0f;
};

// The pending branches, unordered: the least is found by a plain scan, a few dozen
// branch-free compares that beat a heap's mispredicted ones here; any exact minimum
// gives the same order.
class BranchQueue {
public:
    void reset(const Branch &root) { m_items.assign(1, root); }
    void push(const Branch &branch) { m_items.push_back(branch); }
    /// Takes the least branch if its key is ≤ `limitKey`, dropping every branch above
    /// it (the limit only shrinks, so they could never be taken); false when none is.
    bool takeLeast(std::uint64_t limitKey, Branch &out) {
        std::size_t kept = 0;
        std::size_t least = 0;
        std::uint64_t leastKey = limitKey;
        for (std::size_t b = 0; b < m_items.size(); ++b) {
            const Branch candidate = m_items[b];
            m_items[kept] = candidate;
            const bool better = candidate.key <= leastKey;
            least = better ? kept : least;
            leastKey = better ? candidate.key : leastKey;
            kept += candidate.key <= limitKey ? 1 : 0;
        }
        m_items.resize(kept);
        if (kept == 0) {
            return false;
        }
        out = m_items[least];
        m_items[least] = m_items.back();
        m_items.pop_back();
        return true;
    }

private:
    std::vector<Branch> m_items;
};

struct FartherFirst {
    bool operator()(const Neighbour &a, const Neighbour &b) const {
        return a.distance2 < b.distance2 || (a.distance2 == b.distance2 && a.index < b.index);
    }
};

} // namespace

struct KdTree::Search {
    const float *query;
    int k;
    int exclude;
    std::vector<float> &scratch;
    std::vector<Neighbour> &heap; ///< a max-heap under FartherFirst

    float worst() const {
        return static_cast<int>(heap.size()) < k ? std::numeric_limits<float>::infinity()
                                                 : heap.front().distance2;
    }
    void offer(int index, float distance2) {
        if (static_cast<int>(heap.size()) < k) {
            heap.push_back({index, distance2});
            std::push_heap(heap.begin(), heap.end(), FartherFirst());
        } else if (FartherFirst()({index, distance2}, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), FartherFirst());
            heap.back() = {index, distance2};
            std::push_heap(heap.begin(), heap.end(), FartherFirst());
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

int KdTree::paddedRows(int count) {
    return (count + 3) / 4 * 4;
}

void KdTree::packLeaves() {
    std::size_t total = 0;
    for (Node &node : m_nodes) {
        if (node.splitDim < 0) {
            node.packedAt = static_cast<std::ptrdiff_t>(total);
            total += static_cast<std::size_t>(paddedRows(node.end - node.begin) * m_dim);
        }
    }
    m_packed.assign(total, 0.0f);
    for (const Node &node : m_nodes) {
        if (node.splitDim >= 0) {
            continue;
        }
        const int count = node.end - node.begin;
        const int stride = paddedRows(count);
        m_largestLeaf = std::max(m_largestLeaf, stride);
        float *block = m_packed.data() + node.packedAt;
        for (int i = 0; i < count; ++i) {
            const float *source = row(m_order[static_cast<std::size_t>(node.begin + i)]);
            for (int d = 0; d < m_dim; ++d) {
                block[static_cast<std::ptrdiff_t>(d) * stride + i] = source[d];
            }
        }
    }
}

namespace {

// Rows in blocks of 8, then 4 (leaves are padded to a multiple of 4 rows): fixed-width
// loops that vectorise, while each row still sums its squares in dimension order, exactly
// as squaredDistance. No FMA in either clone, so no contraction changes a result.
// GCC vector types: one operation on 4 or 8 rows at a time, whatever the dimension.
template <int Width> using Lanes __attribute__((vector_size(Width * sizeof(float)))) = float;

template <int Width>
void blockDistances(const float *block, std::ptrdiff_t stride, int dim, const float *query,
                    float *out) {
    Lanes<Width> sum = {};
    for (int d = 0; d < dim; ++d) {
        Lanes<Width> column;
        std::memcpy(&column, block + d * stride, sizeof column);
        const Lanes<Width> diff = query[d] - column;
        sum += diff * diff;
    }
    std::memcpy(out, &sum, sizeof sum);
}

__attribute__((target_clones("avx2", "default"))) void
paddedDistances(const float *block, int stride, int dim, const float *query, float *out) {
    int i = 0;
    for (; i + 8 <= stride; i += 8) {
        blockDistances<8>(block + i, stride, dim, query, out + i);
    }
    if (i < stride) {
        blockDistances<4>(block + i, stride, dim, query, out + i);
    }
}

} // namespace

void KdTree::leafDistances(const Node &leaf, const float *query, float *out) const {
    paddedDistances(m_packed.data() + leaf.packedAt, paddedRows(leaf.end - leaf.begin), m_dim,
                    query, out);
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
    // Rows beyond the current k-th distance cannot enter (ties are settled by offer).
    float worst = search.worst();
    for (int i = 0; i < leaf.end - leaf.begin; ++i) {
        if (distances[i] > worst) {
            continue;
        }
        const int index = m_order[static_cast<std::size_t>(leaf.begin + i)];
        if (index != search.exclude) {
            search.offer(index, distances[i]);
            worst = search.worst();
        }
    }
}

void KdTree::searchBestBinFirst(Search &search, int maxLeaves) const {
    const auto dim = static_cast<std::size_t>(m_dim);
    // Reused between queries of a thread: allocation showed in the profile. The offsets
    // of each branch taken fill one slot of `pool`.
    thread_local std::vector<float> pool;
    thread_local BranchQueue queue;
    pool.assign(dim, 0.0f);
    queue.reset(Branch{orderKey(0.0f, 0), 0, 0, 0.0f});
    Branch branch;
    for (int leaves = 0; leaves < maxLeaves; ++leaves) {
        const float limit = search.worst() * kSlack;
        // A NaN limit (NaN data) prunes nothing, as a failing comparison would not.
        const std::uint64_t limitKey =
            std::isnan(limit) ? std::numeric_limits<std::uint64_t>::max() : orderKey(limit, -1);
        if (!queue.takeLeast(limitKey, branch)) {
            break; // everything left is farther: the answer is exact
        }
        const float bound = boundOf(branch.key);
        const std::size_t slot = pool.size();
        pool.resize(slot + dim);
        std::copy_n(pool.begin() + static_cast<std::ptrdiff_t>(branch.from), dim,
                    pool.begin() + static_cast<std::ptrdiff_t>(slot));
        pool[slot + static_cast<std::size_t>(branch.dim)] = branch.diff;
        const float *offsets = pool.data() + slot;
        auto nodeId = static_cast<int>(branch.key & 0xffffffffu);
        while (m_nodes[static_cast<std::size_t>(nodeId)].splitDim >= 0) {
            const Node &node = m_nodes[static_cast<std::size_t>(nodeId)];
            const int d = node.splitDim;
            const float diff = search.query[d] - node.splitValue;
            const float farBound = bound - offsets[d] * offsets[d] + diff * diff;
            const bool leftNear = diff < 0.0f;
            if (farBound <= limit) {
                queue.push({orderKey(farBound, leftNear ? node.right : node.left),
                            static_cast<int>(slot), d, diff});
            }
            nodeId = leftNear ? node.left : node.right;
        }
        scanLeaf(m_nodes[static_cast<std::size_t>(nodeId)], search);
    }
}

void KdTree::nearest(const float *query, int k, int exclude, std::vector<Neighbour> &out,
                     int maxLeaves) const {
    out.clear();
    if (k <= 0 || m_nodes.empty()) {
        return;
    }
    thread_local std::vector<float> scratch;
    scratch.resize(static_cast<std::size_t>(m_largestLeaf));
    Search search{query, k, exclude, scratch, out};
    if (maxLeaves > 0) {
        searchBestBinFirst(search, maxLeaves);
    } else {
        std::vector<float> offsets(static_cast<std::size_t>(m_dim), 0.0f);
        searchNearest(0, search, offsets, 0.0f);
    }
    std::sort_heap(out.begin(), out.end(), FartherFirst());
}

} // namespace brainmd
