// SelectionRepository and ExamplePoolRepository on a real SQLite file: identity by
// parameter hash, revisions, and everything read back equal after closing and reopening.
#include "DbTestData.h"
#include "workflows/SelectionIdentity.h"

#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/ExamplePoolRepository.h"
#include "db/SelectionRepository.h"
#include "db/SqlStudyStorage.h"
#include "votemi/SliceSelector.h"
#include "workflows/ImportService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

namespace {

StoredSelection sampleSelection(qint64 caseId, const QString &method,
                                const SelectionParameters &p) {
    SelectionResult result;
    result.method = method.toStdString();
    result.parameters = p;
    result.parameters.eps = 0.75;
    result.parameters.minPts = 20;
    result.patchCount = 321;
    result.clusterCount = 4;
    for (const View view : kAllViews) {
        ViewSelection &v = result.views[static_cast<std::size_t>(view)];
        v.view = view;
        v.sliceIndex = 3 + static_cast<int>(view);
        v.positionMm = -12.5 + 1.25 * static_cast<int>(view);
        v.voteProfile = {0.0, 1.0, 2.5, 1.0 / 3.0, 7.0};
    }
    const QJsonObject requested = selectionRequestedParameters(method, p);
    return selectionFromResult(caseId, result, requested);
}

} // namespace

class TestSelectionStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parameterHashCoversWhatTheMethodReads_data();
    void parameterHashCoversWhatTheMethodReads();
    void selectionSurvivesRestart();
    void sameIdentityGetsNextRevision();
    void examplePoolSurvivesRestart();

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::vector<qint64> m_cases;
};

void TestSelectionStore::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.filePath(QStringLiteral("dicom"));
    QCOMPARE(test::writeTestSeries({QStringLiteral("P1"), QStringLiteral("ACC001"), 1, 1, 1},
                                   data + QStringLiteral("/a")),
             QString());
    QCOMPARE(test::writeTestSeries({QStringLiteral("P2"), QStringLiteral("ACC002"), 2, 1, 2},
                                   data + QStringLiteral("/b")),
             QString());
    m_dbPath = m_dir.filePath(QStringLiteral("store.sqlite"));
    Database db;
    QCOMPARE(db.open(m_dbPath), QString());
    QVERIFY(db.schemaVersion() >= 4);
    const ImportReport report = ImportService(borrowedStorage(db)).import({data}, {}, nullptr);
    QVERIFY2(report.ok(), test::describe(report).constData());
    for (const CaseSummary &c : CaseRepository(db).list())
        m_cases.push_back(c.id);
    QCOMPARE(int(m_cases.size()), 2);
}

void TestSelectionStore::parameterHashCoversWhatTheMethodReads_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("change");
    QTest::addColumn<bool>("hashChanges");
    // change: 0 seed, 1 delta, 2 weighting, 3 keepDebug (never part of the identity)
    QTest::newRow("centre ignores the seed") << QStringLiteral("centre") << 0 << false;
    QTest::newRow("random reads the seed") << QStringLiteral("random") << 0 << true;
    QTest::newRow("random ignores delta") << QStringLiteral("random") << 1 << false;
    QTest::newRow("votemi reads delta") << QStringLiteral("votemi") << 1 << true;
    QTest::newRow("votemi reads the weighting") << QStringLiteral("votemi") << 2 << true;
    QTest::newRow("debug output is no parameter") << QStringLiteral("votemi") << 3 << false;
}

void TestSelectionStore::parameterHashCoversWhatTheMethodReads() {
    QFETCH(QString, method);
    QFETCH(int, change);
    QFETCH(bool, hashChanges);
    SelectionParameters a;
    SelectionParameters b;
    if (change == 0)
        b.seed = 42;
    else if (change == 1)
        b.delta = 0.4;
    else if (change == 2)
        b.weighting = VoteWeighting::ClusterBalanced;
    else
        b.keepDebug = true;
    const QString hashA = selectionParameterHash(selectionRequestedParameters(method, a));
    const QString hashB = selectionParameterHash(selectionRequestedParameters(method, b));
    QCOMPARE(hashA.size(), 64);
    QCOMPARE(hashA != hashB, hashChanges);
}

