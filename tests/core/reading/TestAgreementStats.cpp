// Agreement statistics: κ (Cohen for two raters, Fleiss for more) with a bootstrap
// interval, "not defined" below the minimum number of cases, slice agreement as the
// median |Δ| mm and the share within 5 mm.

#include "reading/AgreementStats.h"

#include <QTest>

#include <cmath>

using namespace brainmd;

namespace {
std::vector<QStringList> items(const QStringList &a, const QStringList &b) {
    std::vector<QStringList> out;
    for (qsizetype i = 0; i < a.size(); ++i)
        out.push_back({a[i], b[i]});
    return out;
}
QStringList split(const char *text) {
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}
} // namespace

class TestAgreementStats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kappaOnKnownValues_data();
    void kappaOnKnownValues();
    void oneCaseIsNotDefined();
    void intervalContainsTheValueAndIsReproducible();
    void sliceAgreementMedianAndShare();
    void disagreementWorklist();
};

void TestAgreementStats::kappaOnKnownValues_data() {
    QTest::addColumn<std::vector<QStringList>>("ratings");
    QTest::addColumn<double>("kappa");
    QTest::newRow("cohen half") << items(split("y y n n"), split("y n n n")) << 0.5;
    QTest::newRow("cohen opposite") << items(split("y n"), split("n y")) << -1.0;
    // Fleiss' worked example (3 raters, 4 items): P̄ = 2/3, P̄e = 0.5 → κ = 1/3.
    QTest::newRow("fleiss 3 raters")
        << std::vector<QStringList>{split("a a a"), split("b b b"), split("a a b"), split("a b b")}
        << 1.0 / 3.0;
}

void TestAgreementStats::kappaOnKnownValues() {
    QFETCH(std::vector<QStringList>, ratings);
    QFETCH(double, kappa);
    QVERIFY(std::abs(kappaOf(ratings) - kappa) < 1e-9);
}

void TestAgreementStats::oneCaseIsNotDefined() {
    const Estimate one = kappaEstimate(items(split("y"), split("y")));
    QVERIFY(!one.defined);
    QCOMPARE(one.cases, 1);
    QVERIFY(estimateText(one).startsWith(QStringLiteral("not defined")));
    QVERIFY(!estimateText(one).contains(QStringLiteral("1.00")));
    // Enough cases but one category only: undefined as well.
    const Estimate same = kappaEstimate(items(split("y y y y y y"), split("y y y y y y")));
    QVERIFY(!same.defined);
}

void TestAgreementStats::intervalContainsTheValueAndIsReproducible() {
    const auto ratings = items(split("y y n n y n y y n n y n"), split("y n n n y n y y n y y n"));
    const Estimate e = kappaEstimate(ratings, 500, 7);
    QVERIFY(e.defined);
    QCOMPARE(e.cases, 12);
    QVERIFY(e.low <= e.value && e.value <= e.high);
    QVERIFY(e.high - e.low > 0.05);
    const Estimate again = kappaEstimate(ratings, 500, 7);
    QCOMPARE(again.low, e.low);
    QCOMPARE(again.high, e.high);
}

void TestAgreementStats::sliceAgreementMedianAndShare() {
    const SliceAgreementEstimate s = sliceAgreement({1.0, 2.0, 3.0, 8.0, 12.0, 4.0}, 5.0, 400, 3);
    QVERIFY(s.medianAbsMm.defined);
    QCOMPARE(s.medianAbsMm.value, 3.5);
    QCOMPARE(s.shareWithin.value, 4.0 / 6.0);
    QVERIFY(s.shareWithin.low <= s.shareWithin.value && s.shareWithin.value <= s.shareWithin.high);
    QVERIFY(!sliceAgreement({2.0}).medianAbsMm.defined);
    Estimate negativeZero{true, -0.5, -0.9, -0.001, 6};
    QCOMPARE(estimateText(negativeZero), QStringLiteral("-0.50 (-0.90–0.00)"));
}

void TestAgreementStats::disagreementWorklist() {
    const auto view = [](qint64 c, const char *rater, double mm) {
        return ItemRating{c, QLatin1String(rater), QStringLiteral("view:axial"), {}, mm, true};
    };
    const auto answer = [](qint64 c, const char *rater, const char *value) {
        return ItemRating{
            c,    QLatin1String(rater), QStringLiteral("lesion_side"), QLatin1String(value), 0.0,
            false};
    };
    const std::vector<ItemRating> ratings{
        view(1, "a", 10.0),     view(1, "b", 13.0),                       // 3 mm: agree
        view(2, "a", 10.0),     view(2, "b", 21.0),                       // 11 mm apart
        answer(3, "a", "left"), answer(3, "b", "right"),                  // differing answers
        answer(4, "a", "left"), answer(4, "b", "left"),  view(4, "a", 1), // agree / one rater
        answer(5, "a", "left")};                                          // one rater only
    QCOMPARE(casesWithDisagreement(ratings, 5.0), (std::vector<qint64>{2, 3}));
    QCOMPARE(casesWithDisagreement(ratings, 2.0), (std::vector<qint64>{1, 2, 3}));
}

int runAgreementStatsTests(int argc, char **argv) {
    TestAgreementStats test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestAgreementStats.moc"
