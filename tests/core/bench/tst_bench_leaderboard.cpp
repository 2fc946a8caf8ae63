// The leaderboard compares runs only on what all of them were asked: the shared
// (case, question, rotation) triples with the same truth. Hand-made runs with different
// evaluated cases check the intersection, the paired difference's sign and value, and
// that a condition one run lacks is reported, not silently scored.

#include "bench/Leaderboard.h"
#include "bench/TaskPack.h"

#include <QTest>

#include <cmath>
#include <functional>

using namespace brainmd;

namespace {

const QString kAxial = QStringLiteral("centre/axial/0-shot");
const QString kMosaic = QStringLiteral("centre/mosaic/0-shot");

QString truthOf(qint64 caseId) {
    return caseId % 2 == 0 ? QStringLiteral("yes") : QStringLiteral("no");
}

/// lesion_present answers for cases [first, last]; `right(case)` says whether the answer
/// is correct.
void addAnswers(LeaderboardRunInput *run, const QString &condition, qint64 first, qint64 last,
                const std::function<bool(qint64)> &right, int rotation = 0) {
    for (qint64 c = first; c <= last; ++c) {
        StoredPrediction p;
        p.caseId = c;
        p.condition = condition;
        p.questionId = QStringLiteral("lesion_present");
        p.rotation = rotation;
        p.truth = truthOf(c);
        p.status = QStringLiteral("answered");
        const bool yes = right(c) == (p.truth == QLatin1String("yes"));
        p.value = yes ? QStringLiteral("yes") : QStringLiteral("no");
        p.promptTokens = 100;
        p.completionTokens = 2;
        run->predictions.push_back(p);
    }
}

LeaderboardRunInput makeRun(qint64 id, const QString &model, const QStringList &conditions) {
    LeaderboardRunInput run;
    run.id = id;
    run.config.backend.type = QStringLiteral("openai");
    run.config.backend.model = model;
    run.config.backend.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
    run.config.seed = static_cast<std::uint64_t>(id);
    run.config.conditions.clear();
    for (const QString &name : conditions) {
        BenchCondition c;
        c.slices = name.section(QLatin1Char('/'), 0, 0);
        c.views = name.section(QLatin1Char('/'), 1, 1);
        c.shots = 0;
        run.config.conditions.push_back(c);
    }
    run.pack = *defaultTaskPack().pack;
    return run;
}

const LeaderboardCell &cellOf(const LeaderboardCondition &row, qint64 runId) {
    for (const LeaderboardCell &c : row.cells) {
        if (c.runId == runId)
            return c;
    }
    qFatal("no cell for run %lld", static_cast<long long>(runId));
}

/// A: cases 1-10, all right (the reference). B: cases 3-12, right on even cases.
/// C: cases 1-12, wrong on case 5 only at rotation 0, and wrong on case 4 at a second
/// rotation that no other run has (so it must not count).
std::vector<LeaderboardRunInput> threeRuns() {
    LeaderboardRunInput a = makeRun(1, QStringLiteral("model-a"), {kAxial, kMosaic});
    LeaderboardRunInput b = makeRun(2, QStringLiteral("model-b"), {kAxial, kMosaic});
    LeaderboardRunInput c = makeRun(3, QStringLiteral("model-c"), {kAxial});
    addAnswers(&a, kAxial, 1, 10, [](qint64) { return true; });
    addAnswers(&a, kMosaic, 1, 10, [](qint64) { return true; });
    addAnswers(&b, kAxial, 3, 12, [](qint64 id) { return id % 2 == 0; });
    addAnswers(&b, kMosaic, 1, 10, [](qint64) { return true; });
    addAnswers(&c, kAxial, 1, 12, [](qint64 id) { return id != 5; });
    addAnswers(
        &c, kAxial, 1, 12, [](qint64 id) { return id != 4; }, 1);
    return {a, b, c};
}

} // namespace

class TestBenchLeaderboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sharedItemsAreTheIntersection();
    void pairedDifferenceAgainstTheReference();
    void referenceOrientsTheSign();
    void conditionMissingInOneRunHasNoSharedItems();
    void conflictingLabelsAreLeftOut();
    void cardsSumTokens();
    void deterministic();
};

void TestBenchLeaderboard::sharedItemsAreTheIntersection() {
    const Leaderboard board = buildLeaderboard(threeRuns(), 1, 500, 7);
    QCOMPARE(board.conditions.size(), std::size_t(2));
    const LeaderboardCondition &axial = board.conditions[0];
    QCOMPARE(axial.condition, kAxial);
    QCOMPARE(axial.slices, QStringLiteral("centre"));
    QCOMPARE(axial.views, QStringLiteral("axial"));
    QCOMPARE(axial.shots, 0);
    QCOMPARE(axial.items, 8); // cases 3..10 are in all three runs
    QCOMPARE(axial.cases, 8);
    QCOMPARE(axial.questions, QStringList{QStringLiteral("lesion_present")});
    QCOMPARE(axial.cells.size(), std::size_t(3));
    QCOMPARE(cellOf(axial, 1).accuracy.estimate, 1.0);
    QCOMPARE(cellOf(axial, 2).accuracy.estimate, 0.5);   // 4, 6, 8, 10 of 3..10
    QCOMPARE(cellOf(axial, 3).accuracy.estimate, 0.875); // rotation 1 is not shared
    QCOMPARE(cellOf(axial, 3).right, 7);
    const Interval &ci = cellOf(axial, 2).accuracy;
    QVERIFY(ci.low <= 0.5 && ci.high >= 0.5 && ci.low < ci.high);
}

