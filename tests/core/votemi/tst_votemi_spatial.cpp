// KdTree, DBSCAN and the eps knee against brute-force references.
#include "VoteMiTestData.h"
#include "votemi/Dbscan.h"
#include "votemi/EpsEstimation.h"
#include "votemi/KdTree.h"

#include <QTest>

#include <algorithm>
#include <cstring>
#include <numeric>

using namespace brainmd;

namespace {

constexpr int kUndefined = -2;

std::vector<int> bruteRange(const RowMatrix &points, int query, float eps) {
    std::vector<int> out;
    for (int i = 0; i < points.rows(); ++i) {
        if (squaredDistance(points.row(query).data(), points.row(i).data(),
                            static_cast<int>(points.cols())) <= eps * eps) {
            out.push_back(i);
        }
    }
    return out;
}

// The textbook algorithm (Ester et al. 1996, as usually written out), brute-force ranges.
std::vector<int> textbookDbscan(const RowMatrix &points, float eps, int minPts) {
    std::vector<int> label(static_cast<std::size_t>(points.rows()), kUndefined);
    int cluster = 0;
    for (int p = 0; p < points.rows(); ++p) {
        if (label[static_cast<std::size_t>(p)] != kUndefined) {
            continue;
        }
        const std::vector<int> neighbours = bruteRange(points, p, eps);
        if (static_cast<int>(neighbours.size()) < minPts) {
            label[static_cast<std::size_t>(p)] = kNoiseLabel;
            continue;
        }
        label[static_cast<std::size_t>(p)] = cluster;
        std::vector<int> seeds = neighbours;
        for (std::size_t s = 0; s < seeds.size(); ++s) {
            auto &l = label[static_cast<std::size_t>(seeds[s])];
            if (l == kNoiseLabel) {
                l = cluster;
            }
            if (l != kUndefined) {
                continue;
            }
            l = cluster;
            const std::vector<int> more = bruteRange(points, seeds[s], eps);
            if (static_cast<int>(more.size()) >= minPts) {
                seeds.insert(seeds.end(), more.begin(), more.end());
            }
        }
        ++cluster;
    }
    return label;
}

// FNV-1a over the neighbours' indices and distance bits: pins a search's exact output.
std::uint64_t fingerprint(const std::vector<Neighbour> &found, std::uint64_t hash) {
    for (const Neighbour &n : found) {
        std::uint32_t bits = 0;
        std::memcpy(&bits, &n.distance2, sizeof bits);
        for (std::uint32_t word : {static_cast<std::uint32_t>(n.index), bits}) {
            for (int byte = 0; byte < 4; ++byte) {
                hash = (hash ^ ((word >> (8 * byte)) & 0xffu)) * 0x100000001b3ULL;
            }
        }
    }
    return hash;
}

RowMatrix column(const QList<double> &values) {
    RowMatrix out(values.size(), 1);
    for (int i = 0; i < values.size(); ++i) {
        out(i, 0) = static_cast<float>(values[i]);
    }
    return out;
}

} // namespace

class TestVoteMiSpatial : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nearestEqualsBruteForce_data();
    void nearestEqualsBruteForce();
    void approximateNearest();
    void radiusEqualsBruteForce();
    void rowGroupsPartitionTheRows();
    void groupTakeEqualsBruteForce_data();
    void groupTakeEqualsBruteForce();
    void approximateNearestIsPinned_data();
    void approximateNearestIsPinned();
    void dbscanHandMade_data();
    void dbscanHandMade();
    void dbscanEqualsTextbook_data();
    void dbscanEqualsTextbook();
    void kneeOfCurve();
    void kDistanceCurveIsSortedKthDistance();
};

