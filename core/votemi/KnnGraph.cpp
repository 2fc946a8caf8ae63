#include "votemi/KnnGraph.h"

#include "jobs/Progress.h"
#include "votemi/KdTree.h"

#include <QCoreApplication>

namespace brainmd {

KnnGraph cosineKnnGraph(const RowMatrix &points, const std::vector<int> &members, int k,
                        ProgressReporter *progress, int maxLeaves) {
    KnnGraph graph;
    const int n = static_cast<int>(members.size());
    if (k < 1 || n == 0) {
        return graph;
    }
    RowMatrix unit(n, points.cols());
    for (int m = 0; m < n; ++m) {
        const auto source = points.row(members[static_cast<std::size_t>(m)]);
        const float norm = source.norm();
        if (norm > 0.0f) {
            unit.row(m) = source / norm;
        } else {
            unit.row(m).setZero();
        }
    }
    graph.k = k;
    graph.neighbours.assign(static_cast<std::size_t>(n) * k, -1);
    graph.similarity.assign(static_cast<std::size_t>(n) * k, 0.0f);
    const KdTree tree(unit);
    std::vector<Neighbour> found;
    for (int m = 0; m < n; ++m) {
        if (m % 2048 == 0 && !reportProgress(progress, static_cast<double>(m) / n,
                                             QCoreApplication::translate(
                                                 "brainmd", "Building the neighbour graph"))) {
            return {};
        }
        tree.nearest(unit.row(m).data(), k, m, found, maxLeaves);
        const std::size_t base = static_cast<std::size_t>(m) * k;
        for (std::size_t j = 0; j < found.size(); ++j) {
            graph.neighbours[base + j] = found[j].index;
            graph.similarity[base + j] = std::max(0.0f, unit.row(m).dot(unit.row(found[j].index)));
        }
    }
    return graph;
}

} // namespace brainmd
