#include "votemi/EpsEstimation.h"

#include "jobs/Progress.h"
#include "votemi/KdTree.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace brainmd {

std::vector<float> kDistanceCurve(const RowMatrix &points, int k, int maxQueries,
                                  ProgressReporter *progress) {
    if (points.rows() < 2 || k < 1) {
        return {};
    }
    const KdTree tree(points);
    return kDistanceCurve(tree, points, k, maxQueries, progress);
}

std::vector<float> kDistanceCurve(const KdTree &tree, const RowMatrix &points, int k,
                                  int maxQueries, ProgressReporter *progress) {
    const auto n = static_cast<std::int64_t>(points.rows());
    if (n < 2 || k < 1) {
        return {};
    }
    const std::int64_t queries = maxQueries > 0 ? std::min<std::int64_t>(n, maxQueries) : n;
    std::vector<float> curve;
    curve.reserve(static_cast<std::size_t>(queries));
    std::vector<Neighbour> found;
    for (std::int64_t q = 0; q < queries; ++q) {
        if (q % 2048 == 0 &&
            !reportProgress(progress, static_cast<double>(q) / static_cast<double>(queries),
                            QCoreApplication::translate("brainmd", "Estimating eps"))) {
            return {};
        }
        const auto row = static_cast<int>(q * n / queries);
        tree.nearest(points.row(row).data(), k, row, found);
        curve.push_back(std::sqrt(found.back().distance2));
    }
    std::sort(curve.begin(), curve.end());
    return curve;
}

float kneeByChord(const std::vector<float> &ascending) {
    if (ascending.empty()) {
        return 0.0f;
    }
    const std::size_t n = ascending.size();
    const double first = ascending.front();
    const double span = static_cast<double>(ascending.back()) - first;
    if (n < 3 || !(span > 0.0)) {
        return ascending[n / 2];
    }
    std::size_t best = n;
    double bestDistance = 0.0;
    for (std::size_t i = 1; i + 1 < n; ++i) {
        const double x = static_cast<double>(i) / static_cast<double>(n - 1);
        const double y = (ascending[i] - first) / span;
        // The chord is y = x; the distance below it is (x − y) / √2, so x − y ranks alike.
        if (x - y > bestDistance) {
            bestDistance = x - y;
            best = i;
        }
    }
    return best < n ? ascending[best] : ascending[n / 2];
}

} // namespace brainmd