void TestVoteMiSpatial::nearestEqualsBruteForce_data() {
    QTest::addColumn<int>("dim");
    QTest::addColumn<int>("levels");
    QTest::addColumn<int>("k");
    QTest::newRow("2-D continuous") << 2 << 0 << 5;
    QTest::newRow("10-D continuous") << 10 << 0 << 10;
    QTest::newRow("3-D many ties") << 3 << 4 << 7;
    QTest::newRow("k beyond size") << 4 << 0 << 500;
}

void TestVoteMiSpatial::nearestEqualsBruteForce() {
    QFETCH(int, dim);
    QFETCH(int, levels);
    QFETCH(int, k);
    const RowMatrix points = test::randomPoints(300, dim, 11, levels);
    const KdTree tree(points, 4);
    std::vector<Neighbour> found;
    for (int q = 0; q < points.rows(); ++q) {
        std::vector<Neighbour> expected;
        for (int i = 0; i < points.rows(); ++i) {
            if (i != q) {
                expected.push_back(
                    {i, squaredDistance(points.row(q).data(), points.row(i).data(), dim)});
            }
        }
        std::sort(expected.begin(), expected.end(), [](const Neighbour &a, const Neighbour &b) {
            return a.distance2 < b.distance2 || (a.distance2 == b.distance2 && a.index < b.index);
        });
        expected.resize(std::min<std::size_t>(expected.size(), static_cast<std::size_t>(k)));
        tree.nearest(points.row(q).data(), k, q, found);
        QCOMPARE(found.size(), expected.size());
        for (std::size_t j = 0; j < found.size(); ++j) {
            QCOMPARE(found[j].index, expected[j].index);
            QCOMPARE(found[j].distance2, expected[j].distance2);
        }
    }
}

void TestVoteMiSpatial::approximateNearest() {
    const RowMatrix points = test::randomPoints(500, 6, 13);
    const KdTree tree(points, 8);
    std::vector<Neighbour> exact;
    std::vector<Neighbour> approximate;
    int hits = 0;
    for (int q = 0; q < points.rows(); ++q) {
        tree.nearest(points.row(q).data(), 5, q, exact);
        // A budget of every leaf is exact.
        tree.nearest(points.row(q).data(), 5, q, approximate, 1000);
        QCOMPARE(approximate.size(), exact.size());
        for (std::size_t j = 0; j < exact.size(); ++j) {
            QCOMPARE(approximate[j].index, exact[j].index);
        }
        // A small budget gives k true distances, sorted, never closer than the exact ones.
        tree.nearest(points.row(q).data(), 5, q, approximate, 3);
        QCOMPARE(approximate.size(), std::size_t{5});
        for (std::size_t j = 0; j < approximate.size(); ++j) {
            QCOMPARE(
                approximate[j].distance2,
                squaredDistance(points.row(q).data(), points.row(approximate[j].index).data(), 6));
            QVERIFY(approximate[j].index != q);
            QVERIFY(approximate[j].distance2 >= exact[j].distance2);
            hits += std::count_if(exact.begin(), exact.end(), [&](const Neighbour &n) {
                return n.index == approximate[j].index;
            });
        }
    }
    QVERIFY(hits > 5 * 500 / 2); // most neighbours are found all the same
}

void TestVoteMiSpatial::radiusEqualsBruteForce() {
    const RowMatrix points = test::randomPoints(400, 5, 3);
    const KdTree tree(points, 8);
    std::vector<int> found;
    auto removals = tree.makeRemovals();
    for (int q = 0; q < points.rows(); q += 7) {
        const std::vector<int> expected = bruteRange(points, q, 0.4f);
        tree.withinRadius(points.row(q).data(), 0.4f * 0.4f, found);
        QCOMPARE(found, expected);
        QCOMPARE(tree.countWithinRadius(points.row(q).data(), 0.4f * 0.4f, 1000000),
                 static_cast<int>(expected.size()));
        QCOMPARE(tree.countWithinRadius(points.row(q).data(), 0.4f * 0.4f, 2),
                 std::min(2, static_cast<int>(expected.size())));
    }
    // Taking removes: a second take around the same point finds nothing new.
    tree.takeWithinRadius(points.row(0).data(), 0.4f * 0.4f, removals, found);
    QCOMPARE(found, bruteRange(points, 0, 0.4f));
    tree.takeWithinRadius(points.row(0).data(), 0.4f * 0.4f, removals, found);
    QVERIFY(found.empty());
}

