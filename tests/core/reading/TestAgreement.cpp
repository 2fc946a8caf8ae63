// Agreement statistics of the adjudication view: Cohen's and Fleiss' κ on known values,
// mean slice distance between raters, passes as separate raters.

#include "reading/Agreement.h"

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
    void exportPerViewAndQuestion();
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

// Two readers on six cases: κ with an interval, slice agreement, "not defined" where a
// question was answered on one case only; the CSV a methods section quotes.
void TestAgreement::exportPerViewAndQuestion() {
    std::vector<SliceMark> marks;
    std::vector<AnswerRecord> answers;
    const QStringList a = labels("left right left none left right");
    const QStringList b = labels("left right right none left left");
    for (qint64 c = 1; c <= 6; ++c) {
        for (qint64 reader : {1, 2}) {
            SliceMark m;
            m.readerId = reader;
            m.readerName = reader == 1 ? QStringLiteral("alice") : QStringLiteral("bob");
            m.caseId = c;
            m.sliceIndex = 40;
            m.positionMm = reader == 1 ? 10.0 : 10.0 + static_cast<double>(c); // 1..6 mm
            marks.push_back(m);
            AnswerRecord r;
            r.readerId = reader;
            r.readerName = m.readerName;
            r.caseId = c;
            r.questionId = QStringLiteral("lesion_side");
            r.value = (reader == 1 ? a : b)[static_cast<int>(c - 1)];
            answers.push_back(r);
        }
    }
    AnswerRecord once;
    once.readerId = 1;
    once.caseId = 1;
    once.questionId = QStringLiteral("oedema");
    once.value = QStringLiteral("yes");
    answers.push_back(once);
    once.readerId = 2;
    answers.push_back(once);
    const AgreementSummary s = computeAgreement(marks, answers);
    const QStringList csv = agreementCsv(s).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(csv.first(),
             QStringLiteral("kind,item,statistic,value,ci95,cases,raters,method,defined"));
    QCOMPARE(csv.filter(QStringLiteral("view,axial,median_abs_mm,3.50,")).size(), 1);
    const QString side = csv.filter(QStringLiteral("question,lesion_side,kappa")).value(0);
    QVERIFY2(side.endsWith(QStringLiteral(",6,2,cohen,1")), qPrintable(side));
    const QString oedema = csv.filter(QStringLiteral("question,oedema,kappa")).value(0);
    QCOMPARE(oedema,
             QStringLiteral("question,oedema,kappa,,,1,2,cohen,0")); // not 1.00 from one case
    const QString share = csv.filter(QStringLiteral("view,axial,share_within_5mm")).value(0);
    QVERIFY2(share.startsWith(QStringLiteral("view,axial,share_within_5mm,0.833,")),
             qPrintable(share));
    const QString html = agreementHtml(s);
    QVERIFY2(html.contains(QStringLiteral("<td>oedema</td><td>not defined</td>")),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("fewer than 5 cases are not defined")));
    QVERIFY(!html.contains(QStringLiteral("(n = "))); // short cells, the reason is above
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "TestAgreement.moc"
