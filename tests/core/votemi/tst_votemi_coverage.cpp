// Facility-location coverage, lazy vs plain greedy, the two coverage stages and vote-k,
// against brute-force references.
#include "VoteMiTestData.h"
#include "votemi/CoverageSelection.h"
#include "votemi/FacilityLocation.h"
#include "votemi/KdTree.h"
#include "votemi/KnnGraph.h"
#include "votemi/VoteK.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <set>

using namespace brainmd;

namespace {

// sim(c, x) straight from the definition.
double similarity(const KnnGraph &graph, int c, int x) {
    if (c == x) {
        return 1.0;
    }
    for (int j = 0; j < graph.k; ++j) {
        if (graph.neighboursOf(c)[j] == x) {
            return graph.similarityOf(c)[j];
        }
    }
    return 0.0;
}

double bruteCoverage(const KnnGraph &graph, const std::vector<int> &selection) {
    double total = 0.0;
    for (int c = 0; c < graph.size(); ++c) {
        double best = 0.0;
        for (int x : selection) {
            best = std::max(best, similarity(graph, c, x));
        }
        total += best;
    }
    return total;
}

// Cosine k-NN by brute force: unit rows, order by (squared distance, index).
std::vector<std::vector<int>> bruteCosineNeighbours(const RowMatrix &points, int k) {
    const int n = static_cast<int>(points.rows());
    RowMatrix unit = points;
    for (int r = 0; r < n; ++r) {
        unit.row(r) /= points.row(r).norm();
    }
    std::vector<std::vector<int>> out(static_cast<std::size_t>(n));
    for (int q = 0; q < n; ++q) {
        std::vector<std::pair<float, int>> d;
        for (int i = 0; i < n; ++i) {
            if (i != q) {
                d.emplace_back(squaredDistance(unit.row(q).data(), unit.row(i).data(),
                                               static_cast<int>(unit.cols())),
                               i);
            }
        }
        std::sort(d.begin(), d.end());
        for (int j = 0; j < std::min(k, n - 1); ++j) {
            out[static_cast<std::size_t>(q)].push_back(d[static_cast<std::size_t>(j)].second);
        }
    }
    return out;
}

// vote-k straight from DESIGN.md, recomputing every score in every round.
std::vector<int> bruteVoteK(const RowMatrix &points, int k, int m) {
    const auto neighbours = bruteCosineNeighbours(points, k);
    const int n = static_cast<int>(points.rows());
    std::vector<bool> picked(static_cast<std::size_t>(n), false);
    std::vector<int> order;
    while (static_cast<int>(order.size()) < std::min(m, n)) {
        int best = -1;
        double bestScore = -1.0;
        for (int u = 0; u < n; ++u) {
            if (picked[static_cast<std::size_t>(u)]) {
                continue;
            }
            double score = 0.0;
            for (int v = 0; v < n; ++v) {
                const auto &nv = neighbours[static_cast<std::size_t>(v)];
                if (std::find(nv.begin(), nv.end(), u) == nv.end()) {
                    continue;
                }
                int s = 0;
                for (int w : nv) {
                    s += picked[static_cast<std::size_t>(w)] ? 1 : 0;
                }
                score += std::pow(10.0, -static_cast<double>(s));
            }
            if (score > bestScore) {
                bestScore = score;
                best = u;
            }
        }
        picked[static_cast<std::size_t>(best)] = true;
        order.push_back(best);
    }
    return order;
}

} // namespace

class TestVoteMiCoverage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knnGraphEqualsBruteForce();
    void gainsEqualBruteForce_data();
    void gainsEqualBruteForce();
    void lazyGreedyEqualsPlainGreedy_data();
    void lazyGreedyEqualsPlainGreedy();
    void weightedSample();
    void coverageStagesSizes_data();
    void coverageStagesSizes();
    void voteKEqualsBruteForce_data();
    void voteKEqualsBruteForce();
    void voteKHandMade();
    void randomCaseSelection();
};

void TestVoteMiCoverage::knnGraphEqualsBruteForce() {
    const RowMatrix points = test::randomPoints(120, 6, 21);
    const KnnGraph graph = cosineKnnGraph(points, test::allRows(120), 7);
    const auto expected = bruteCosineNeighbours(points, 7);
    QCOMPARE(graph.size(), 120);
    for (int q = 0; q < 120; ++q) {
        QCOMPARE(std::vector<int>(graph.neighboursOf(q), graph.neighboursOf(q) + 7),
                 expected[static_cast<std::size_t>(q)]);
        for (int j = 0; j < 7; ++j) {
            const int x = graph.neighboursOf(q)[j];
            const float cosine = points.row(q).normalized().dot(points.row(x).normalized());
            QVERIFY(std::abs(graph.similarityOf(q)[j] - std::max(0.0f, cosine)) < 1e-5f);
        }
    }
}

