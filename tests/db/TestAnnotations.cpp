// Reader sessions, append-only marks / answers with retractions, case events, consensus
// and the paged case browser queries, on a real SQLite file with imported test series.

#include "DbTestData.h"

#include "db/AnnotationRepository.h"
#include "db/CaseBrowserRepository.h"
#include "db/CaseEventRepository.h"
#include "db/ConsensusRepository.h"
#include "db/Database.h"
#include "db/ReaderRepository.h"
#include "db/SqlStudyStorage.h"
#include "db/SqlUtil.h"
#include "workflows/ImportService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

class TestAnnotations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readersAndSessions();
    void marksLatestWinsAndRetractionRestores();
    void answersKeepSuggestion();
    void tablesAreAppendOnly_data();
    void tablesAreAppendOnly();
    void caseEventsFold();
    void consensusLatestWins();
    void browserPagesSortsAndFilters_data();
    void browserPagesSortsAndFilters();

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::vector<qint64> m_cases;
    Reader m_alice, m_bob;
};

void TestAnnotations::initTestCase() {
    QVERIFY(m_dir.isValid());
    for (int i = 1; i <= 3; ++i) {
        const QString folder = m_dir.filePath(QStringLiteral("dicom/%1").arg(i));
        QCOMPARE(
            test::writeTestSeries(
                {QStringLiteral("P%1").arg(i), QStringLiteral("ACC00%1").arg(i), i, 1, i}, folder),
            QString());
    }
    QCOMPARE(m_db.open(m_dir.filePath(QStringLiteral("cases.sqlite"))), QString());
    const ImportReport report = ImportService(borrowedStorage(m_db))
                                    .import({m_dir.filePath(QStringLiteral("dicom"))}, {}, nullptr);
    QVERIFY2(report.ok(), test::describe(report).constData());
    QCOMPARE(report.counts.casesCreated, 3);
    for (const CaseRow &r : CaseBrowserRepository(m_db).list({}))
        m_cases.push_back(r.id);
    const ReaderRepository readers(m_db);
    m_alice = readers.ensureReader(QStringLiteral("alice"), QStringLiteral("reader")).value();
    m_bob = readers.ensureReader(QStringLiteral("bob"), QStringLiteral("reader")).value();
}

void TestAnnotations::readersAndSessions() {
    const ReaderRepository readers(m_db);
    QCOMPARE(readers.ensureReader(QStringLiteral("alice"), QStringLiteral("adjudicator"))->id,
             m_alice.id);
    QCOMPARE(readers.readerById(m_alice.id)->role, QStringLiteral("reader"));
    const auto session = readers.startSession(m_alice.id, m_cases, 1, QStringLiteral("first"));
    QVERIFY(session.has_value());
    QCOMPARE(session->worklist, m_cases);
    QCOMPARE(readers.setPosition(session->id, 2), QString());
    QCOMPARE(readers.openSessionOf(m_alice.id)->position, 2);
    QCOMPARE(readers.endSession(session->id), QString());
    QVERIFY(!readers.openSessionOf(m_alice.id).has_value());
}

void TestAnnotations::marksLatestWinsAndRetractionRestores() {
    const AnnotationRepository repo(m_db);
    const Authorship alice{m_alice.id, 0};
    const qint64 caseId = m_cases[0];
    const qint64 first = repo.addMark(alice, caseId, View::Axial, 4, 8.0);
    const qint64 second = repo.addMark(alice, caseId, View::Axial, 6, 12.0);
    QVERIFY(first > 0 && second > first);
    repo.addMark({m_bob.id, 0}, caseId, View::Axial, 5, 10.0);
    std::vector<SliceMark> mine = repo.currentMarks(caseId, m_alice.id);
    QCOMPARE(mine.size(), std::size_t(1));
    QCOMPARE(mine[0].sliceIndex, 6);
    QVERIFY(repo.retractMark(alice, second) > 0);
    mine = repo.currentMarks(caseId, m_alice.id);
    QCOMPARE(mine.size(), std::size_t(1));
    QCOMPARE(mine[0].sliceIndex, 4);
    QCOMPARE(repo.currentMarks(caseId).size(), std::size_t(2));
    QCOMPARE(repo.markRowCount(), 4);
    // A second pass is a separate rater.
    const auto pass2 = ReaderRepository(m_db).startSession(m_alice.id, {caseId}, 2);
    repo.addMark({m_alice.id, pass2->id}, caseId, View::Axial, 7, 14.0);
    QCOMPARE(repo.currentMarks(caseId, m_alice.id).size(), std::size_t(2));
}

void TestAnnotations::answersKeepSuggestion() {
    const AnnotationRepository repo(m_db);
    const Authorship bob{m_bob.id, 0};
    const qint64 id = repo.addAnswer(bob, m_cases[1], QStringLiteral("lesion_present"),
                                     QStringLiteral("no"), QStringLiteral("yes"), 3.0);
    QVERIFY(id > 0);
    std::vector<AnswerRecord> answers = repo.currentAnswers(m_cases[1], m_bob.id);
    QCOMPARE(answers.size(), std::size_t(1));
    QCOMPARE(answers[0].value, QStringLiteral("no"));
    QCOMPARE(answers[0].suggestedValue, QStringLiteral("yes"));
    QCOMPARE(answers[0].confidence.value_or(0), 3.0);
    repo.retractAnswer(bob, id);
    QVERIFY(repo.currentAnswers(m_cases[1], m_bob.id).empty());
}

