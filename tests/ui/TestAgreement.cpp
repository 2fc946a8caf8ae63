// Agreement statistics of the adjudication view: Cohen's and Fleiss' κ on known values,
// mean slice distance between raters, passes as separate raters.

#include "ui/annotation/Agreement.h"

#include <QTest>

#include <cmath>

using namespace brainmd;

namespace {
// "y y n" → {"y", "y", "n"}
QStringList labels(const char *text) {
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}
} // namespace

class TestAgreement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cohen_data();
    void cohen();
    void fleiss_data();
    void fleiss();
    void summary();
};

void TestAgreement::cohen_data() {
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<double>("kappa");
    QTest::newRow("half") << labels("y y n n") << labels("y n n n") << 0.5;
    QTest::newRow("perfect") << labels("y n y") << labels("y n y") << 1.0;
    QTest::newRow("opposite") << labels("y n") << labels("n y") << -1.0;
}

void TestAgreement::cohen() {
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(double, kappa);
    QCOMPARE(cohenKappa(a, b), kappa);
}

void TestAgreement::fleiss_data() {
    QTest::addColumn<QList<QStringList>>("ratings");
    QTest::addColumn<double>("kappa");
    QTest::newRow("perfect") << QList<QStringList>{labels("a a a"), labels("b b b")} << 1.0;
    QTest::newRow("split") << QList<QStringList>{labels("a a b"), labels("a b b")} << -1.0 / 3.0;
}

void TestAgreement::fleiss() {
    QFETCH(QList<QStringList>, ratings);
    QFETCH(double, kappa);
    QVERIFY(std::abs(fleissKappa(std::vector<QStringList>(ratings.begin(), ratings.end())) -
                     kappa) < 1e-12);
}

void TestAgreement::summary() {
    std::vector<SliceMark> marks;
    const auto mark = [&](qint64 reader, int pass, qint64 caseId, int slice) {
        SliceMark m;
        m.readerId = reader;
        m.readerName = reader == 1 ? QStringLiteral("alice") : QStringLiteral("bob");
        m.pass = pass;
        m.caseId = caseId;
        m.sliceIndex = slice;
        m.positionMm = slice * 2.0;
        marks.push_back(m);
    };
    mark(1, 1, 10, 40);
    mark(2, 1, 10, 44);
    mark(1, 2, 10, 41);
    const AgreementSummary s = computeAgreement(marks, {});
    const ViewAgreement &axial = s.views[0];
    QCOMPARE(axial.pairs, 3);
    QCOMPARE(axial.meanSlices, (4.0 + 1.0 + 3.0) / 3.0);
    QCOMPARE(s.raters.size(), 3);
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "TestAgreement.moc"
