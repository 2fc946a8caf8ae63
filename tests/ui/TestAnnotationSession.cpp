// The annotation session against a real SQLite database: postponing moves a case to the
// end of the worklist; each reader reads in an order of their own (stored seed); the
// case status follows the reading (new, in progress, read by n, adjudicated); verify
// mode is never available in a blind session; the time on a case is stored as counted.

#include "../db/DbTestData.h"

#include "db/CaseBrowserRepository.h"
#include "db/CaseEventRepository.h"
#include "db/CaseRepository.h"
#include "db/ConsensusRepository.h"
#include "db/Database.h"
#include "db/ReaderRepository.h"
#include "db/SqlStudyStorage.h"
#include "reading/ReadingFlow.h"
#include "ui/annotation/AnnotationSession.h"
#include "workflows/ImportService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

class TestAnnotationSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void postponeMovesTheCaseToTheEnd();
    void eachReaderHasAnOrderOfTheirOwn();
    void caseStatusFollowsTheReading();
    void verifyIsNeverPartOfABlindSession();
    void timeOnTheCaseIsStored();

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::vector<qint64> m_cases;
};

void TestAnnotationSession::initTestCase() {
    QVERIFY(m_dir.isValid());
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(
            test::writeTestSeries(
                {QStringLiteral("P%1").arg(i), QStringLiteral("PP%1").arg(i), i, 1, i, {16, 16, 4}},
                m_dir.filePath(QStringLiteral("data/%1").arg(i))),
            QString());
    }
    QCOMPARE(m_db.open(m_dir.filePath(QStringLiteral("cases.db"))), QString());
    QVERIFY(ImportService(borrowedStorage(m_db))
                .import({m_dir.filePath(QStringLiteral("data"))}, {}, nullptr)
                .problems.empty());
    for (const CaseSummary &c : CaseRepository(m_db).list())
        m_cases.push_back(c.id);
    QCOMPARE(m_cases.size(), std::size_t(3));
}

void TestAnnotationSession::postponeMovesTheCaseToTheEnd() {
    const qint64 a = m_cases[0], b = m_cases[1], c = m_cases[2];
    {
        AnnotationSession session(m_db);
        QCOMPARE(session.begin(QStringLiteral("carol"), QStringLiteral("reader"), {a, b, c}, 1,
                               SessionKind::BlindReading, DocumentAccess::IndicationOnly, true),
                 QString());
        QCOMPARE(session.currentCaseId(), a);
        QSignalSpy changed(&session, &AnnotationSession::caseChanged);
        session.postponeCase();
        QVERIFY(session.lastSaveOk());
        QCOMPARE(session.currentCaseId(), b);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(session.session().worklist, (std::vector<qint64>{b, c, a}));
        QCOMPARE(ReaderRepository(m_db).sessionById(session.session().id)->worklist,
                 (std::vector<qint64>{b, c, a}));
        QCOMPARE(session.position(), 0);
        // The last case of the list has nothing to go behind: it stays.
        session.goTo(2);
        QCOMPARE(session.currentCaseId(), a);
        session.postponeCase();
        QCOMPARE(session.currentCaseId(), a);
        QCOMPARE(session.session().worklist, (std::vector<qint64>{b, c, a}));
        session.goTo(1);
    }
    // Resumed: the stored order and the place where the reader stopped.
    AnnotationSession resumed(m_db);
    QCOMPARE(resumed.begin(QStringLiteral("carol"), QStringLiteral("reader"), {}), QString());
    QCOMPARE(resumed.session().worklist, (std::vector<qint64>{b, c, a}));
    QCOMPARE(resumed.currentCaseId(), c);
}

void TestAnnotationSession::eachReaderHasAnOrderOfTheirOwn() {
    std::vector<std::vector<qint64>> orders;
    std::vector<quint64> seeds;
    for (const char *name : {"dave", "erin"}) {
        AnnotationSession session(m_db);
        QCOMPARE(session.begin(QLatin1String(name), QStringLiteral("reader"), m_cases), QString());
        const ReadingSession stored = *ReaderRepository(m_db).sessionById(session.session().id);
        QVERIFY(stored.hasOrderSeed);
        QCOMPARE(stored.worklist, readingOrder(m_cases, stored.orderSeed));
        QCOMPARE(session.currentCaseId(), stored.worklist.front());
        orders.push_back(stored.worklist);
        seeds.push_back(stored.orderSeed);
        // Resuming with the same cases (in the browser's order) keeps the reader's order.
        const qint64 id = session.session().id;
        session.end();
        ReaderRepository(m_db).setPosition(id, 0);
        AnnotationSession again(m_db);
        QCOMPARE(again.begin(QLatin1String(name), QStringLiteral("reader"), m_cases), QString());
        QVERIFY(again.session().id != id); // end() closed it: a new session, a new seed
    }
    QVERIFY(seeds[0] != seeds[1]);
    std::vector<qint64> sorted = orders[0];
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, m_cases);
}