void TestVoteMiSpatial::rowGroupsPartitionTheRows() {
    const RowMatrix points = test::randomPoints(500, 4, 17);
    const KdTree tree(points, 6);
    for (int maxRows : {1, 6, 20, 64, 1000}) {
        std::vector<int> seen;
        for (const std::vector<int> &group : tree.rowGroups(maxRows)) {
            QVERIFY(!group.empty());
            // A leaf is never cut, so a group may reach the leaf size.
            QVERIFY(static_cast<int>(group.size()) <= std::max(maxRows, 6));
            seen.insert(seen.end(), group.begin(), group.end());
        }
        std::sort(seen.begin(), seen.end());
        std::vector<int> all(500);
        std::iota(all.begin(), all.end(), 0);
        QCOMPARE(seen, all);
    }
}

void TestVoteMiSpatial::groupTakeEqualsBruteForce_data() {
    QTest::addColumn<int>("dim");
    QTest::addColumn<int>("levels");
    QTest::addColumn<double>("eps");
    QTest::addColumn<int>("groupRows");
    QTest::newRow("3-D, groups of 16") << 3 << 0 << 0.12 << 16;
    QTest::newRow("10-D, groups of 64") << 10 << 0 << 0.7 << 64;
    QTest::newRow("grid with ties") << 3 << 5 << 1.0 << 24;
    QTest::newRow("one row at a time") << 5 << 0 << 0.3 << 1;
}

// Taking around groups of queries in turn finds, each time, exactly the rows within eps
// of some query of the group that no earlier take found.
void TestVoteMiSpatial::groupTakeEqualsBruteForce() {
    QFETCH(int, dim);
    QFETCH(int, levels);
    QFETCH(double, eps);
    QFETCH(int, groupRows);
    const RowMatrix points = test::randomPoints(700, dim, 19, levels);
    const KdTree tree(points, 5);
    auto removals = tree.makeRemovals();
    std::vector<bool> taken(700, false);
    std::vector<int> found;
    int total = 0;
    for (const std::vector<int> &group : tree.rowGroups(groupRows)) {
        std::vector<const float *> queries;
        std::vector<int> expected;
        for (int q : group) {
            queries.push_back(points.row(q).data());
            for (int i : bruteRange(points, q, static_cast<float>(eps))) {
                if (!taken[static_cast<std::size_t>(i)]) {
                    expected.push_back(i);
                }
            }
        }
        std::sort(expected.begin(), expected.end());
        expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
        tree.takeWithinRadius(queries, static_cast<float>(eps * eps), removals, found);
        QCOMPARE(found, expected);
        for (int i : found) {
            taken[static_cast<std::size_t>(i)] = true;
        }
        total += static_cast<int>(found.size());
    }
    QCOMPARE(total, 700); // every row is within eps of itself
    tree.takeWithinRadius(points.row(0).data(), 1e9f, removals, found);
    QVERIFY(found.empty());
}

void TestVoteMiSpatial::approximateNearestIsPinned_data() {
    QTest::addColumn<int>("dim");
    QTest::addColumn<int>("levels");
    QTest::addColumn<int>("maxLeaves");
    QTest::addColumn<quint64>("expected");
    QTest::newRow("10-D, 32 leaves") << 10 << 0 << 32 << Q_UINT64_C(0xa3b96503c1db37fa);
    QTest::newRow("10-D, 4 leaves") << 10 << 0 << 4 << Q_UINT64_C(0x1a2dbb4d275154ed);
    QTest::newRow("10-D, 1 leaf") << 10 << 0 << 1 << Q_UINT64_C(0x869601324d87db03);
    QTest::newRow("6-D ties, 8 leaves") << 6 << 3 << 8 << Q_UINT64_C(0xb004ca6476add418);
    QTest::newRow("3-D, 32 leaves") << 3 << 0 << 32 << Q_UINT64_C(0x05589dff9aaf437a);
}

