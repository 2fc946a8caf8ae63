// The blinding policy: what a session withholds, when, and the report redaction.

#include "reading/BlindingPolicy.h"
#include "reading/ReportRedaction.h"

#include <QTest>

using namespace brainmd;

class TestBlindingPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withheldOnlyWhileTheCaseIsOpenAndUncommitted_data();
    void withheldOnlyWhileTheCaseIsOpenAndUncommitted();
    void optionsChooseWhatIsWithheld();
    void verifyAndConsensusBelongToTheirKinds();
    void wholeDatabaseViewsWaitForTheWorklist();
    void reportKeepsTheIndicationOnly();
    void unknownReportIsWithheldEntirely();
    void ehrKeysNamingFindingsAreWithheld();
};

void TestBlindingPolicy::withheldOnlyWhileTheCaseIsOpenAndUncommitted_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("inWorklist");
    QTest::addColumn<bool>("committed");
    QTest::addColumn<bool>("blinding");
    const int blind = static_cast<int>(SessionKind::BlindReading);
    QTest::newRow("blind, open, uncommitted") << blind << true << false << true;
    QTest::newRow("blind, committed") << blind << true << true << false;
    QTest::newRow("blind, case outside the worklist") << blind << false << false << false;
    QTest::newRow("open reading") << static_cast<int>(SessionKind::OpenReading) << true << false
                                  << false;
    QTest::newRow("verify") << static_cast<int>(SessionKind::Verify) << true << false << false;
    QTest::newRow("adjudication") << static_cast<int>(SessionKind::Adjudication) << true << false
                                  << false;
}

void TestBlindingPolicy::withheldOnlyWhileTheCaseIsOpenAndUncommitted() {
    QFETCH(int, kind);
    QFETCH(bool, inWorklist);
    QFETCH(bool, committed);
    QFETCH(bool, blinding);
    BlindingPolicy policy;
    QVERIFY(!policy.isBlinding());
    policy.setSession(static_cast<SessionKind>(kind), {});
    policy.setCase(inWorklist, committed, false);
    QCOMPARE(policy.isBlinding(), blinding);
    QCOMPARE(policy.mayShowOthersWork(), !blinding);
    QCOMPARE(policy.mayShowImportedLabels(), !blinding);
    QCOMPARE(policy.mayShowReferenceSlices(), !blinding);
    QCOMPARE(policy.mayShowModelOutputs(), !blinding);
    QCOMPARE(policy.mayShowAdjudication(), !blinding);
    QCOMPARE(policy.documentAccess() == DocumentAccess::Full, !blinding);
    policy.clearSession();
    QVERIFY(!policy.isBlinding());
    QVERIFY(policy.mayShowOthersWork());
}

void TestBlindingPolicy::optionsChooseWhatIsWithheld() {
    BlindingOptions options;
    options.hideModelOutputs = false;
    options.documents = DocumentAccess::None;
    BlindingPolicy policy;
    policy.setSession(SessionKind::BlindReading, options);
    policy.setCase(true, false, false);
    QVERIFY(policy.mayShowModelOutputs());
    QVERIFY(!policy.mayShowOthersWork());
    QCOMPARE(policy.documentAccess(), DocumentAccess::None);
    // Adjudication shows everything at once, so any withheld part closes it.
    QVERIFY(!policy.mayShowAdjudication());
}

void TestBlindingPolicy::verifyAndConsensusBelongToTheirKinds() {
    BlindingPolicy policy;
    QVERIFY(!policy.mayVerify());
    for (SessionKind kind :
         {SessionKind::BlindReading, SessionKind::OpenReading, SessionKind::Adjudication}) {
        policy.setSession(kind, {});
        policy.setCase(true, true, false);
        QVERIFY(!policy.mayVerify()); // never inside a blind session, even after commit
    }
    policy.setSession(SessionKind::Verify, {});
    QVERIFY(policy.mayVerify());
    QVERIFY(!policy.maySetConsensus());
    policy.setSession(SessionKind::Adjudication, {});
    policy.setCase(true, false, false);
    QVERIFY(policy.maySetConsensus());
    policy.setCase(true, false, true); // the adjudicator read this case
    QVERIFY(!policy.maySetConsensus());
    policy.setSession(SessionKind::BlindReading, {});
    policy.setCase(true, true, false);
    QVERIFY(!policy.maySetConsensus()); // a plain reader never sets consensus
}

void TestBlindingPolicy::wholeDatabaseViewsWaitForTheWorklist() {
    BlindingPolicy policy;
    QVERIFY(policy.mayOpenDashboard());
    policy.setSession(SessionKind::BlindReading, {});
    policy.setCase(true, true, false); // this case committed, others not yet
    QVERIFY(policy.mayShowOthersWork());
    QVERIFY(!policy.mayOpenDashboard());
    QVERIFY(!policy.mayExportAnnotations());
    policy.setWorklistCommitted(true);
    QVERIFY(policy.mayOpenDashboard());
    QVERIFY(policy.mayExportAnnotations());
}

void TestBlindingPolicy::reportKeepsTheIndicationOnly() {
    const QString report =
        QStringLiteral("EXAMINATION: MRI brain, post-contrast 3D T1.\n"
                       "CLINICAL INFORMATION: Headache, seizure.\n"
                       "FINDINGS: A 32 mm rim-enhancing mass in the left frontal lobe\n"
                       "with surrounding oedema and mass effect.\n"
                       "IMPRESSION: Left frontal enhancing lesion.\n");
    const QString shown =
        withholdFindings(QStringLiteral("report"), report, QStringLiteral("[withheld]"));
    QVERIFY(shown.contains(QStringLiteral("CLINICAL INFORMATION: Headache, seizure.")));
    QVERIFY(shown.contains(QStringLiteral("EXAMINATION: MRI brain")));
    QVERIFY(shown.contains(QStringLiteral("FINDINGS: [withheld]")));
    QVERIFY(shown.contains(QStringLiteral("IMPRESSION: [withheld]")));
    for (const char *secret : {"32 mm", "left frontal", "Left frontal", "oedema", "mass effect"})
        QVERIFY2(!shown.contains(QLatin1String(secret)), secret);
}

void TestBlindingPolicy::unknownReportIsWithheldEntirely() {
    const QString shown = withholdFindings(
        QStringLiteral("report"), QStringLiteral("Large left temporal glioma.\nNo hydrocephalus."),
        QStringLiteral("[withheld]"));
    QCOMPARE(shown, QStringLiteral("[withheld]"));
    const QString german = withholdFindings(
        QStringLiteral("report"),
        QStringLiteral("Fragestellung: Kopfschmerz.\nBefund: Raumforderung links.\n"
                       "Beurteilung: Tumor."),
        QStringLiteral("[x]"));
    QVERIFY(german.contains(QStringLiteral("Kopfschmerz")));
    QVERIFY(!german.contains(QStringLiteral("Raumforderung")));
    QVERIFY(!german.contains(QStringLiteral("Tumor.")));
}

void TestBlindingPolicy::ehrKeysNamingFindingsAreWithheld() {
    const QString ehr = QStringLiteral("{\n  \"presenting_symptoms\": [\"headache\"],\n"
                                       "  \"diagnosis\": \"glioblastoma, left\",\n}");
    const QString shown = withholdFindings(QStringLiteral("ehr"), ehr, QStringLiteral("[x]"));
    QVERIFY(shown.contains(QStringLiteral("headache")));
    QVERIFY(!shown.contains(QStringLiteral("glioblastoma")));
}

int runBlindingPolicyTests(int argc, char **argv) {
    TestBlindingPolicy test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestBlindingPolicy.moc"
