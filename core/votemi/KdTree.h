#pragma once

#include "votemi/VoteMiTypes.h"

#include <cstddef>
#include <vector>

namespace brainmd {

/// Squared Euclidean distance of two `dim`-vectors, accumulated in float in index order.
/// Every exact distance in this module goes through it, so tree and brute-force
/// searches compare the very same numbers.
inline float squaredDistance(const float *a, const float *b, int dim) {
    float sum = 0.0f;
    for (int d = 0; d < dim; ++d) {
        const float diff = a[d] - b[d];
        sum += diff * diff;
    }
    return sum;
}

/// A neighbour found by KdTree: row index and squared distance.
struct Neighbour {
    int index = -1;
    float distance2 = 0.0f;
};

/// An exact k-d tree over the rows of a row-major matrix (written here: nanoflann is in
/// Debian 12 but not among our dependencies, and this is all we need). Splits on the
/// dimension of largest spread at the median; buckets of up to `leafSize` rows; subtree
/// bounds from the split planes (Arya & Mount; measured faster here than per-node
/// bounding boxes for single queries), bounding boxes of remaining rows for takes.
/// Pruning is conservative (bounds are inflated by a relative 1e-5), so results equal a
/// brute-force scan that compares squaredDistance: k nearest ordered by (distance, index),
/// radius sets ordered by index. The matrix is copied leaf by leaf; queries are const and
/// thread-safe.
class KdTree {
public:
    explicit KdTree(const RowMatrix &points, int leafSize = 16);

    int size() const { return static_cast<int>(m_order.size()); }
    int dimension() const { return m_dim; }
    /// The `k` rows nearest to `query` other than row `exclude` (−1: exclude none).
    /// With `maxLeaves` > 0 the search is approximate: leaves are visited best-bin-first
    /// (nearest region first) and the search stops after `maxLeaves` leaves, or earlier
    /// when the answer is proven exact. Deterministic either way.
    void nearest(const float *query, int k, int exclude, std::vector<Neighbour> &out,
                 int maxLeaves = 0) const;
    /// All rows with squared distance ≤ `radius2`, sorted by index.
    void withinRadius(const float *query, float radius2, std::vector<int> &out) const;
    /// How many rows lie within `radius2`, counting no further than `limit`.
    int countWithinRadius(const float *query, float radius2, int limit) const;
    /// The rows in tree order, cut into groups of neighbouring rows for batched queries:
    /// each group is the rows of the largest subtree holding at most `maxRows` rows.
    std::vector<std::vector<int>> rowGroups(int maxRows) const;

    /// Rows taken out of later searches, for algorithms that want each row found once
    /// (DBSCAN's expansion): per-node counts and bounding boxes of the remaining rows let
    /// a search skip emptied subtrees and those whose remaining rows are all far away.
    /// One instance per consumer; the tree itself stays unchanged.
    struct Removals {
        std::vector<int> remaining; ///< per node
        std::vector<bool> removed;  ///< per row
        std::vector<float> boxes;   ///< per node: lower then upper corner of remaining rows
    };
    Removals makeRemovals() const;
    void remove(int index, Removals &removals) const;
    /// The remaining rows within `radius2`, sorted by index; they are removed.
    void takeWithinRadius(const float *query, float radius2, Removals &removals,
                          std::vector<int> &out) const;
    /// The remaining rows within `radius2` of any of `queries` (pointers to dimension()
    /// floats), sorted by index; they are removed. One walk of the tree serves all.
    void takeWithinRadius(const std::vector<const float *> &queries, float radius2,
                          Removals &removals, std::vector<int> &out) const;

private:
    struct Node {
        int begin = 0;
        int end = 0;
        int splitDim = -1; ///< −1 for a leaf
        float splitValue = 0.0f;
        int left = -1;
        int right = -1;
        std::ptrdiff_t packedAt = 0; ///< a leaf's block in m_packed
    };
    struct Search;
    struct RadiusState;
    struct GroupSearch;

    int build(int begin, int end);
    void packLeaves();
    static int paddedRows(int count);
    const float *row(int index) const {
        return m_points.data() + static_cast<std::ptrdiff_t>(index) * m_dim;
    }
    /// squaredDistance from `query` to every row of a leaf, into `out` (leaf order; the
    /// padding rows up to paddedRows() get meaningless values).
    void leafDistances(const Node &leaf, const float *query, float *out) const;
    RadiusState &radiusState() const;
    void searchNearest(int node, Search &search, std::vector<float> &offsets, float bound) const;
    void searchBestBinFirst(Search &search, int maxLeaves) const;
    void scanLeaf(const Node &leaf, Search &search) const;
    template <typename Visit>
    bool searchRadius(int node, const float *query, float radius2, RadiusState &state, float bound,
                      Visit &visit) const;

    /// Sets a node's box in `boxes` to the bounding box of its rows other than `removed`
    /// ones (null: all rows); an inner node's from its children's boxes there.
    void fitBox(int node, const std::vector<bool> *removed, std::vector<float> &boxes) const;
    const float *boxOf(int node, const Removals &removals) const;
    template <typename AtLeaf>
    void searchGroup(int node, const GroupSearch &group, const Removals &removals,
                     AtLeaf &atLeaf) const;
    /// After rows were flagged removed: their nodes' counts and boxes.
    void settleRemovals(const std::vector<int> &rows, Removals &removals) const;

    const RowMatrix &m_points; ///< only while building
    int m_dim;
    int m_leafSize;
    std::vector<int> m_order; ///< row index at each tree position
    /// Each leaf's rows copied dimension-major (all first coordinates, then all second …),
    /// so a leaf's distances vectorise across rows while each row still sums in
    /// dimension order, as squaredDistance does; padded to a multiple of 4 rows.
    std::vector<float> m_packed;
    int m_largestLeaf = 0; ///< padded
    std::vector<Node> m_nodes;
    std::vector<int> m_parent; ///< per node, −1 for the root
    std::vector<int> m_leafOf; ///< per row
};

} // namespace brainmd