// The approximate search's output depends on the order it visits leaves in; Vote-MI's
// k-NN graphs (and so its selections) rest on it. The fingerprints were taken from the
// first implementation (a binary heap of branches with copied offsets): any change to
// the visiting order or the bounds shows here.
void TestVoteMiSpatial::approximateNearestIsPinned() {
    QFETCH(int, dim);
    QFETCH(int, levels);
    QFETCH(int, maxLeaves);
    QFETCH(quint64, expected);
    const RowMatrix points = test::randomPoints(3000, dim, 23, levels);
    const KdTree tree(points);
    std::vector<Neighbour> found;
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (int q = 0; q < points.rows(); ++q) {
        tree.nearest(points.row(q).data(), 10, q, found, maxLeaves);
        hash = fingerprint(found, hash);
    }
    QCOMPARE(static_cast<quint64>(hash), expected);
}

void TestVoteMiSpatial::dbscanHandMade_data() {
    QTest::addColumn<QList<double>>("points");
    QTest::addColumn<double>("eps");
    QTest::addColumn<int>("minPts");
    QTest::addColumn<QList<int>>("expected");
    // Two dense runs joined by a border point at 2.0 that both can reach, and noise.
    QTest::newRow("border goes to the first cluster")
        << QList<double>{0, 0.25, 0.5, 0.75, 1, 2, 3, 3.25, 3.5, 3.75, 4, 10} << 1.0 << 4
        << QList<int>{0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, -1};
    QTest::newRow("border listed first, second run first")
        << QList<double>{2, 3, 3.25, 3.5, 3.75, 4, 0, 0.25, 0.5, 0.75, 1} << 1.0 << 4
        << QList<int>{0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
    QTest::newRow("eps joins everything")
        << QList<double>{0, 0.25, 0.5, 0.75, 1, 2, 3, 3.25, 3.5, 3.75, 4} << 1.0 << 3
        << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    QTest::newRow("all noise") << QList<double>{0, 5, 10, 15} << 1.0 << 2
                               << QList<int>{-1, -1, -1, -1};
    QTest::newRow("minPts counts the point itself")
        << QList<double>{0, 1, 5} << 1.0 << 2 << QList<int>{0, 0, -1};
    QTest::newRow("duplicates") << QList<double>{7, 7, 7, 0} << 0.0 << 3 << QList<int>{0, 0, 0, -1};
    QTest::newRow("empty") << QList<double>{} << 1.0 << 2 << QList<int>{};
}

void TestVoteMiSpatial::dbscanHandMade() {
    QFETCH(QList<double>, points);
    QFETCH(double, eps);
    QFETCH(int, minPts);
    QFETCH(QList<int>, expected);
    const DbscanResult result = dbscan(column(points), static_cast<float>(eps), minPts);
    QVERIFY(!result.cancelled);
    QCOMPARE(QList<int>(result.labels.begin(), result.labels.end()), expected);
    const int clusters =
        expected.isEmpty() ? 0 : *std::max_element(expected.begin(), expected.end()) + 1;
    QCOMPARE(result.clusterCount, clusters);
}

void TestVoteMiSpatial::dbscanEqualsTextbook_data() {
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("dim");
    QTest::addColumn<int>("levels");
    QTest::addColumn<double>("eps");
    QTest::addColumn<int>("minPts");
    QTest::newRow("2-D sparse") << 1 << 2 << 0 << 0.05 << 4;
    QTest::newRow("2-D dense") << 2 << 2 << 0 << 0.08 << 5;
    QTest::newRow("3-D") << 3 << 3 << 0 << 0.15 << 6;
    QTest::newRow("10-D") << 4 << 10 << 0 << 0.75 << 20;
    QTest::newRow("grid with ties") << 5 << 2 << 12 << 1.0 << 5;
    QTest::newRow("grid, diagonal eps") << 6 << 3 << 5 << 1.5 << 9;
}

void TestVoteMiSpatial::dbscanEqualsTextbook() {
    QFETCH(int, seed);
    QFETCH(int, dim);
    QFETCH(int, levels);
    QFETCH(double, eps);
    QFETCH(int, minPts);
    const RowMatrix points = test::randomPoints(600, dim, static_cast<std::uint64_t>(seed), levels);
    const std::vector<int> expected = textbookDbscan(points, static_cast<float>(eps), minPts);
    const DbscanResult result = dbscan(points, static_cast<float>(eps), minPts);
    QCOMPARE(result.labels, expected);
    for (int i = 0; i < points.rows(); ++i) {
        const auto neighbours = bruteRange(points, i, static_cast<float>(eps));
        QCOMPARE(result.core[static_cast<std::size_t>(i)],
                 static_cast<int>(neighbours.size()) >= minPts);
    }
    // A shared tree of any leaf size gives the same result.
    for (int leafSize : {1, 5, 40}) {
        const DbscanResult shared =
            dbscan(KdTree(points, leafSize), points, static_cast<float>(eps), minPts);
        QCOMPARE(shared.labels, result.labels);
        QCOMPARE(shared.core, result.core);
    }
    // A useful test set has clusters, border points and noise all at once.
    const int clusters = *std::max_element(expected.begin(), expected.end()) + 1;
    QCOMPARE(result.clusterCount, clusters);
    QVERIFY(clusters >= 1);
}

void TestVoteMiSpatial::kneeOfCurve() {
    // Flat then steep: the knee sits where the steep part starts.
    std::vector<float> curve;
    for (int i = 0; i < 90; ++i) {
        curve.push_back(1.0f + 0.01f * static_cast<float>(i));
    }
    for (int i = 0; i < 10; ++i) {
        curve.push_back(2.0f + static_cast<float>(i));
    }
    QCOMPARE(kneeByChord(curve), curve[89]);
    QCOMPARE(kneeByChord({}), 0.0f);
    QCOMPARE(kneeByChord({3.0f, 3.0f, 3.0f}), 3.0f);
    // Straight: no point under the chord, the median is used.
    QCOMPARE(kneeByChord({1.0f, 2.0f, 3.0f, 4.0f, 5.0f}), 3.0f);
}

void TestVoteMiSpatial::kDistanceCurveIsSortedKthDistance() {
    const RowMatrix points = test::randomPoints(200, 3, 9);
    const std::vector<float> curve = kDistanceCurve(points, 4, 0);
    QCOMPARE(curve.size(), std::size_t{200});
    QVERIFY(std::is_sorted(curve.begin(), curve.end()));
    std::vector<float> expected;
    for (int q = 0; q < points.rows(); ++q) {
        std::vector<float> d;
        for (int i = 0; i < points.rows(); ++i) {
            if (i != q) {
                d.push_back(squaredDistance(points.row(q).data(), points.row(i).data(), 3));
            }
        }
        std::nth_element(d.begin(), d.begin() + 3, d.end());
        expected.push_back(std::sqrt(d[3]));
    }
    std::sort(expected.begin(), expected.end());
    QCOMPARE(curve, expected);
    QCOMPARE(kDistanceCurve(KdTree(points, 3), points, 4, 0), curve);
    QCOMPARE(kDistanceCurve(points, 4, 50).size(), std::size_t{50});
}

QTEST_GUILESS_MAIN(TestVoteMiSpatial)
#include "tst_votemi_spatial.moc"
