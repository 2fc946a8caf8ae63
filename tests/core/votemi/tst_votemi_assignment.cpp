// Which selected patch covers each patch (coveringNodes), and how many patches each
// chosen patch stands for (CoverageSelection::represented), which the coverage vote uses.
#include "VoteMiTestData.h"
#include "votemi/CoverageAssignment.h"
#include "votemi/CoverageSelection.h"
#include "votemi/FacilityLocation.h"
#include "votemi/KnnGraph.h"

#include <QTest>

#include <numeric>

using namespace brainmd;

namespace {

// F(X) as facility location defines it, summed over each node's covering node.
double coverageThroughAssignment(const KnnGraph &graph, const std::vector<int> &cover) {
    double total = 0.0;
    for (int node = 0; node < graph.size(); ++node) {
        const int by = cover[static_cast<std::size_t>(node)];
        if (by == node) {
            total += 1.0;
        } else if (by >= 0) {
            for (int j = 0; j < graph.k; ++j) {
                if (graph.neighboursOf(node)[j] == by) {
                    total += graph.similarityOf(node)[j];
                    break;
                }
            }
        }
    }
    return total;
}

} // namespace

class TestVoteMiAssignment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handMadeGraph();
    void assignmentSumsToCoverage_data();
    void assignmentSumsToCoverage();
    void representedCounts_data();
    void representedCounts();
    void representedWithEveryPatchSelectedInClusters();
};

void TestVoteMiAssignment::handMadeGraph() {
    // Six nodes, two neighbours each; nodes 1 and 3 are selected; node 5 has a tie.
    KnnGraph graph;
    graph.k = 2;
    graph.neighbours = {1, 3, /**/ 0, 2, /**/ 4, 1, /**/ 2, 0, /**/ 0, 2, /**/ 3, 1};
    graph.similarity = {0.9f, 0.95f, 0.9f, 0.1f, 0.8f, 0.5f, 0.3f, 0.2f, 0.7f, 0.6f, 0.4f, 0.4f};
    const std::vector<int> cover = coveringNodes(graph, {3, 1});
    QCOMPARE(cover, (std::vector<int>{3, 1, 1, 3, -1, 3}));
    // A neighbour with similarity 0 covers nothing.
    KnnGraph orthogonal;
    orthogonal.k = 1;
    orthogonal.neighbours = {1, 0};
    orthogonal.similarity = {0.0f, 0.0f};
    QCOMPARE(coveringNodes(orthogonal, {1}), (std::vector<int>{-1, 1}));
    QCOMPARE(coveringNodes(KnnGraph{}, {}), std::vector<int>{});
}

void TestVoteMiAssignment::assignmentSumsToCoverage_data() {
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("target");
    QTest::newRow("sparse") << 1 << 80 << 4 << 5;
    QTest::newRow("half") << 2 << 60 << 6 << 30;
    QTest::newRow("k above n") << 3 << 7 << 10 << 2;
}

void TestVoteMiAssignment::assignmentSumsToCoverage() {
    QFETCH(int, seed);
    QFETCH(int, n);
    QFETCH(int, k);
    QFETCH(int, target);
    RowMatrix points = test::randomPoints(n, 5, static_cast<std::uint64_t>(seed));
    points.array() -= 0.5f; // negative cosines too
    const KnnGraph graph = cosineKnnGraph(points, test::allRows(n), k);
    FacilityLocation coverage(graph);
    QVERIFY(coverage.addGreedyLazy(target));
    const std::vector<int> cover = coveringNodes(graph, coverage.selected());
    // Each node's best cover is what facility location counts for it, so the sum is F.
    QVERIFY(std::abs(coverageThroughAssignment(graph, cover) - coverage.value()) < 1e-4);
    for (int node = 0; node < n; ++node) {
        const int by = cover[static_cast<std::size_t>(node)];
        if (by >= 0) {
            QVERIFY(coverage.isSelected(by));
        }
        QCOMPARE(by == node, coverage.isSelected(node));
    }
}

void TestVoteMiAssignment::representedCounts_data() {
    QTest::addColumn<double>("delta");
    QTest::addColumn<double>("theta");
    QTest::newRow("defaults") << 0.5 << 0.2;
    QTest::newRow("small theta") << 0.5 << 0.05;
    QTest::newRow("all chosen") << 1.0 << 1.0;
}

void TestVoteMiAssignment::representedCounts() {
    QFETCH(double, delta);
    QFETCH(double, theta);
    const RowMatrix points = test::randomPoints(300, 6, 5);
    std::vector<int> labels(300, kNoiseLabel);
    for (int i = 0; i < 240; ++i) {
        labels[static_cast<std::size_t>(i)] = i < 100 ? 0 : (i < 180 ? 1 : 2);
    }
    CoverageParameters parameters;
    parameters.delta = delta;
    parameters.theta = theta;
    parameters.seed = 4;
    const CoverageSelection result = selectByCoverage(points, labels, 3, 300, parameters);
    QVERIFY(!result.cancelled);
    QCOMPARE(result.represented.size(), result.chosen.size());
    const int total = std::accumulate(result.represented.begin(), result.represented.end(), 0);
    QVERIFY(total <= 240); // noise patches count for nobody
    QVERIFY(total >= static_cast<int>(result.chosen.size()));
    for (int count : result.represented) {
        QVERIFY(count >= 1); // a chosen patch covers itself
    }
    if (delta == 1.0 && theta == 1.0) {
        QCOMPARE(total, 240);
        QCOMPARE(result.represented, std::vector<int>(240, 1));
    }
    QCOMPARE(selectByCoverage(points, labels, 3, 300, parameters).represented, result.represented);
}

void TestVoteMiAssignment::representedWithEveryPatchSelectedInClusters() {
    // With δ = 1 each clustered row is its own intra-cluster representative, so a chosen
    // row stands for exactly the union rows it covers best in the union's graph.
    const RowMatrix points = test::randomPoints(150, 6, 8);
    std::vector<int> labels(150);
    for (int i = 0; i < 150; ++i) {
        labels[static_cast<std::size_t>(i)] = i % 2;
    }
    CoverageParameters parameters;
    parameters.delta = 1.0;
    parameters.theta = 0.1;
    parameters.knnLeaves = 0;
    const CoverageSelection result = selectByCoverage(points, labels, 2, 150, parameters);
    QCOMPARE(result.clusterSelection, test::allRows(150));
    const KnnGraph graph = cosineKnnGraph(points, test::allRows(150), parameters.k);
    const std::vector<int> cover = coveringNodes(graph, result.chosen);
    std::vector<int> expected(result.chosen.size(), 0);
    for (int by : cover) {
        if (by >= 0) {
            const auto slot = std::find(result.chosen.begin(), result.chosen.end(), by);
            ++expected[static_cast<std::size_t>(slot - result.chosen.begin())];
        }
    }
    QCOMPARE(result.represented, expected);
}

QTEST_GUILESS_MAIN(TestVoteMiAssignment)
#include "tst_votemi_assignment.moc"