void TestAnnotations::tablesAreAppendOnly_data() {
    QTest::addColumn<QString>("table");
    QTest::newRow("slice_annotations") << QStringLiteral("slice_annotations");
    QTest::newRow("answers") << QStringLiteral("answers");
    QTest::newRow("case_events") << QStringLiteral("case_events");
    QTest::newRow("consensus") << QStringLiteral("consensus");
}

void TestAnnotations::tablesAreAppendOnly() {
    QFETCH(QString, table);
    CaseEventRepository(m_db).add({m_alice.id, 0}, m_cases[2], CaseEventKind::Opened);
    ConsensusRepository(m_db).set(m_cases[2], m_alice.id, QStringLiteral("oedema"),
                                  QStringLiteral("no"));
    AnnotationRepository(m_db).addAnswer({m_alice.id, 0}, m_cases[2], QStringLiteral("oedema"),
                                         QStringLiteral("no"));
    QVERIFY(test::rowCount(m_db, table) > 0);
    QVERIFY(!sql::run(m_db.connection(), QStringLiteral("DELETE FROM %1").arg(table)).isEmpty());
    QVERIFY(!sql::run(m_db.connection(), QStringLiteral("UPDATE %1 SET created_at = ''").arg(table))
                 .isEmpty());
}

void TestAnnotations::caseEventsFold() {
    const CaseEventRepository events(m_db);
    const Authorship bob{m_bob.id, 0};
    const qint64 caseId = m_cases[0];
    QVERIFY(!events.hasCommitted(m_bob.id, caseId));
    events.add(bob, caseId, CaseEventKind::Confidence, QStringLiteral("2"));
    events.add(bob, caseId, CaseEventKind::Confidence, QStringLiteral("5"));
    events.add(bob, caseId, CaseEventKind::PoorQuality, QStringLiteral("1"));
    events.add(bob, caseId, CaseEventKind::Comment, QStringLiteral("motion"));
    events.add(bob, caseId, CaseEventKind::Time, {}, 12.5);
    events.add(bob, caseId, CaseEventKind::Time, {}, 2.5);
    events.add(bob, caseId, CaseEventKind::Committed, QStringLiteral("1"));
    const CaseReadState state = events.state(m_bob.id, caseId);
    QCOMPARE(state.confidence.value_or(0), 5);
    QVERIFY(state.poorQuality);
    QVERIFY(state.committed);
    QCOMPARE(state.comment, QStringLiteral("motion"));
    QCOMPARE(state.secondsSpent, 15.0);
    QVERIFY(events.hasCommitted(m_bob.id, caseId));
    QCOMPARE(events.committedCases(m_bob.id), std::vector<qint64>{caseId});
}

void TestAnnotations::consensusLatestWins() {
    const ConsensusRepository consensus(m_db);
    const qint64 caseId = m_cases[1];
    consensus.set(caseId, m_alice.id, ConsensusRepository::viewItem(View::Coronal),
                  QStringLiteral("3"));
    consensus.set(caseId, m_alice.id, ConsensusRepository::viewItem(View::Coronal),
                  QStringLiteral("4"));
    consensus.set(caseId, m_alice.id, QStringLiteral("lesion_side"), QStringLiteral("left"));
    consensus.set(caseId, m_alice.id, QStringLiteral("lesion_side"), QString());
    const std::vector<ConsensusItem> items = consensus.forCase(caseId);
    QCOMPARE(items.size(), std::size_t(1));
    QCOMPARE(items[0].item, QStringLiteral("view:coronal"));
    QCOMPARE(items[0].value, QStringLiteral("4"));
}

void TestAnnotations::browserPagesSortsAndFilters_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reader");
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<int>("expected");
    QTest::newRow("all") << QString() << QString() << true << 3;
    QTest::newRow("descending") << QString() << QString() << false << 3;
    QTest::newRow("text") << QStringLiteral("ACC002") << QString() << true << 1;
    QTest::newRow("no match") << QStringLiteral("%_") << QString() << true << 0;
    QTest::newRow("reader bob") << QString() << QStringLiteral("bob") << true << 2;
    QTest::newRow("unknown reader") << QString() << QStringLiteral("zoe") << true << 0;
}

void TestAnnotations::browserPagesSortsAndFilters() {
    QFETCH(QString, text);
    QFETCH(QString, reader);
    QFETCH(bool, ascending);
    QFETCH(int, expected);
    const CaseBrowserRepository repo(m_db);
    CaseQuery query;
    query.text = text;
    query.readerName = reader;
    query.ascending = ascending;
    QCOMPARE(repo.count(query), expected);
    query.limit = 2;
    std::vector<CaseRow> page = repo.list(query);
    query.offset = 2;
    const std::vector<CaseRow> rest = repo.list(query);
    page.insert(page.end(), rest.begin(), rest.end());
    QCOMPARE(static_cast<int>(page.size()), expected);
    for (std::size_t i = 1; i < page.size(); ++i)
        QVERIFY(ascending ? page[i - 1].caseKey < page[i].caseKey
                          : page[i - 1].caseKey > page[i].caseKey);
}

QTEST_GUILESS_MAIN(TestAnnotations)
#include "TestAnnotations.moc"
