// What a slice source's images show of a lesion, model-free, and the oracle baseline that
// turns it into an accuracy ceiling: every figure checked against a hand computation.

#include "bench/BaselineBackend.h"
#include "bench/LesionVisibility.h"
#include "volume/Volume.h"

#include <QTest>

#include <cmath>

using namespace brainmd;

namespace {

/// A 6 × 5 × 4 label map (i: sagittal index, j: coronal, k: axial) with a lesion of
/// 2 × 2 voxels in axial slice 1 and one more voxel in axial slice 2.
Volume smallLesion() {
    Geometry g;
    g.dims = {6, 5, 4};
    Volume mask(g, VoxelType::Int16);
    for (int i = 2; i <= 3; ++i)
        for (int j = 1; j <= 2; ++j)
            mask.setValue(mask.linearIndex(i, j, 1), 1.0f);
    mask.setValue(mask.linearIndex(2, 1, 2), 2.0f); // another segment counts too
    return mask;
}

ChatRequest oracleRequest(const QString &truth, bool shown, const QStringList &unseen,
                          const QStringList &pool) {
    ChatRequest request;
    request.hints.options = {QStringLiteral("yes"), QStringLiteral("no")};
    request.hints.positive = QStringLiteral("yes");
    request.hints.poolAnswers = pool;
    request.hints.oracleTruth = truth;
    request.hints.oracleLesionShown = shown;
    request.hints.oracleUnseenPoolAnswers = unseen;
    return request;
}

} // namespace

class TestBenchVisibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void profileCountsLesionVoxelsPerSlice();
    void visibilityOfShownSlices();
    void summaryMatchesHandComputation();
    void recordRoundTrips();
    void oracleReadsWhatIsShownAndGuessesFromTheUnseenPool();
};

void TestBenchVisibility::profileCountsLesionVoxelsPerSlice() {
    const LesionProfile lesion = LesionProfile::of(smallLesion());
    QVERIFY(lesion.hasLesion());
    // Axial slices are k: 4 voxels in slice 1, 1 in slice 2.
    QCOMPARE(lesion.area(View::Axial, 1), 4L);
    QCOMPARE(lesion.area(View::Axial, 2), 1L);
    QCOMPARE(lesion.area(View::Axial, 0), 0L);
    QCOMPARE(lesion.largestArea(View::Axial), 4L);
    // Sagittal slices are i: i = 2 holds 2 + 1, i = 3 holds 2.
    QCOMPARE(lesion.area(View::Sagittal, 2), 3L);
    QCOMPARE(lesion.area(View::Sagittal, 3), 2L);
    QCOMPARE(lesion.largestArea(View::Sagittal), 3L);
    // Coronal slices are j: j = 1 holds 2 + 1, j = 2 holds 2.
    QCOMPARE(lesion.largestArea(View::Coronal), 3L);
    QCOMPARE(lesion.area(View::Coronal, 99), 0L); // outside the volume: nothing
    Geometry g;
    g.dims = {3, 3, 3};
    QVERIFY(!LesionProfile::of(Volume(g, VoxelType::Int16)).hasLesion());
}

void TestBenchVisibility::visibilityOfShownSlices() {
    const LesionProfile lesion = LesionProfile::of(smallLesion());
    // Axial slice 2 shows 1 of the 4 voxels of the largest axial cross-section.
    LesionVisibility seen = lesionVisibility(lesion, {View::Axial}, {2, 0, 0});
    QVERIFY(seen.shown);
    QCOMPARE(seen.shownShare, 0.25);
    // The axial slice misses it; only the axial view is shown, so the coronal index
    // does not count.
    seen = lesionVisibility(lesion, {View::Axial}, {3, 1, 2});
    QVERIFY(!seen.shown);
    QCOMPARE(seen.shownShare, 0.0);
    // A mosaic: the best view counts (sagittal 3 shows 2 of 3; axial 2 shows 1 of 4).
    seen = lesionVisibility(lesion, {View::Axial, View::Coronal, View::Sagittal}, {2, 0, 3});
    QVERIFY(seen.shown);
    QCOMPARE(seen.shownShare, 2.0 / 3.0);
    // No image (the 'none' control).
    QVERIFY(!lesionVisibility(lesion, {}, {1, 1, 2}).shown);
}

