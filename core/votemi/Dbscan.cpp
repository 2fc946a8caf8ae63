#include "votemi/Dbscan.h"

#include "jobs/Progress.h"
#include "votemi/KdTree.h"

#include <QCoreApplication>

#include <functional>
#include <queue>

namespace brainmd {
namespace {

constexpr int kUnassigned = -2;
constexpr int kReportEvery = 2048;

bool keepGoing(ProgressReporter *progress, int done, int total, double begin, double end) {
    if (done % kReportEvery != 0) {
        return true;
    }
    const double fraction = begin + (end - begin) * done / std::max(1, total);
    return reportProgress(progress, fraction,
                          QCoreApplication::translate("brainmd", "Clustering patches"));
}

// Grows cluster `cluster` from core row `start`; false when cancelled.
// Labelled rows are removed from the tree's searches: a row is found at most once, so
// dense clusters cost no more than sparse ones. Which core row of the growing cluster is
// expanded next does not change the cluster, so the lowest index goes first: patches
// with near indices are neighbours in the volume, and expanding them together keeps the
// searched region compact (about 30 % faster than breadth-first order on Colin27).
bool expandCluster(const KdTree &tree, KdTree::Removals &labelled, const RowMatrix &points,
                   float radius2, int start, int cluster, DbscanResult &result,
                   ProgressReporter *progress, int &expanded) {
    std::priority_queue<int, std::vector<int>, std::greater<>> pending;
    pending.push(start);
    std::vector<int> neighbours;
    result.labels[static_cast<std::size_t>(start)] = cluster;
    tree.remove(start, labelled);
    while (!pending.empty()) {
        const int row = pending.top();
        pending.pop();
        if (!keepGoing(progress, ++expanded, static_cast<int>(points.rows()), 0.5, 1.0)) {
            return false;
        }
        tree.takeWithinRadius(points.row(row).data(), radius2, labelled, neighbours);
        for (int n : neighbours) {
            result.labels[static_cast<std::size_t>(n)] = cluster;
            if (result.core[static_cast<std::size_t>(n)]) {
                pending.push(n);
            }
        }
    }
    return true;
}

} // namespace

DbscanResult dbscan(const RowMatrix &points, float eps, int minPts, ProgressReporter *progress) {
    DbscanResult result;
    const int n = static_cast<int>(points.rows());
    result.labels.assign(static_cast<std::size_t>(n), kUnassigned);
    result.core.assign(static_cast<std::size_t>(n), false);
    const KdTree tree(points);
    const float radius2 = eps * eps;
    // Core status first: counting may stop at minPts, which is far cheaper than listing.
    for (int i = 0; i < n; ++i) {
        if (!keepGoing(progress, i, n, 0.0, 0.5)) {
            result.cancelled = true;
            return result;
        }
        result.core[static_cast<std::size_t>(i)] =
            tree.countWithinRadius(points.row(i).data(), radius2, minPts) >= minPts;
    }
    int expanded = 0;
    KdTree::Removals labelled = tree.makeRemovals();
    for (int i = 0; i < n; ++i) {
        if (!result.core[static_cast<std::size_t>(i)] ||
            result.labels[static_cast<std::size_t>(i)] != kUnassigned) {
            continue;
        }
        if (!expandCluster(tree, labelled, points, radius2, i, result.clusterCount, result,
                           progress, expanded)) {
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
