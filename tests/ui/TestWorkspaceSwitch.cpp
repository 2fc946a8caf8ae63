// Opening a second database while an import and a Vote-MI batch run on the first, with the
// real window under Xvfb: no crash, the jobs end (cancelled or finished) before the switch
// completes, nothing is written to the new file, and the first file keeps what was
// committed — its import run is closed in the log, every stored selection is whole.

#include "WorkstationFixture.h"

#include "db/Database.h"
#include "db/DatabaseMaintenance.h"
#include "db/SqlUtil.h"
#include "io/phantom/PhantomGenerator.h"
#include "ui/browser/CaseBrowser.h"
#include "ui/browser/CaseTableModel.h"
#include "ui/jobs/Workspace.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SelectionDialog.h"
#include "ui/viewer/VtkViewWidget.h"

#include <QSignalSpy>
#include <QTest>

using namespace brainmd;

class TestWorkspaceSwitch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openingAnotherDatabaseJoinsRunningJobs();
    void aCaseStillLoadingIsNotShownOnTheNextDatabase();

private:
    test::PhantomDatabase m_data;
    QString m_moreData;
};

namespace {

int count(const Database &db, const char *sql) {
    return sql::scalar(db.connection(), QString::fromLatin1(sql), {}).toInt();
}

} // namespace

void TestWorkspaceSwitch::initTestCase() {
    VtkViewWidget::installDefaultSurfaceFormat();
    QCoreApplication::setOrganizationName(QStringLiteral("BrainMD-test-switch"));
    m_data = test::makePhantomDatabase(3);
    QVERIFY2(m_data.error.isEmpty(), qPrintable(m_data.error));
    // A second phantom, not yet imported, at 1 mm so that its import takes a while.
    PhantomOptions options;
    options.cases = 3;
    options.resolutionMm = 1;
    options.seed = 11;
    options.outDir = m_data.dir->filePath(QStringLiteral("more"));
    const PhantomResult phantom = generatePhantomDataset(options, nullptr);
    QVERIFY2(phantom.ok(), qPrintable(phantom.error));
    m_moreData = options.outDir;
}

void TestWorkspaceSwitch::openingAnotherDatabaseJoinsRunningJobs() {
    MainWindow window;
    QCOMPARE(window.openDatabase(m_data.databasePath), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int casesBefore = window.browser()->model()->totalCount();
    QCOMPARE(casesBefore, 3);

    QSignalSpy imported(&window, &MainWindow::importFinished);
    window.importPaths({m_moreData});
    std::vector<qint64> ids;
    for (int r = 0; r < window.browser()->model()->rowCount(); ++r)
        ids.push_back(window.browser()->model()->caseIdAt(r));
    SelectionDialog dialog(window.workspace(), ids, &window);
    dialog.setMethod(QStringLiteral("votemi"));
    dialog.setThreads(1);
    QSignalSpy batch(&dialog, &SelectionDialog::batchFinished);
    dialog.run();
    QVERIFY(dialog.isRunning());
    // The import and the selection; the browser's thumbnails may be a third.
    QVERIFY(window.workspace().runningJobs() >= 2);

    const QString second = m_data.dir->filePath(QStringLiteral("second.sqlite"));
    QCOMPARE(window.openDatabase(second), QString());
    // Both jobs were joined inside openDatabase(); their finished() signals follow.
    QCOMPARE(window.workspace().runningJobs(), 0);
    QVERIFY(batch.count() == 1 || batch.wait(30000));
    QVERIFY(imported.count() == 1 || imported.wait(30000));
    QCOMPARE(window.workspace().path(), QFileInfo(second).absoluteFilePath());

    // Nothing of the first study's jobs reached the new file.
    const Database &now = window.workspace().database();
    QCOMPARE(count(now, "SELECT count(*) FROM cases"), 0);
    QCOMPARE(count(now, "SELECT count(*) FROM selections"), 0);
    QCOMPARE(count(now, "SELECT count(*) FROM import_runs"), 0);
    QCOMPARE(window.browser()->model()->totalCount(), 0);

    // The first file: consistent, its import run closed, no selection without its views.
    Database first;
    QCOMPARE(first.open(m_data.databasePath), QString());
    QVERIFY(count(first, "SELECT count(*) FROM cases") >= casesBefore);
    QCOMPARE(count(first, "SELECT count(*) FROM import_runs WHERE finished_at IS NULL"), 0);
    QCOMPARE(count(first, "SELECT count(*) FROM selections s WHERE (SELECT count(*) FROM "
                          "selection_views v WHERE v.selection_id = s.id) <> 3"),
             0);
    first.close();
    QString error;
    const DatabaseCheckReport check = DatabaseMaintenance::check(m_data.databasePath, &error);
    QVERIFY2(error.isEmpty() && check.isClean(),
             qPrintable(error + check.integrityProblems.join(QLatin1Char('\n')) +
                        check.foreignKeyProblems.join(QLatin1Char('\n'))));
}

void TestWorkspaceSwitch::aCaseStillLoadingIsNotShownOnTheNextDatabase() {
    MainWindow window;
    QCOMPARE(window.openDatabase(m_data.databasePath), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&window, &MainWindow::caseOpened);
    const qint64 first = window.browser()->model()->caseIdAt(0);
    window.openCase(first);
    QVERIFY(opened.wait(30000)); // the loader works at all
    QCOMPARE(opened.last().first().toLongLong(), first);

    // A second case is loading (a job of the workspace) when the study switches: the
    // load is joined, and what it read from the old file never reaches the window.
    const qint64 second = window.browser()->model()->caseIdAt(1);
    window.openCase(second);
    const QString other = m_data.dir->filePath(QStringLiteral("third.sqlite"));
    QCOMPARE(window.openDatabase(other), QString());
    QCOMPARE(window.workspace().runningJobs(), 0);
    // Everything queued before and by the switch is delivered by the time a queued call
    // made now returns: then the loaded() of the old load, had it been passed on, would
    // have opened the case.
    QSignalSpy drained(&window, &QObject::objectNameChanged);
    QMetaObject::invokeMethod(
        &window, [&window] { window.setObjectName(QStringLiteral("drained")); },
        Qt::QueuedConnection);
    QVERIFY(drained.wait(30000));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(window.browser()->model()->totalCount(), 0);
}

QTEST_MAIN(TestWorkspaceSwitch)
#include "TestWorkspaceSwitch.moc"
