// Metrics against values computed by hand (see the comments next to each expectation).
#include "bench/Metrics.h"
#include "bench/Probabilistic.h"
#include "bench/Resampling.h"

#include <QtTest>

#include <cmath>

using namespace brainmd;

class BenchMetricsTest : public QObject {
    Q_OBJECT

private:
    /// truth 1 1 1 0 0 0, answers 1 0 1 0 1 (abstained).
    static std::vector<ScoredItem> binaryItems() {
        return {{1, 1}, {1, 0}, {1, 1}, {0, 0}, {0, 1}, {0, kAbstained}};
    }

private Q_SLOTS:
    void classificationScores() {
        const auto items = binaryItems();
        QCOMPARE(accuracy(items), 0.5);
        // recall(0) = 1/3, recall(1) = 2/3
        QCOMPARE(balancedAccuracy(items, 2), 0.5);
        // F1(0) = 2/(2+1+2) = 0.4, F1(1) = 4/(4+1+1) = 2/3
        QVERIFY(std::abs(macroF1(items, 2) - (0.4 + 2.0 / 3.0) / 2.0) < 1e-12);
        // po = 1/2, pe = 1/2 * 2/6 + 1/2 * 3/6 = 5/12, kappa = (1/2 - 5/12) / (7/12) = 1/7
        QVERIFY(std::abs(cohenKappa(items, 2) - 1.0 / 7.0) < 1e-12);
        const auto matrix = confusionMatrix(items, 2);
        QCOMPARE(matrix[0], (std::vector<int>{1, 1, 1}));
        QCOMPARE(matrix[1], (std::vector<int>{1, 2, 0}));
        const ClassificationScores scores = scoreItems(items, 2);
        QCOMPARE(scores.abstained, 1);
        QCOMPARE(scores.answered, 5);
        QVERIFY(std::isnan(scores.auroc));
    }

    void kappaPerfectAndChance() {
        const std::vector<ScoredItem> perfect{{0, 0}, {1, 1}, {2, 2}, {1, 1}};
        QCOMPARE(cohenKappa(perfect, 3), 1.0);
        // Always answering the majority class: po = pe, kappa 0.
        const std::vector<ScoredItem> constant{{0, 0}, {0, 0}, {1, 0}, {1, 0}};
        QCOMPARE(cohenKappa(constant, 2), 0.0);
    }

    void aurocWithTies() {
        // positives 0.9 0.6 0.4, negatives 0.6 0.2 0.1: 3 + 2.5 + 2 of 9 pairs
        const std::vector<ProbabilityOutcome> outcomes{{0.9, true},  {0.6, true},  {0.4, true},
                                                       {0.6, false}, {0.2, false}, {0.1, false}};
        QVERIFY(std::abs(auroc(outcomes) - 7.5 / 9.0) < 1e-12);
        // All tied: one half.
        // Constant probabilities rank nothing: not reported (not 0.5).
        QVERIFY(std::isnan(auroc({{0.5, true}, {0.5, false}, {0.5, true}})));
        QCOMPARE(auroc({{0.5, true}, {0.5, false}, {0.6, true}}), 0.75);
        QVERIFY(std::isnan(auroc({{0.3, true}})));
        const auto curve = rocCurve(outcomes);
        QCOMPARE(curve.front().fpr, 0.0);
        QCOMPARE(curve.back().tpr, 1.0);
        QCOMPARE(curve.size(), std::size_t(6)); // origin + 5 distinct thresholds
        // Brier: (0.01 + 0.16 + 0.36 + 0.36 + 0.04 + 0.01) / 6
        QVERIFY(std::abs(brierScore(outcomes) - 0.94 / 6.0) < 1e-12);
        // ECE: bins 9 (.1), 6 (two at .6, rate .5: 2 x .1), 4 (.6), 2 (.2), 1 (.1) over 6
        QVERIFY(std::abs(expectedCalibrationError(outcomes) - 1.2 / 6.0) < 1e-12);
    }

    void mcnemar_data() {
        QTest::addColumn<int>("onlyA");
        QTest::addColumn<int>("onlyB");
        QTest::addColumn<double>("p");
        QTest::newRow("none discordant") << 0 << 0 << 1.0;
        QTest::newRow("1 vs 5") << 1 << 5 << 14.0 / 64.0;    // 2 (1 + 6) / 2^6
        QTest::newRow("10 vs 0") << 10 << 0 << 2.0 / 1024.0; // 2 / 2^10
        QTest::newRow("3 vs 3") << 3 << 3 << 1.0;
        QTest::newRow("2 vs 8") << 2 << 8 << 2.0 * 56.0 / 1024.0; // 2 (1 + 10 + 45) / 2^10
    }

    void mcnemar() {
        QFETCH(int, onlyA);
        QFETCH(int, onlyB);
        QFETCH(double, p);
        QVERIFY2(std::abs(exactMcNemar(onlyA, onlyB) - p) < 1e-12,
                 qPrintable(QString::number(exactMcNemar(onlyA, onlyB))));
        QCOMPARE(exactMcNemar(onlyA, onlyB), exactMcNemar(onlyB, onlyA));
    }

    void bootstrapIsReproducible() {
        const std::vector<int> right{1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0};
        const CaseStatistic mean = [&right](const std::vector<int> &cases) {
            double sum = 0.0;
            for (int c : cases)
                sum += right[static_cast<std::size_t>(c)];
            return sum / static_cast<double>(cases.size());
        };
        const Interval a = bootstrapInterval(16, mean, 2000, 42);
        const Interval b = bootstrapInterval(16, mean, 2000, 42);
        QCOMPARE(a.estimate, 11.0 / 16.0);
        QCOMPARE(a.low, b.low);
        QCOMPARE(a.high, b.high);
        QVERIFY(a.low < a.estimate && a.estimate < a.high);
        QVERIFY(a.low >= 0.0 && a.high <= 1.0);
        // A paired comparison of a statistic with itself: difference exactly 0, p = 1.
        const PairedDifference same = pairedBootstrap(16, mean, mean, 500, 7);
        QCOMPARE(same.difference.estimate, 0.0);
        QCOMPARE(same.difference.low, 0.0);
        QCOMPARE(same.pValue, 1.0);
    }

    void indexDrawsAreInRangeAndUniform() {
        // below(n): every value in [0, n), each about equally often (n not a power of two).
        SplitMix64 random(11);
        constexpr int kDraws = 60000;
        std::vector<int> counts(3, 0);
        for (int i = 0; i < kDraws; ++i) {
            const std::uint64_t value = random.below(3);
            QVERIFY(value < 3);
            ++counts[static_cast<std::size_t>(value)];
        }
        for (int c : counts)
            QVERIFY2(std::abs(c - kDraws / 3) < 600, qPrintable(QString::number(c)));
        QCOMPARE(random.below(1), std::uint64_t(0));
    }

    void splitMixIsFixed() {
        // SplitMix64 reference output for seed 0 (the published constants).
        SplitMix64 random(0);
        QCOMPARE(random.next(), Q_UINT64_C(0xe220a8397b1dcdaf));
        QCOMPARE(random.next(), Q_UINT64_C(0x6e789e6aa1b965f4));
    }
};

QTEST_GUILESS_MAIN(BenchMetricsTest)
#include "tst_bench_metrics.moc"
