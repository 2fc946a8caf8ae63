// SelectionService on imported phantom cases: results independent of the thread count,
// reruns skipped or found identical, cancellation keeps whole committed selections only,
// VAE weights trained once, cached by hash and reproducible.
#include "DbTestData.h"
#include "workflows/SelectionIdentity.h"

#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "io/phantom/PhantomGenerator.h"
#include "workflows/ImportService.h"
#include "workflows/SelectionService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

class TestSelectionService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameResultsWithOneAndTwoThreads_data();
    void sameResultsWithOneAndTwoThreads();
    void cancelMidBatchKeepsCommittedSelections();
    void vaeWeightsAreCachedAndReproducible();

private:
    SelectionRequest request(const QString &method, int threads) const;

    QTemporaryDir m_dir;
    Database m_db;
    std::vector<qint64> m_cases;
};

void TestSelectionService::initTestCase() {
    QVERIFY(m_dir.isValid());
    PhantomOptions phantom;
    phantom.cases = 4;
    phantom.seed = 11;
    phantom.resolutionMm = 2;
    phantom.lesionShare = 1.0;
    phantom.outDir = m_dir.filePath(QStringLiteral("phantom"));
    const PhantomResult generated = generatePhantomDataset(phantom, nullptr);
    QVERIFY2(generated.ok(), qPrintable(generated.error));
    QCOMPARE(m_db.open(m_dir.filePath(QStringLiteral("select.sqlite"))), QString());
    const ImportReport report =
        ImportService(borrowedStorage(m_db)).import({phantom.outDir}, {}, nullptr);
    QVERIFY2(report.ok(), test::describe(report).constData());
    for (const CaseSummary &c : CaseRepository(m_db).list())
        m_cases.push_back(c.id);
    QCOMPARE(int(m_cases.size()), 4);
}

SelectionRequest TestSelectionService::request(const QString &method, int threads) const {
    SelectionRequest r;
    r.method = method;
    r.caseIds = m_cases;
    r.threads = threads;
    r.parameters.seed = 5;
    return r;
}

void TestSelectionService::sameResultsWithOneAndTwoThreads_data() {
    QTest::addColumn<QString>("method");
    QTest::newRow("votemi") << QStringLiteral("votemi");
    QTest::newRow("random") << QStringLiteral("random");
    QTest::newRow("centre") << QStringLiteral("centre");
}

void TestSelectionService::sameResultsWithOneAndTwoThreads() {
    QFETCH(QString, method);
    SelectionService service(borrowedStorage(m_db));
    int streamed = 0;
    connect(&service, &SelectionService::caseFinished, this,
            [&](const CaseSelectionOutcome &) { ++streamed; });
    const SelectionSummary single = service.run(request(method, 1));
    QCOMPARE(single.error, QString());
    QCOMPARE(single.count(CaseSelectionStatus::Stored), 4);
    QCOMPARE(streamed, 4);

    SelectionRequest forced = request(method, 2);
    forced.force = true;
    const SelectionSummary two = service.run(forced);
    QCOMPARE(two.count(CaseSelectionStatus::Identical), 4);
    for (std::size_t i = 0; i < m_cases.size(); ++i) {
        QCOMPARE(two.outcomes[i].caseId, m_cases[i]);
        QCOMPARE(two.outcomes[i].selection.id, single.outcomes[i].selection.id);
        QVERIFY(two.outcomes[i].selection.sameResultAs(single.outcomes[i].selection));
        for (const StoredSelectionView &v : single.outcomes[i].selection.views) {
            QVERIFY(v.sliceIndex >= 0);
            QCOMPARE(v.voteProfile.empty(), method != QLatin1String("votemi"));
        }
    }
    const SelectionSummary rerun = service.run(request(method, 2));
    QCOMPARE(rerun.count(CaseSelectionStatus::Skipped), 4);
    QCOMPARE(
        test::scalar(
            m_db, QStringLiteral("SELECT count(*) FROM selections WHERE method = '%1'").arg(method))
            .toInt(),
        4);
}