void TestBenchLeaderboard::pairedDifferenceAgainstTheReference() {
    const Leaderboard board = buildLeaderboard(threeRuns(), 1, 500, 7);
    const LeaderboardCondition &axial = board.conditions[0];
    QVERIFY(!cellOf(axial, 1).vsReference); // the reference is not compared with itself
    const PairedComparison &b = *cellOf(axial, 2).vsReference;
    QCOMPARE(b.items, 8);
    QCOMPARE(b.accuracyDifference.difference.estimate, -0.5); // B − A
    QCOMPARE(b.onlyA, 0);                                     // B right where A was not
    QCOMPARE(b.onlyB, 4);                                     // A right where B was not
    QCOMPARE(b.mcnemarP, 0.125);                              // 2 · 0.5⁴
    QVERIFY(b.accuracyDifference.difference.high <= 0.0);
    const PairedComparison &c = *cellOf(axial, 3).vsReference;
    QCOMPARE(c.accuracyDifference.difference.estimate, -0.125);
    QCOMPARE(c.mcnemarP, 1.0);
}

void TestBenchLeaderboard::referenceOrientsTheSign() {
    const Leaderboard board = buildLeaderboard(threeRuns(), 2, 500, 7);
    const PairedComparison &a = *cellOf(board.conditions[0], 1).vsReference;
    QCOMPARE(a.accuracyDifference.difference.estimate, 0.5); // A − B
    QCOMPARE(a.onlyA, 4);
    QVERIFY(a.accuracyDifference.difference.low >= 0.0);
    QVERIFY(board.card(2)->reference);
    QVERIFY(!board.card(1)->reference);
}

void TestBenchLeaderboard::conditionMissingInOneRunHasNoSharedItems() {
    const Leaderboard board = buildLeaderboard(threeRuns(), 1, 100, 7);
    const LeaderboardCondition &mosaic = board.conditions[1];
    QCOMPARE(mosaic.condition, kMosaic);
    QVERIFY(!mosaic.hasSharedItems());
    QVERIFY(mosaic.cells.empty());
    QCOMPARE(mosaic.missingIn, QStringList{QStringLiteral("model-c #3")});
    QVERIFY(board.hasSharedItems());

    std::vector<LeaderboardRunInput> disjoint = threeRuns();
    disjoint.resize(2);
    disjoint[1].predictions.clear();
    addAnswers(&disjoint[1], kAxial, 20, 30, [](qint64) { return true; });
    const Leaderboard none = buildLeaderboard(disjoint, 1, 100, 7);
    QVERIFY(!none.hasSharedItems());
}

void TestBenchLeaderboard::conflictingLabelsAreLeftOut() {
    std::vector<LeaderboardRunInput> runs = threeRuns();
    runs.resize(2);
    for (StoredPrediction &p : runs[1].predictions) {
        if (p.condition == kAxial && p.caseId == 4)
            p.truth = QStringLiteral("no"); // another label source disagrees on case 4
    }
    const Leaderboard board = buildLeaderboard(runs, 1, 100, 7);
    const LeaderboardCondition &axial = board.conditions[0];
    QCOMPARE(axial.labelConflicts, 1);
    QCOMPARE(axial.items, 7); // 3..10 without 4
}

void TestBenchLeaderboard::cardsSumTokens() {
    const Leaderboard board = buildLeaderboard(threeRuns(), 1, 100, 7);
    const LeaderboardCard *c = board.card(3);
    QVERIFY(c != nullptr);
    QCOMPARE(c->predictions, 24);
    QCOMPARE(c->promptTokens, qint64(2400));
    QCOMPARE(c->completionTokens, qint64(48));
    QCOMPARE(c->model, QStringLiteral("model-c"));
    QCOMPARE(c->endpoint, QStringLiteral("http://127.0.0.1:9/v1"));
    QCOMPARE(c->label, QStringLiteral("model-c #3"));
}

void TestBenchLeaderboard::deterministic() {
    const Leaderboard one = buildLeaderboard(threeRuns(), 1, 300, 11);
    const Leaderboard two = buildLeaderboard(threeRuns(), 1, 300, 11);
    const auto &a = *cellOf(one.conditions[0], 2).vsReference;
    const auto &b = *cellOf(two.conditions[0], 2).vsReference;
    QCOMPARE(a.accuracyDifference.difference.low, b.accuracyDifference.difference.low);
    QCOMPARE(a.accuracyDifference.pValue, b.accuracyDifference.pValue);
    QCOMPARE(cellOf(one.conditions[0], 3).accuracy.low, cellOf(two.conditions[0], 3).accuracy.low);
}

QTEST_GUILESS_MAIN(TestBenchLeaderboard)
#include "tst_bench_leaderboard.moc"
