// A reader's save while another program holds the database's write lock: the GUI thread
// keeps running its event loop (timers fire, the window would draw) while the write waits
// on the database writer thread; the waiting notice is raised and withdrawn; the mark is
// stored exactly once when the lock is released, and the session reports it saved.

#include "../db/DbTestData.h"

#include "db/AnnotationRepository.h"
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/jobs/WriteOffGuiThread.h"
#include "workflows/ImportService.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace brainmd;

class TestBusyDatabaseSave : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveWaitsForTheLockWithoutStoppingTheEventLoop();
    void writesFromAWorkerThreadRunInPlace();

private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_case = 0;
};

void TestBusyDatabaseSave::initTestCase() {
    QVERIFY(m_dir.isValid());
    QCOMPARE(
        test::writeTestSeries({QStringLiteral("P1"), QStringLiteral("PP1"), 1, 1, 1, {16, 16, 4}},
                              m_dir.filePath(QStringLiteral("data/1"))),
        QString());
    QCOMPARE(m_db.open(m_dir.filePath(QStringLiteral("cases.db"))), QString());
    QVERIFY(ImportService(borrowedStorage(m_db))
                .import({m_dir.filePath(QStringLiteral("data"))}, {}, nullptr)
                .problems.empty());
    const std::vector<CaseSummary> cases = CaseRepository(m_db).list();
    QCOMPARE(cases.size(), std::size_t(1));
    m_case = cases.front().id;
}

void TestBusyDatabaseSave::saveWaitsForTheLockWithoutStoppingTheEventLoop() {
    AnnotationSession session(m_db);
    QCOMPARE(session.begin(QStringLiteral("dana"), QStringLiteral("reader"), {m_case}), QString());

    // "Another program": a connection of its own that takes the write lock and keeps it.
    QSqlDatabase other =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
    other.setDatabaseName(m_db.path());
    QVERIFY(other.open());
    QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));

    // A timer on the GUI thread counts its ticks while the save waits; the waiting notice
    // (raised from the same event loop) then releases the lock.
    int ticks = 0;
    int ticksWhenNoticed = -1;
    bool storedWhileLocked = true;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
    QSignalSpy waiting(&DatabaseWriter::instance(), &DatabaseWriter::waitingChanged);
    const QMetaObject::Connection release = connect(
        &DatabaseWriter::instance(), &DatabaseWriter::waitingChanged, this, [&](bool isWaiting) {
            if (!isWaiting)
                return;
            ticksWhenNoticed = ticks;
            storedWhileLocked = !AnnotationRepository(m_db).currentMarks(m_case).empty();
            QVERIFY(DatabaseWriter::instance().isWriting());
            QSqlQuery(other).exec(QStringLiteral("COMMIT"));
        });
    heartbeat.start();
    session.markSlice(View::Axial, 2, 1.5);
    heartbeat.stop();
    disconnect(release);

    QVERIFY2(ticksWhenNoticed > 0, "the GUI thread's timers did not run while the save waited");
    QVERIFY(!storedWhileLocked);
    QCOMPARE(waiting.size(), 2); // raised, then withdrawn
    QCOMPARE(waiting.at(0).at(0).toBool(), true);
    QCOMPARE(waiting.at(1).at(0).toBool(), false);
    QVERIFY(!DatabaseWriter::instance().isWriting());
    QVERIFY(session.lastSaveOk());
    const std::vector<SliceMark> marks = AnnotationRepository(m_db).currentMarks(m_case);
    QCOMPARE(marks.size(), std::size_t(1));
    QCOMPARE(marks.front().sliceIndex, 2);
    QVERIFY(session.ownMark(View::Axial).has_value());
    session.end();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
}

void TestBusyDatabaseSave::writesFromAWorkerThreadRunInPlace() {
    Qt::HANDLE ranOn = nullptr;
    QThread *worker = QThread::create(
        [&ranOn] { writeOffGuiThread([&ranOn] { ranOn = QThread::currentThreadId(); }); });
    Qt::HANDLE workerId = nullptr;
    connect(
        worker, &QThread::started, this, [&workerId] { workerId = QThread::currentThreadId(); },
        Qt::DirectConnection);
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY(ranOn != nullptr);
    QCOMPARE(ranOn, workerId);
    delete worker;
    // From the GUI thread the write runs elsewhere.
    Qt::HANDLE guiRanOn = nullptr;
    writeOffGuiThread([&guiRanOn] { guiRanOn = QThread::currentThreadId(); });
    QVERIFY(guiRanOn != nullptr);
    QVERIFY(guiRanOn != QThread::currentThreadId());
}

QTEST_MAIN(TestBusyDatabaseSave)
#include "TestBusyDatabaseSave.moc"