void TestSelectionStore::selectionSurvivesRestart() {
    SelectionParameters p;
    p.seed = 7;
    StoredSelection written = sampleSelection(m_cases[0], QStringLiteral("votemi"), p);
    {
        Database db;
        QCOMPARE(db.open(m_dbPath), QString());
        QCOMPARE(SelectionRepository(db).insert(&written), QString());
        QVERIFY(written.id > 0);
        QCOMPARE(written.revision, 1);
        db.close();
    }
    Database db;
    QCOMPARE(db.open(m_dbPath), QString());
    const std::optional<StoredSelection> read = SelectionRepository(db).byId(written.id);
    QVERIFY(read.has_value());
    QCOMPARE(read->caseId, written.caseId);
    QCOMPARE(read->method, QStringLiteral("votemi"));
    QCOMPARE(read->parameterHash, written.parameterHash);
    QCOMPARE(read->parameters, written.parameters);
    QCOMPARE(read->parameters.value(QStringLiteral("resolved"))
                 .toObject()
                 .value(QStringLiteral("eps"))
                 .toDouble(),
             0.75);
    QCOMPARE(read->seed, quint64(7));
    QCOMPARE(read->softwareVersion, written.softwareVersion);
    QVERIFY(read->softwareVersion.contains(QStringLiteral("git")));
    QCOMPARE(read->createdAt, written.createdAt);
    QVERIFY(read->sameResultAs(written));
    for (const View view : kAllViews) {
        QCOMPARE(read->view(view).view, view);
        QCOMPARE(read->view(view).sliceIndex, written.view(view).sliceIndex);
        QCOMPARE(read->view(view).positionMm, written.view(view).positionMm);
        QCOMPARE(read->view(view).voteProfile, written.view(view).voteProfile); // exact, incl. 1/3
    }
    const auto latest =
        SelectionRepository(db).latest(m_cases[0], QStringLiteral("votemi"), written.parameterHash);
    QVERIFY(latest.has_value());
    QCOMPARE(latest->id, written.id);
}

void TestSelectionStore::sameIdentityGetsNextRevision() {
    Database db;
    QCOMPARE(db.open(m_dbPath), QString());
    const SelectionRepository repository(db);
    SelectionParameters p;
    StoredSelection first = sampleSelection(m_cases[1], QStringLiteral("random"), p);
    QCOMPARE(repository.insert(&first), QString());
    StoredSelection second = sampleSelection(m_cases[1], QStringLiteral("random"), p);
    second.views[0].sliceIndex += 1;
    QVERIFY(!second.sameResultAs(first));
    QCOMPARE(repository.insert(&second), QString());
    QCOMPARE(second.revision, first.revision + 1);
    QCOMPARE(repository.latest(m_cases[1], QStringLiteral("random"), first.parameterHash)->id,
             second.id);
    // forCase lists the newest revision of each identity only.
    const std::vector<StoredSelection> forCase = repository.forCase(m_cases[1]);
    QCOMPARE(int(forCase.size()), 1);
    QCOMPARE(forCase.front().id, second.id);
    const std::vector<StoredSelection> perCase = repository.latestPerCase(QStringLiteral("random"));
    QCOMPARE(int(perCase.size()), 1);
    QCOMPARE(perCase.front().id, second.id);
    QCOMPARE(test::scalar(
                 db, QStringLiteral("SELECT count(*) FROM selection_views WHERE selection_id = %1")
                         .arg(second.id))
                 .toInt(),
             3);
}

void TestSelectionStore::examplePoolSurvivesRestart() {
    ExamplePool pool;
    pool.method = QStringLiteral("votek");
    pool.count = 2;
    pool.parameters =
        QJsonObject{{QStringLiteral("k"), 1}, {QStringLiteral("source"), QStringLiteral("votemi")}};
    pool.caseIds = {m_cases[1], m_cases[0]};
    {
        Database db;
        QCOMPARE(db.open(m_dbPath), QString());
        QCOMPARE(ExamplePoolRepository(db).insert(&pool), QString());
        QVERIFY(pool.id > 0);
        ExamplePool duplicate = pool;
        duplicate.caseIds = {m_cases[0], m_cases[0]};
        QVERIFY(!ExamplePoolRepository(db).insert(&duplicate).isEmpty()); // a case once per pool
    }
    Database db;
    QCOMPARE(db.open(m_dbPath), QString());
    const std::optional<ExamplePool> read = ExamplePoolRepository(db).byId(pool.id);
    QVERIFY(read.has_value());
    QCOMPARE(read->method, pool.method);
    QCOMPARE(read->count, 2);
    QCOMPARE(read->parameters, pool.parameters);
    QCOMPARE(read->caseIds, pool.caseIds);
    QCOMPARE(read->caseKeys.size(), 2);
    QCOMPARE(int(ExamplePoolRepository(db).list().size()), 1);
}

QTEST_GUILESS_MAIN(TestSelectionStore)
#include "TestSelectionStore.moc"
