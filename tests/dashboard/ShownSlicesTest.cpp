// A run keeps the slices it showed: `bench run` records them when the run is planned;
// after a Vote-MI selection is recomputed, resuming the run says so and keeps showing the
// recorded slices, and the dashboard's "Open in viewer at the slice the model saw" opens
// the recorded slice, not the newest selection; the drill-down shows the stored image
// that was sent.

#include "bench/ShownSlices.h"
#include "db/BenchRunRepository.h"
#include "db/Database.h"
#include "db/SelectionRepository.h"
#include "support/CliProcess.h"
#include "ui/dashboard/CaseDrillDown.h"
#include "ui/dashboard/DashboardData.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/dashboard/SentImages.h"
#include "ui/jobs/Workspace.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace brainmd;

class ShownSlicesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resumedRunAndDrillDownKeepTheRecordedSlices();

private:
    testing::CliRun cli(const QStringList &arguments) const;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_config;
};

testing::CliRun ShownSlicesTest::cli(const QStringList &arguments) const {
    const testing::CliRun run = testing::runCli(arguments);
    if (run.exitCode != 0)
        qWarning().noquote() << arguments.join(QLatin1Char(' ')) << run.err;
    return run;
}

void ShownSlicesTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.filePath(QStringLiteral("data"));
    m_db = m_dir.filePath(QStringLiteral("study.sqlite"));
    QCOMPARE(cli({QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("4"),
                  QStringLiteral("--resolution"), QStringLiteral("2"), QStringLiteral("--seed"),
                  QStringLiteral("3"), QStringLiteral("--out"), data})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, data}).exitCode, 0);
    QCOMPARE(
        cli({QStringLiteral("select"), QStringLiteral("--db"), m_db, QStringLiteral("--method"),
             QStringLiteral("votemi"), QStringLiteral("--jobs"), QStringLiteral("2")})
            .exitCode,
        0);
}

void ShownSlicesTest::resumedRunAndDrillDownKeepTheRecordedSlices() {
    const QStringList run{QStringLiteral("bench"),       QStringLiteral("run"),
                          QStringLiteral("--db"),        m_db,
                          QStringLiteral("--backend"),   QStringLiteral("knn"),
                          QStringLiteral("--labels"),    QStringLiteral("phantom"),
                          QStringLiteral("--slices"),    QStringLiteral("votemi"),
                          QStringLiteral("--shots"),     QStringLiteral("0"),
                          QStringLiteral("--pool-size"), QStringLiteral("1")};
    const testing::CliRun first = cli(run);
    QVERIFY2(first.exitCode == 0 || first.exitCode == 1, qPrintable(first.err));

    Database db;
    QCOMPARE(db.open(m_db), QString());
    const std::vector<BenchRunRecord> runs = BenchRunRepository(db).runs();
    QCOMPARE(runs.size(), std::size_t(1));
    const qint64 runId = runs.front().id;
    const std::optional<ShownSlices> recorded = parseShownSlicesJson(runs.front().shownSlicesJson);
    QVERIFY(recorded.has_value());
    // Every case's recorded Vote-MI slices are its selection at the time.
    const SelectionRepository selections(db);
    const std::vector<StoredSelection> before = selections.latestPerCase(QStringLiteral("votemi"));
    QCOMPARE(before.size(), std::size_t(4));
    for (const StoredSelection &s : before) {
        const std::array<int, 3> *shown = recorded->find(QStringLiteral("votemi"), s.caseId);
        QVERIFY(shown != nullptr);
        QCOMPARE((*shown)[0], s.views[0].sliceIndex);
    }

    // A recomputed selection for an evaluated case (another revision, another axial slice).
    const std::vector<StoredPrediction> predictions = BenchRunRepository(db).predictions(runId);
    QVERIFY(!predictions.empty());
    const qint64 caseId = predictions.front().caseId;
    const auto evaluated =
        std::find_if(before.begin(), before.end(),
                     [caseId](const StoredSelection &s) { return s.caseId == caseId; });
    QVERIFY(evaluated != before.end());
    StoredSelection changed = *evaluated;
    const int recordedAxial = (*recorded->find(QStringLiteral("votemi"), caseId))[0];
    changed.views[0].sliceIndex = recordedAxial > 3 ? recordedAxial - 3 : recordedAxial + 3;
    QCOMPARE(selections.insert(&changed), QString());
    QVERIFY(changed.revision > evaluated->revision);

    // Resuming the same configuration says the selection changed and keeps the record.
    const testing::CliRun resumed = cli(run);
    QVERIFY2(resumed.exitCode == 0 || resumed.exitCode == 1, qPrintable(resumed.err));
    QVERIFY2((resumed.out + resumed.err).contains(QLatin1String("changed since this run started")),
             qPrintable(resumed.out + resumed.err));
    const auto again = BenchRunRepository(db).run(runId);
    QVERIFY(again.has_value());
    QCOMPARE(again->shownSlicesJson, runs.front().shownSlicesJson);

    // The dashboard opens the recorded slice and shows the image that was sent.
    Workspace workspace;
    QCOMPARE(workspace.open(m_db), QString());
    DashboardWindow window(workspace);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy drawn(&window, &DashboardWindow::redrawn);
    QCOMPARE(window.openRun(runId), QString());
    while (!(window.runA() && window.runA()->runId == runId && !window.isLoading()))
        QVERIFY(drawn.wait(60000));
    const QString condition = QStringLiteral("votemi/axial/0-shot");
    DrillFilter filter;
    filter.condition = condition;
    CaseDrillDown *drill = window.drillDown();
    drill->showPredictions(&workspace.database(),
                           std::make_shared<const BenchReportInput>(*window.runA()), filter);
    int row = -1;
    const std::vector<int> rows = DashboardData::matching(*window.runA(), filter);
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        if (window.runA()
                ->predictions[static_cast<std::size_t>(rows[static_cast<std::size_t>(r)])]
                .caseId == caseId)
            row = r;
    }
    QVERIFY2(row >= 0, "the changed case is evaluated under votemi");
    drill->table()->selectRow(row);
    QCOMPARE(drill->sentImagesStrip()->caseImages(), 1);
    // For a look at the drill-down with the image that was sent (BRAINMD_LANG picks the
    // language): build/default/screenshots/dashboard-images-sent-<lang>.png.
    QCoreApplication::processEvents();
    const QString shots = QStringLiteral(BRAINMD_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    QVERIFY(window.grab().save(
        shots + QStringLiteral("/dashboard-images-sent-%1.png")
                    .arg(qEnvironmentVariable("BRAINMD_LANG", QStringLiteral("en")))));
    QSignalSpy open(&window, &DashboardWindow::openCaseAtSlice);
    QTest::mouseClick(drill->openButton(), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), caseId);
    QCOMPARE(open.at(0).at(1).toInt(), 0); // axial
    QCOMPARE(open.at(0).at(2).toInt(), recordedAxial);
}

QTEST_MAIN(ShownSlicesTest)
#include "ShownSlicesTest.moc"