void TestSelectionService::cancelMidBatchKeepsCommittedSelections() {
    SelectionService service(borrowedStorage(m_db));
    SelectionRequest r = request(QStringLiteral("votemi"), 1);
    r.parameters.seed = 99; // a new identity: nothing stored yet
    QElapsedTimer sinceCancel;
    qint64 latencyMs = -1;
    connect(&service, &SelectionService::caseFinished, this, [&](const CaseSelectionOutcome &o) {
        if (o.status == CaseSelectionStatus::Stored && !sinceCancel.isValid()) {
            sinceCancel.start();
            service.cancel();
        }
    });
    connect(&service, &SelectionService::finished, this,
            [&](const SelectionSummary &) { latencyMs = sinceCancel.elapsed(); });
    const SelectionSummary summary = service.run(r);
    qInfo("selection batch ended %lld ms after cancel()", static_cast<long long>(latencyMs));
    QVERIFY(summary.cancelled);
    const int stored = summary.count(CaseSelectionStatus::Stored);
    QVERIFY(stored >= 1 && stored < 4);
    QCOMPARE(stored + summary.count(CaseSelectionStatus::Cancelled), 4);
    const QString hash =
        selectionParameterHash(selectionRequestedParameters(r.method, r.parameters));
    QCOMPARE(
        test::scalar(
            m_db,
            QStringLiteral("SELECT count(*) FROM selections WHERE parameter_hash = '%1'").arg(hash))
            .toInt(),
        stored);
    // No half rows: every stored selection has its three views.
    QCOMPARE(test::scalar(
                 m_db, QStringLiteral("SELECT count(*) FROM selection_views v JOIN selections s ON "
                                      "s.id = v.selection_id WHERE s.parameter_hash = '%1'")
                           .arg(hash))
                 .toInt(),
             3 * stored);
    // Going on later computes only what is missing.
    const SelectionSummary resumed = service.run(r);
    QCOMPARE(resumed.count(CaseSelectionStatus::Skipped), stored);
    QCOMPARE(resumed.count(CaseSelectionStatus::Stored), 4 - stored);
}

void TestSelectionService::vaeWeightsAreCachedAndReproducible() {
    SelectionRequest r = request(QStringLiteral("votemi"), 2);
    r.caseIds = {m_cases[0], m_cases[1]};
    r.parameters.embedder.name = "vae";
    r.parameters.embedder.epochs = 1;
    QCOMPARE(SelectionService::prepareVaeWeights(*borrowedStorage(m_db), &r, {}, nullptr),
             QString());
    QVERIFY(r.vaeWeightsPath.startsWith(m_db.cacheDir()));
    QVERIFY(r.vaeWeightsPath.endsWith(r.vaeWeightsSha256 + QStringLiteral(".bmdvae")));
    QVERIFY(QFile::exists(r.vaeWeightsPath));

    SelectionRequest again = request(QStringLiteral("votemi"), 1);
    again.caseIds = r.caseIds;
    again.parameters.embedder = r.parameters.embedder;
    again.parameters.embedder.weightsPath.clear();
    QCOMPARE(SelectionService::prepareVaeWeights(*borrowedStorage(m_db), &again, {}, nullptr),
             QString());
    QCOMPARE(again.vaeWeightsSha256, r.vaeWeightsSha256); // same patches, seed: same weights

    SelectionRequest loaded = request(QStringLiteral("votemi"), 1);
    loaded.caseIds = {m_cases[0]};
    loaded.parameters.embedder.name = "vae";
    QCOMPARE(SelectionService::prepareVaeWeights(*borrowedStorage(m_db), &loaded, r.vaeWeightsPath,
                                                 nullptr),
             QString());
    QCOMPARE(loaded.vaeWeightsSha256, r.vaeWeightsSha256);
    QCOMPARE(loaded.parameters.embedder.epochs, 1); // hyper-parameters come from the file

    SelectionService service(borrowedStorage(m_db));
    r.caseIds = {m_cases[0]};
    const SelectionSummary summary = service.run(r);
    QCOMPARE(summary.count(CaseSelectionStatus::Stored), 1);
    const StoredSelection &s = summary.outcomes.front().selection;
    QCOMPARE(s.parameters.value(QStringLiteral("vaeWeightsSha256")).toString(), r.vaeWeightsSha256);
    QCOMPARE(s.parameters.value(QStringLiteral("vaeWeights")).toString(), r.vaeWeightsPath);
}

QTEST_GUILESS_MAIN(TestSelectionService)
#include "TestSelectionService.moc"