void TestBenchVisibility::summaryMatchesHandComputation() {
    VisibilityByCase record;
    record[QStringLiteral("manual/axial")] = {
        {1, {true, 1.0}}, {2, {true, 0.5}}, {3, {false, 0.0}}};
    record[QStringLiteral("random/axial")] = {};
    const std::vector<VisibilityRow> rows = summariseVisibility(
        record, {QStringLiteral("random/axial"), QStringLiteral("manual/axial")}, 500, 7);
    QCOMPARE(rows.size(), std::size_t(1)); // no lesion case under random: no row
    const VisibilityRow &row = rows.front();
    QCOMPARE(row.source, QStringLiteral("manual/axial"));
    QCOMPARE(row.lesionCases, 3);
    QCOMPARE(row.shownCases, 2);
    QCOMPARE(row.shownRate.estimate, 2.0 / 3.0);
    // Wilson 95 % for 2 of 3, by hand: centre (p + z²/2n) / (1 + z²/n), half-width
    // z √(p(1−p)/n + z²/4n²) / (1 + z²/n), z = 1.96.
    const double z = 1.959963984540054, n = 3.0, p = 2.0 / 3.0;
    const double d = 1.0 + z * z / n;
    const double centre = (p + z * z / (2.0 * n)) / d;
    const double half = z * std::sqrt(p * (1.0 - p) / n + z * z / (4.0 * n * n)) / d;
    QVERIFY(std::abs(row.shownRate.low - (centre - half)) < 1e-12);
    QVERIFY(std::abs(row.shownRate.high - (centre + half)) < 1e-12);
    QVERIFY(std::abs(row.shownRate.low - 0.2077) < 1e-3); // the textbook value
    QCOMPARE(row.meanShownShare.estimate, 0.5);
    QVERIFY(row.meanShownShare.low >= 0.0 && row.meanShownShare.low < 0.5);
    QVERIFY(row.meanShownShare.high > 0.5 && row.meanShownShare.high <= 1.0);
    // Deterministic by seed.
    const auto again = summariseVisibility(record, {QStringLiteral("manual/axial")}, 500, 7);
    QCOMPARE(again.front().meanShownShare.low, row.meanShownShare.low);
}

void TestBenchVisibility::recordRoundTrips() {
    VisibilityByCase record;
    record[QStringLiteral("votemi/mosaic")] = {{42, {true, 0.375}}, {7, {false, 0.0}}};
    const auto parsed = parseVisibilityJson(visibilityJson(record));
    QVERIFY(parsed);
    QCOMPARE(parsed->at(QStringLiteral("votemi/mosaic")).at(42).shownShare, 0.375);
    QVERIFY(parsed->at(QStringLiteral("votemi/mosaic")).at(42).shown);
    QVERIFY(!parsed->at(QStringLiteral("votemi/mosaic")).at(7).shown);
    QVERIFY(!parseVisibilityJson(QByteArray())); // a run planned before the record
    QVERIFY(!parseVisibilityJson("{\"format\": 2}"));
}

void TestBenchVisibility::oracleReadsWhatIsShownAndGuessesFromTheUnseenPool() {
    const BaselineBackend oracle(QStringLiteral("oracle"));
    QVERIFY(BaselineBackend::kinds().contains(QStringLiteral("oracle")));
    const QStringList pool{QStringLiteral("yes"), QStringLiteral("yes"), QStringLiteral("yes"),
                           QStringLiteral("no")};
    // The lesion is on the shown slice: the truth, certain.
    ChatResponse r = oracle.answer(oracleRequest(QStringLiteral("yes"), true, {}, pool));
    QCOMPARE(r.text, QStringLiteral("yes"));
    QCOMPARE(r.positiveProbability, 1.0);
    r = oracle.answer(oracleRequest(QStringLiteral("no"), true, {}, pool));
    QCOMPARE(r.text, QStringLiteral("no"));
    QCOMPARE(r.positiveProbability, 0.0);
    // Nothing shown: the pool cases whose images show nothing either answer mostly
    // "no" (2 of 3), although the whole pool says "yes" (3 of 4).
    const QStringList unseen{QStringLiteral("no"), QStringLiteral("yes"), QStringLiteral("no")};
    r = oracle.answer(oracleRequest(QStringLiteral("yes"), false, unseen, pool));
    QCOMPARE(r.text, QStringLiteral("no"));
    QCOMPARE(r.positiveProbability, 1.0 / 3.0);
    // No unseen pool case: the whole pool's prior.
    r = oracle.answer(oracleRequest(QStringLiteral("no"), false, {}, pool));
    QCOMPARE(r.text, QStringLiteral("yes"));
    QCOMPARE(r.positiveProbability, 0.75);
}

QTEST_GUILESS_MAIN(TestBenchVisibility)
#include "tst_bench_visibility.moc"
