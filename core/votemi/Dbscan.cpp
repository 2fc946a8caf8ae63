#include "votemi/Dbscan.h"

#include "jobs/Progress.h"
#include "votemi/KdTree.h"

#include <QCoreApplication>

#include <map>

namespace brainmd {
namespace {

constexpr int kUnassigned = -2;
constexpr int kReportEvery = 2048;
// Rows expanded together: those of one subtree of at most this many rows. Measured on
// Colin27: 32–128 are alike, and the expansion about twice as fast as one search per row.
constexpr int kGroupRows = 64;

// Reports progress about every kReportEvery rows; false when cancelled.
class Pacer {
public:
    Pacer(ProgressReporter *progress, int total)
        : m_progress(progress)
        , m_total(std::max(1, total)) {}
    bool at(int done, double begin, double end) {
        if (done < m_next) {
            return true;
        }
        m_next = done + kReportEvery;
        return reportProgress(m_progress, begin + (end - begin) * done / m_total,
                              QCoreApplication::translate("brainmd", "Clustering patches"));
    }
    void restart() { m_next = 0; }

private:
    ProgressReporter *m_progress;
    int m_total;
    int m_next = 0;
};

void pointersTo(const RowMatrix &points, const std::vector<int> &rows,
                std::vector<const float *> &out) {
    out.clear();
    for (int row : rows) {
        out.push_back(points.row(row).data());
    }
}

// Core status first: counting may stop at minPts, which is far cheaper than listing.
// (Counting a group of rows in one walk, like the expansion, measured slower.)
bool findCores(const KdTree &tree, const RowMatrix &points, float radius2, int minPts,
               DbscanResult &result, Pacer &pacer) {
    const int n = static_cast<int>(points.rows());
    for (int i = 0; i < n; ++i) {
        if (!pacer.at(i, 0.0, 0.5)) {
            return false;
        }
        result.core[static_cast<std::size_t>(i)] =
            tree.countWithinRadius(points.row(i).data(), radius2, minPts) >= minPts;
    }
    return true;
}

// Grows cluster `cluster` from core row `start`; false when cancelled.
// Labelled rows are removed from the tree's searches: a row is found at most once, so
// dense clusters cost no more than sparse ones. Which core rows of the growing cluster
// are expanded when does not change the cluster, so the pending ones of one group (rows
// close together) are searched together, groups in tree order.
bool expandCluster(const KdTree &tree, KdTree::Removals &labelled, const RowMatrix &points,
                   float radius2, int start, int cluster, const std::vector<int> &groupOf,
                   DbscanResult &result, Pacer &pacer, int &expanded) {
    std::map<int, std::vector<int>> pending;
    pending[groupOf[static_cast<std::size_t>(start)]].push_back(start);
    std::vector<const float *> queries;
    std::vector<int> neighbours;
    result.labels[static_cast<std::size_t>(start)] = cluster;
    tree.remove(start, labelled);
    while (!pending.empty()) {
        const std::vector<int> rows = std::move(pending.begin()->second);
        pending.erase(pending.begin());
        expanded += static_cast<int>(rows.size());
        if (!pacer.at(expanded, 0.5, 1.0)) {
            return false;
        }
        pointersTo(points, rows, queries);
        tree.takeWithinRadius(queries, radius2, labelled, neighbours);
        for (int n : neighbours) {
            result.labels[static_cast<std::size_t>(n)] = cluster;
            if (result.core[static_cast<std::size_t>(n)]) {
                pending[groupOf[static_cast<std::size_t>(n)]].push_back(n);
            }
        }
    }
    return true;
}

} // namespace

DbscanResult dbscan(const RowMatrix &points, float eps, int minPts, ProgressReporter *progress) {
    const KdTree tree(points);
    return dbscan(tree, points, eps, minPts, progress);
}

DbscanResult dbscan(const KdTree &tree, const RowMatrix &points, float eps, int minPts,
                    ProgressReporter *progress) {
    DbscanResult result;
    const int n = static_cast<int>(points.rows());
    result.labels.assign(static_cast<std::size_t>(n), kUnassigned);
    result.core.assign(static_cast<std::size_t>(n), false);
    const float radius2 = eps * eps;
    Pacer pacer(progress, n);
    if (!findCores(tree, points, radius2, minPts, result, pacer)) {
        result.cancelled = true;
        return result;
    }
    const std::vector<std::vector<int>> groups = tree.rowGroups(kGroupRows);
    std::vector<int> groupOf(static_cast<std::size_t>(n));
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (int row : groups[g]) {
            groupOf[static_cast<std::size_t>(row)] = static_cast<int>(g);
        }
    }
    pacer.restart();
    int expanded = 0;
    KdTree::Removals labelled = tree.makeRemovals();
    for (int i = 0; i < n; ++i) {
        if (!result.core[static_cast<std::size_t>(i)] ||
            result.labels[static_cast<std::size_t>(i)] != kUnassigned) {
            continue;
        }
        if (!expandCluster(tree, labelled, points, radius2, i, result.clusterCount, groupOf, result,
                           pacer, expanded)) {
            result.cancelled = true;
            return result;
        }
        ++result.clusterCount;
    }
    for (auto &label : result.labels) {
        if (label == kUnassigned) {
            label = kNoiseLabel;
        }
    }
    return result;
}

} // namespace brainmd