void TestVoteMiCoverage::gainsEqualBruteForce_data() {
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("k");
    QTest::newRow("small") << 1 << 12 << 3;
    QTest::newRow("medium") << 2 << 40 << 5;
    QTest::newRow("k above n") << 3 << 6 << 10;
}

void TestVoteMiCoverage::gainsEqualBruteForce() {
    QFETCH(int, seed);
    QFETCH(int, n);
    QFETCH(int, k);
    // Centred coordinates give negative cosines too, which must clip at 0.
    RowMatrix points = test::randomPoints(n, 4, static_cast<std::uint64_t>(seed));
    points.array() -= 0.5f;
    const KnnGraph graph = cosineKnnGraph(points, test::allRows(n), k);
    FacilityLocation coverage(graph);
    SeededRandom random(static_cast<std::uint64_t>(seed) + 100);
    std::vector<int> selection;
    for (int round = 0; round < n / 2; ++round) {
        for (int x = 0; x < n; ++x) {
            std::vector<int> with = selection;
            with.push_back(x);
            const double expected = bruteCoverage(graph, with) - bruteCoverage(graph, selection);
            QVERIFY2(std::abs(coverage.gain(x) - expected) < 1e-5,
                     qPrintable(QStringLiteral("gain of %1 in round %2").arg(x).arg(round)));
        }
        QVERIFY(std::abs(coverage.value() - bruteCoverage(graph, selection)) < 1e-5);
        const int next = static_cast<int>(random.below(static_cast<std::uint64_t>(n)));
        coverage.add(next);
        if (std::find(selection.begin(), selection.end(), next) == selection.end()) {
            selection.push_back(next);
        }
    }
    // A point covers itself fully: selecting everything covers every node with 1.
    for (int x = 0; x < n; ++x) {
        coverage.add(x);
    }
    QVERIFY(std::abs(coverage.value() - n) < 1e-9);
}

void TestVoteMiCoverage::lazyGreedyEqualsPlainGreedy_data() {
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("levels");
    QTest::addColumn<int>("seeds");
    QTest::newRow("continuous") << 1 << 0 << 0;
    QTest::newRow("continuous with seeds") << 2 << 0 << 15;
    QTest::newRow("duplicates and ties") << 3 << 3 << 0;
    QTest::newRow("ties with seeds") << 4 << 3 << 10;
}

void TestVoteMiCoverage::lazyGreedyEqualsPlainGreedy() {
    QFETCH(int, seed);
    QFETCH(int, levels);
    QFETCH(int, seeds);
    RowMatrix points = test::randomPoints(250, 5, static_cast<std::uint64_t>(seed), levels);
    points.array() += 0.1f;
    const KnnGraph graph = cosineKnnGraph(points, test::allRows(250), 8);
    FacilityLocation lazy(graph);
    FacilityLocation plain(graph);
    for (int s = 0; s < seeds; ++s) {
        lazy.add(s * 7);
        plain.add(s * 7);
    }
    QVERIFY(lazy.addGreedyLazy(140));
    plain.addGreedyPlain(140);
    QCOMPARE(lazy.selected(), plain.selected());
    QCOMPARE(lazy.selected().size(), std::size_t{140});
    QCOMPARE(lazy.value(), plain.value());
}

void TestVoteMiCoverage::weightedSample() {
    const std::vector<double> weights{1.0, 0.0, 5.0, 2.0, 0.0, 1.0, 3.0};
    const auto a = weightedSampleWithoutReplacement(weights, 5, 42);
    QCOMPARE(a, weightedSampleWithoutReplacement(weights, 5, 42));
    QCOMPARE(a.size(), std::size_t{5});
    QCOMPARE(std::set<int>(a.begin(), a.end()), (std::set<int>{0, 2, 3, 5, 6}));
    // Zero weights come last, lower index first.
    const auto all = weightedSampleWithoutReplacement(weights, 7, 42);
    QCOMPARE(all[5], 1);
    QCOMPARE(all[6], 4);
    // Heavy items come first far more often than light ones.
    int heavyFirst = 0;
    for (std::uint64_t seed = 0; seed < 400; ++seed) {
        heavyFirst += weightedSampleWithoutReplacement({1.0, 9.0}, 1, seed)[0] == 1 ? 1 : 0;
    }
    QVERIFY(heavyFirst > 320 && heavyFirst < 390);
}

void TestVoteMiCoverage::coverageStagesSizes_data() {
    QTest::addColumn<double>("theta");
    QTest::addColumn<int>("expectedChosen");
    // 300 rows: clusters of 100, 80 and 60, 60 noise. δ = 0.5 → 50 + 40 + 30 = 120.
    QTest::newRow("theta 0.2") << 0.2 << 60;
    QTest::newRow("theta above the union") << 0.9 << 120;
}