namespace {
CaseRow rowOf(const Database &db, qint64 caseId) {
    for (const CaseRow &r : CaseBrowserRepository(db).list({}))
        if (r.id == caseId)
            return r;
    return {};
}
} // namespace

void TestAnnotationSession::caseStatusFollowsTheReading() {
    // A fresh case of its own, so earlier tests' readings do not count.
    QTemporaryDir dir;
    QCOMPARE(
        test::writeTestSeries({QStringLiteral("S1"), QStringLiteral("SS1"), 9, 1, 9, {16, 16, 4}},
                              dir.filePath(QStringLiteral("s"))),
        QString());
    QVERIFY(ImportService(borrowedStorage(m_db))
                .import({dir.filePath(QStringLiteral("s"))}, {}, nullptr)
                .problems.empty());
    qint64 caseId = 0;
    for (const CaseSummary &c : CaseRepository(m_db).list())
        caseId = std::max(caseId, c.id);
    QCOMPARE(rowOf(m_db, caseId).status, QStringLiteral("new"));
    for (const char *name : {"frank", "gina"}) {
        AnnotationSession session(m_db);
        QSignalSpy progressed(&session, &AnnotationSession::caseProgressChanged);
        QCOMPARE(session.begin(QLatin1String(name), QStringLiteral("reader"), {caseId}), QString());
        QVERIFY(progressed.contains(QVariantList{caseId}));
        const int committedBefore = rowOf(m_db, caseId).committedReaders;
        QCOMPARE(rowOf(m_db, caseId).status,
                 committedBefore == 0 ? QStringLiteral("in_progress") : QStringLiteral("read"));
        session.markSlice(View::Axial, 1, 2.0);
        session.commitCase();
        QCOMPARE(rowOf(m_db, caseId).status, QStringLiteral("read"));
        QCOMPARE(rowOf(m_db, caseId).committedReaders, committedBefore + 1);
        QVERIFY(rowOf(m_db, caseId).readerCount >= committedBefore + 1);
    }
    QCOMPARE(rowOf(m_db, caseId).committedReaders, 2);
    const Reader judge =
        *ReaderRepository(m_db).ensureReader(QStringLiteral("hugo"), QStringLiteral("adjudicator"));
    QVERIFY(ConsensusRepository(m_db).set(caseId, judge.id, QStringLiteral("view:axial"),
                                          QStringLiteral("1")) > 0);
    QCOMPARE(CaseEventRepository(m_db).refreshStatus(caseId), QString());
    QCOMPARE(rowOf(m_db, caseId).status, QStringLiteral("adjudicated"));
    QVERIFY(CaseRepository::statuses().contains(QStringLiteral("read")));
}

void TestAnnotationSession::verifyIsNeverPartOfABlindSession() {
    AnnotationSession blind(m_db);
    QCOMPARE(blind.begin(QStringLiteral("ivan"), QStringLiteral("reader"), m_cases), QString());
    QVERIFY(blind.policy().isBlinding());
    blind.setVerifyMode(true);
    QVERIFY(!blind.verifyMode());
    blind.commitCase();
    QVERIFY(!blind.policy().isBlinding());
    blind.setVerifyMode(true);
    QVERIFY(!blind.verifyMode()); // not after the commit either: a session kind of its own
    blind.end();
    AnnotationSession verify(m_db);
    QCOMPARE(verify.begin(QStringLiteral("ivan"), QStringLiteral("reader"), m_cases, 1,
                          SessionKind::Verify),
             QString());
    QVERIFY(verify.verifyMode());
    QVERIFY(!verify.policy().isBlinding());
    // A reader cannot start an adjudication; the adjudicator's session is never blind.
    AnnotationSession wrong(m_db);
    QVERIFY(!wrong
                 .begin(QStringLiteral("ivan"), QStringLiteral("reader"), m_cases, 1,
                        SessionKind::Adjudication)
                 .isEmpty());
}

void TestAnnotationSession::timeOnTheCaseIsStored() {
    AnnotationSession session(m_db);
    QCOMPARE(session.begin(QStringLiteral("judy"), QStringLiteral("reader"), m_cases), QString());
    const qint64 first = session.currentCaseId();
    QTRY_VERIFY_WITH_TIMEOUT(session.secondsOnCase() >= 1.0, 10000);
    const double shown = session.secondsOnCase();
    session.next();
    const double stored =
        CaseEventRepository(m_db).state(session.reader().id, first, 1).secondsSpent;
    QVERIFY2(stored >= shown && stored < shown + 5.0,
             qPrintable(QStringLiteral("shown %1 s, stored %2 s").arg(shown).arg(stored)));
    session.previous();
    QVERIFY(session.secondsOnCase() >= stored); // earlier visits count on the way back
}

QTEST_GUILESS_MAIN(TestAnnotationSession)
#include "TestAnnotationSession.moc"
