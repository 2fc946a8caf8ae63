// The dashboard inside the workstation: the BrainBench menu opens it on a run, and
// "Open in viewer" shows the case in the main viewer at the slice the model saw.
#include "support/CliProcess.h"
#include "ui/dashboard/CaseDrillDown.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/dashboard/WindowPlacement.h"
#include "ui/main/MainWindow.h"
#include "ui/viewer/ViewerModel.h"
#include "ui/viewer/VtkViewWidget.h"

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

class DashboardMainWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menuOpensDashboardAndCaseAtSlice();

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
};

void DashboardMainWindowTest::initTestCase() {
    VtkViewWidget::installDefaultSurfaceFormat();
    QCoreApplication::setOrganizationName(QStringLiteral("BrainMD-test"));
    QSettings().clear();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BRAINMD_NO_WORKSTATION"), QStringLiteral("1"));
    const QString demo = m_dir.filePath(QStringLiteral("demo"));
    const auto run = testing::runCli({QStringLiteral("demo"), QStringLiteral("--out"), demo,
                                      QStringLiteral("--cases"), QStringLiteral("2")},
                                     env);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 2, qPrintable(run.err));
    m_dbPath = demo + QStringLiteral("/brainmd.sqlite");
}

void DashboardMainWindowTest::menuOpensDashboardAndCaseAtSlice() {
    MainWindow window;
    QCOMPARE(window.openDatabase(m_dbPath), QString());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *action = window.action(QStringLiteral("bench-dashboard"));
    QVERIFY(action);
    action->trigger();
    auto *dashboard = window.findChild<DashboardWindow *>();
    QVERIFY(dashboard);
    QVERIFY(dashboard->isVisible());
    // A window asking for more than any screen has still opens whole on this one.
    {
        QWidget big;
        placeOnScreen(&big, QSize(5000, 4000));
        QVERIFY(big.screen()->availableGeometry().contains(big.geometry()));
        QVERIFY(big.width() > 0 && big.height() > 0);
    }
    // The whole window lies on the screen's free area.
    QVERIFY2(dashboard->screen()->availableGeometry().contains(dashboard->frameGeometry()),
             qPrintable(QStringLiteral("dashboard %1,%2 %3x%4 on a %5x%6 screen")
                            .arg(dashboard->frameGeometry().x())
                            .arg(dashboard->frameGeometry().y())
                            .arg(dashboard->frameGeometry().width())
                            .arg(dashboard->frameGeometry().height())
                            .arg(dashboard->screen()->availableGeometry().width())
                            .arg(dashboard->screen()->availableGeometry().height())));
    // The newest run is scored in a job: the window draws it when that job is done.
    QSignalSpy drawn(dashboard, &DashboardWindow::redrawn);
    QVERIFY(dashboard->runA() || drawn.wait(60000));
    QVERIFY(dashboard->runA());

    const QString condition = QStringLiteral("votemi/axial/0-shot");
    const auto slice =
        dashboard->plannedSlice(dashboard->runA()->predictions.front().caseId, condition);
    QVERIFY(slice);
    QCOMPARE(slice->first, static_cast<int>(View::Axial));
    CaseDrillDown *drill = dashboard->drillDown();
    drill->showPredictions(&window.database(),
                           std::make_shared<const BenchReportInput>(*dashboard->runA()),
                           DrillFilter{condition, {}, {}, {}});
    QVERIFY(drill->table()->rowCount() > 0);
    drill->table()->selectRow(0);
    const qint64 caseId = dashboard->runA()->predictions.front().caseId;
    const auto expected = dashboard->plannedSlice(
        [&] {
            for (const StoredPrediction &p : dashboard->runA()->predictions)
                if (p.condition == condition)
                    return p.caseId;
            return caseId;
        }(),
        condition);
    QVERIFY(expected);
    QSignalSpy opened(&window, &MainWindow::caseOpened);
    QTest::mouseClick(drill->openButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
    QTRY_COMPARE(window.viewerModel()->sliceIndex(View::Axial), expected->second);
    QCoreApplication::processEvents();
    const QString shots = QStringLiteral(BRAINMD_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    QVERIFY(window.grab().save(shots + QStringLiteral("/dashboard-viewer.png")));
}

QTEST_MAIN(DashboardMainWindowTest)
#include "DashboardMainWindowTest.moc"
