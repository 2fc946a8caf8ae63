// Postponing a case moves it to the end of the reader's worklist, in the database too, so
// that a resumed session meets it after the others.

#include "../db/DbTestData.h"

#include "db/SqlStudyStorage.h"
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "workflows/ImportService.h"
#include "db/ReaderRepository.h"
#include "ui/annotation/AnnotationSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

class TestAnnotationSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void postponeMovesTheCaseToTheEnd();

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
        QCOMPARE(session.begin(QStringLiteral("carol"), QStringLiteral("reader"), {a, b, c}),
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

QTEST_GUILESS_MAIN(TestAnnotationSession)
#include "TestAnnotationSession.moc"
