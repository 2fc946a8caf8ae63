// Scores that say what they mean: each condition against its blank (or no-image) control,
// oriented condition − control, with a verdict; AUROC left out where probabilities are
// constant (a prior ranks nothing).

#include "bench/BenchScoring.h"
#include "bench/ControlContrast.h"
#include "bench/SplitSpread.h"
#include "bench/TaskPack.h"

#include <QTest>

#include <cmath>

using namespace brainmd;

namespace {

/// lesion_present for `cases` cases (truth alternates yes/no): `right(i)` says whether
/// case i is answered correctly; probability 0.5 for every item when `constant`.
std::vector<StoredPrediction> answers(const QString &condition, int cases,
                                      const std::function<bool(int)> &right, bool constant) {
    std::vector<StoredPrediction> list;
    for (int i = 0; i < cases; ++i) {
        StoredPrediction p;
        p.caseId = i + 1;
        p.condition = condition;
        p.questionId = QStringLiteral("lesion_present");
        p.truth = i % 2 == 0 ? QStringLiteral("yes") : QStringLiteral("no");
        p.status = QStringLiteral("answered");
        const bool yes = right(i) == (p.truth == QLatin1String("yes"));
        p.value = yes ? QStringLiteral("yes") : QStringLiteral("no");
        p.probability = constant ? 0.5 : (yes ? 0.8 : 0.2);
        list.push_back(p);
    }
    return list;
}

} // namespace

class TestBenchControls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contrastsAgainstTheBlankControl();
    void constantProbabilitiesHaveNoAuroc();
    void spreadOverRepeatedSplits();
};

void TestBenchControls::contrastsAgainstTheBlankControl() {
    const TaskPack pack = *defaultTaskPack().pack;
    const QStringList conditions{
        QStringLiteral("manual/axial/0-shot"), QStringLiteral("random/axial/0-shot"),
        QStringLiteral("blank/axial/0-shot"), QStringLiteral("manual/axial/3-shot"),
        QStringLiteral("none/axial/3-shot")};
    std::vector<StoredPrediction> all;
    auto add = [&all](std::vector<StoredPrediction> more) {
        all.insert(all.end(), more.begin(), more.end());
    };
    constexpr int kCases = 40;
    add(answers(
        conditions[0], kCases, [](int) { return true; }, false)); // sees
    add(answers(
        conditions[1], kCases, [](int i) { return i % 2 == 0; }, true)); // = blank
    add(answers(
        conditions[2], kCases, [](int i) { return i % 2 == 0; }, true)); // prior
    add(answers(
        conditions[3], kCases, [](int i) { return i % 4 != 0; }, false));
    add(answers(
        conditions[4], kCases, [](int i) { return i % 2 == 0; }, true));
    const BenchScores scores = scoreBenchRun(pack, conditions, all, 500, 3);
    const std::vector<ControlContrast> rows = controlContrasts(scores);
    QCOMPARE(rows.size(), std::size_t(3)); // controls themselves get no row
    QCOMPARE(rows[0].condition, conditions[0]);
    QCOMPARE(rows[0].control, conditions[2]);
    QCOMPARE(rows[0].items, kCases);
    QCOMPARE(rows[0].difference.estimate, 0.5); // 100 % − 50 %, condition − control
    QVERIFY(rows[0].better());
    QVERIFY(rows[0].mcnemarP < 0.001);
    QCOMPARE(rows[1].condition, conditions[1]);
    QCOMPARE(rows[1].difference.estimate, 0.0);
    QVERIFY(!rows[1].better()); // the warning: no evidence the images were used
    QCOMPARE(rows[1].mcnemarP, 1.0);
    // No blank at 3 shots: the no-image control stands in.
    QCOMPARE(rows[2].control, conditions[4]);
    QCOMPARE(rows[2].difference.estimate, 0.25);
    QVERIFY(rows[2].difference.low <= rows[2].difference.estimate &&
            rows[2].difference.estimate <= rows[2].difference.high);
}

void TestBenchControls::constantProbabilitiesHaveNoAuroc() {
    const TaskPack pack = *defaultTaskPack().pack;
    const QStringList conditions{QStringLiteral("blank/axial/0-shot"),
                                 QStringLiteral("manual/axial/0-shot")};
    std::vector<StoredPrediction> all = answers(
        conditions[0], 20, [](int) { return false; }, true);
    const auto seen = answers(
        conditions[1], 20, [](int i) { return i != 3; }, false);
    all.insert(all.end(), seen.begin(), seen.end());
    const BenchScores scores = scoreBenchRun(pack, conditions, all, 200, 1);
    QCOMPARE(scores.conditions.size(), std::size_t(2));
    QVERIFY(std::isnan(scores.conditions[0].auroc)); // a prior: nothing is ranked
    QVERIFY(std::isfinite(scores.conditions[1].auroc));
    QVERIFY(scores.conditions[1].auroc > 0.9);
}

void TestBenchControls::spreadOverRepeatedSplits() {
    auto scoresWith = [](double a, double b) {
        BenchScores scores;
        ConditionScore x;
        x.condition = QStringLiteral("manual/axial/0-shot");
        x.items = 10;
        x.accuracy = {a, a, a};
        ConditionScore y = x;
        y.condition = QStringLiteral("blank/axial/0-shot");
        y.accuracy = {b, b, b};
        scores.conditions = {x, y};
        return scores;
    };
    const std::vector<SeededScores> runs{{7, 3, "1,2,", scoresWith(0.6, 0.5)},
                                         {5, 1, "3,4,", scoresWith(0.8, 0.5)},
                                         {6, 2, "1,2,", scoresWith(0.7, 0.5)}};
    const SplitSpread spread = summariseSplitSpread(runs, {QStringLiteral("manual/axial/0-shot"),
                                                           QStringLiteral("blank/axial/0-shot"),
                                                           QStringLiteral("votemi/axial/0-shot")});
    QCOMPARE(spread.seeds, (std::vector<std::uint64_t>{1, 2, 3}));
    QCOMPARE(spread.runIds, (std::vector<qint64>{5, 6, 7}));
    QCOMPARE(spread.distinctPools, 2);
    QCOMPARE(spread.rows.size(), std::size_t(2)); // votemi was not scored
    QVERIFY(std::abs(spread.rows[0].mean - 0.7) < 1e-12);
    QVERIFY(std::abs(spread.rows[0].sd - 0.1) < 1e-12); // sample SD of 0.6, 0.7, 0.8
    QCOMPARE(spread.rows[0].min, 0.6);
    QCOMPARE(spread.rows[0].max, 0.8);
    QCOMPARE(spread.rows[1].sd, 0.0);
    QVERIFY(summariseSplitSpread({runs[0]}, {QStringLiteral("manual/axial/0-shot")}).empty());
}

QTEST_GUILESS_MAIN(TestBenchControls)
#include "tst_bench_controls.moc"