void TestVoteMiCoverage::coverageStagesSizes() {
    QFETCH(double, theta);
    QFETCH(int, expectedChosen);
    const RowMatrix points = test::randomPoints(300, 6, 5);
    std::vector<int> labels(300, kNoiseLabel);
    for (int i = 0; i < 240; ++i) {
        labels[static_cast<std::size_t>(i)] = i < 100 ? 0 : (i < 180 ? 1 : 2);
    }
    std::rotate(labels.begin(), labels.begin() + 45, labels.end()); // interleave the noise
    CoverageParameters parameters;
    parameters.theta = theta;
    parameters.seed = 9;
    const CoverageSelection result = selectByCoverage(points, labels, 3, 300, parameters);
    QVERIFY(!result.cancelled);
    QCOMPARE(result.clusterSelection.size(), std::size_t{120});
    QVERIFY(std::is_sorted(result.clusterSelection.begin(), result.clusterSelection.end()));
    std::vector<int> perCluster(3, 0);
    for (int p : result.clusterSelection) {
        QVERIFY(labels[static_cast<std::size_t>(p)] >= 0);
        ++perCluster[static_cast<std::size_t>(labels[static_cast<std::size_t>(p)])];
    }
    QCOMPARE(perCluster, (std::vector<int>{50, 40, 30}));
    QCOMPARE(static_cast<int>(result.chosen.size()), expectedChosen);
    const std::set<int> unionSet(result.clusterSelection.begin(), result.clusterSelection.end());
    const std::set<int> chosenSet(result.chosen.begin(), result.chosen.end());
    QCOMPARE(chosenSet.size(), result.chosen.size());
    QVERIFY(std::includes(unionSet.begin(), unionSet.end(), chosenSet.begin(), chosenSet.end()));
    const CoverageSelection again = selectByCoverage(points, labels, 3, 300, parameters);
    QCOMPARE(again.chosen, result.chosen);
}

void TestVoteMiCoverage::voteKEqualsBruteForce_data() {
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("m");
    QTest::newRow("small") << 1 << 20 << 3 << 6;
    QTest::newRow("medium") << 2 << 80 << 10 << 20;
    QTest::newRow("pick all") << 3 << 15 << 4 << 15;
    QTest::newRow("k beyond n") << 4 << 8 << 20 << 5;
    QTest::newRow("m beyond n") << 5 << 6 << 2 << 10;
}

void TestVoteMiCoverage::voteKEqualsBruteForce() {
    QFETCH(int, seed);
    QFETCH(int, n);
    QFETCH(int, k);
    QFETCH(int, m);
    const RowMatrix points = test::randomPoints(n, 5, static_cast<std::uint64_t>(seed));
    const std::vector<int> picked = voteK(points, k, m);
    QCOMPARE(picked, bruteVoteK(points, k, m));
    QCOMPARE(static_cast<int>(picked.size()), std::min(m, n));
}

void TestVoteMiCoverage::voteKHandMade() {
    // Three tight bundles of directions (4, 3 and 3 cases), far apart, k = 2: votes stay
    // inside a bundle. Cases 1 and 2 have three voters each (tie → 1); then 1's voters
    // count 0.1, so the other bundles (two full votes each) come next, lower index first.
    RowMatrix points(10, 2);
    const float angles[10] = {0.00f, 0.01f, 0.02f, 0.03f, 2.00f, 2.01f, 2.02f, 4.00f, 4.01f, 4.02f};
    for (int i = 0; i < 10; ++i) {
        points(i, 0) = std::cos(angles[i]);
        points(i, 1) = std::sin(angles[i]);
    }
    const std::vector<int> picked = voteK(points, 2, 4);
    QCOMPARE(picked, (std::vector<int>{1, 4, 7, 2}));
    QCOMPARE(picked, bruteVoteK(points, 2, 4));
}

void TestVoteMiCoverage::randomCaseSelection() {
    const auto a = brainmd::randomCaseSelection(50, 10, 3);
    QCOMPARE(a, brainmd::randomCaseSelection(50, 10, 3));
    QCOMPARE(std::set<int>(a.begin(), a.end()).size(), std::size_t{10});
    QVERIFY(*std::max_element(a.begin(), a.end()) < 50);
    QCOMPARE(brainmd::randomCaseSelection(4, 10, 3).size(), std::size_t{4});
    QVERIFY(brainmd::randomCaseSelection(0, 3, 1).empty());
}

QTEST_GUILESS_MAIN(TestVoteMiCoverage)
#include "tst_votemi_coverage.moc"
