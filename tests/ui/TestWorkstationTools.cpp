// The workstation's helpers around the viewer, with the real window under Xvfb: a folder
// dropped on the window is imported and opened, the browser shows a thumbnail per case,
// the Vote-MI / baseline dialog runs a batch in the worker pool and stores it, and a
// shortcut changed in the settings dialog takes effect and is remembered.

#include "WorkstationFixture.h"

#include "db/SelectionRepository.h"
#include "ui/browser/CaseBrowser.h"
#include "ui/browser/CaseTableModel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SelectionDialog.h"
#include "ui/main/ShortcutMap.h"
#include "ui/main/ShortcutsDialog.h"
#include "ui/viewer/ViewerModel.h"
#include "ui/viewer/ViewerWidget.h"
#include "ui/viewer/VtkViewWidget.h"
#include "votemi/Voting.h"

#include <QAction>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QDoubleSpinBox>
#include <QKeySequenceEdit>
#include <QMimeData>
#include <QPixmap>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

using namespace brainmd;

class TestWorkstationTools : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noQueriesBeforeADatabaseIsOpen();
    void droppedFolderIsImportedAndOpened();
    void browserShowsThumbnails();
    void selectionDialogStoresABatch();
    void voteProfileShowsTheVotesOfTheWindow();
    void selectionDialogPassesTheVote();
    void changedShortcutWorksAndIsRemembered();
    void maximiseActsOnTheViewUnderTheMouse();

private:
    test::PhantomDatabase m_data;
};

void TestWorkstationTools::initTestCase() {
    VtkViewWidget::installDefaultSurfaceFormat();
    QCoreApplication::setOrganizationName(QStringLiteral("BrainMD-test-tools"));
    QSettings().clear();
    m_data = test::makePhantomDatabase(2);
    QVERIFY2(m_data.error.isEmpty(), qPrintable(m_data.error));
}

namespace {
QStringList g_sqlWarnings;
QtMessageHandler g_previousHandler = nullptr;
void collectSqlWarnings(QtMsgType type, const QMessageLogContext &context, const QString &text) {
    if (type == QtWarningMsg && text.contains(QStringLiteral("database not open")))
        g_sqlWarnings.append(text);
    g_previousHandler(type, context, text);
}
} // namespace

void TestWorkstationTools::noQueriesBeforeADatabaseIsOpen() {
    // The window is built before any database is chosen: its browser must not query one.
    g_sqlWarnings.clear();
    g_previousHandler = qInstallMessageHandler(collectSqlWarnings);
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.browser()->model()->rowCount(), 0);
        QCOMPARE(window.browser()->model()->totalCount(), 0);
    }
    qInstallMessageHandler(g_previousHandler);
    QVERIFY2(g_sqlWarnings.isEmpty(), qPrintable(g_sqlWarnings.join(QLatin1Char('\n'))));
}

void TestWorkstationTools::droppedFolderIsImportedAndOpened() {
    MainWindow window;
    QCOMPARE(window.openDatabase(m_data.dir->filePath(QStringLiteral("dropped.sqlite"))),
             QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.browser()->model()->rowCount(), 0);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_data.dir->filePath(QStringLiteral("data")))});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy imported(&window, &MainWindow::importFinished);
    QSignalSpy opened(&window, &MainWindow::caseOpened);
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(imported.wait(120000));
    QCOMPARE(imported.first().first().toInt(), 2);
    QVERIFY(opened.size() > 0 || opened.wait(60000));
    QVERIFY(window.currentCaseId() > 0);
    QCOMPARE(window.browser()->model()->rowCount(), 2);
}

void TestWorkstationTools::browserShowsThumbnails() {
    MainWindow window;
    QCOMPARE(window.openDatabase(m_data.databasePath), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CaseTableModel *model = window.browser()->model();
    QCOMPARE(model->rowCount(), 2);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, CaseTableModel::Thumbnail);
        QTRY_VERIFY_WITH_TIMEOUT(!model->data(index, Qt::DecorationRole).value<QPixmap>().isNull(),
                                 30000);
        const QImage image = model->data(index, Qt::DecorationRole)
                                 .value<QPixmap>()
                                 .toImage()
                                 .convertToFormat(QImage::Format_Grayscale8);
        // A brain, not a blank square: the middle is brighter than the corner.
        QVERIFY(qGray(image.pixel(image.width() / 2, image.height() / 2)) >
                qGray(image.pixel(1, 1)) + 20);
    }
}

void TestWorkstationTools::selectionDialogStoresABatch() {
    MainWindow window;
    QCOMPARE(window.openDatabase(m_data.databasePath), QString());
    CaseTableModel *model = window.browser()->model();
    std::vector<qint64> cases{model->caseIdAt(0), model->caseIdAt(1)};
    SelectionDialog dialog(window.workspace(), cases, &window);
    dialog.setMethod(QStringLiteral("centre"));
    dialog.setThreads(2);
    dialog.show();
    QSignalSpy stored(&dialog, &SelectionDialog::caseStored);
    QSignalSpy finished(&dialog, &SelectionDialog::batchFinished);
    dialog.run();
    QVERIFY(dialog.isRunning() || finished.size() == 1);
    QVERIFY(finished.size() == 1 || finished.wait(120000));
    QCOMPARE(finished.first().at(0).toInt(), 2);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(stored.size(), 2);
    const SelectionRepository selections(window.database());
    for (qint64 id : cases) {
        const std::vector<StoredSelection> rows = selections.forCase(id);
        QVERIFY(std::any_of(rows.begin(), rows.end(), [](const StoredSelection &s) {
            return s.method == QLatin1String("centre");
        }));
    }
}

void TestWorkstationTools::maximiseActsOnTheViewUnderTheMouse() {
    MainWindow window;
    QCOMPARE(window.openDatabase(m_data.databasePath), QString());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ViewerWidget *viewer = window.viewer();
    QAction *maximise = window.action(QStringLiteral("maximise-view"));
    QVERIFY(maximise);
    QCOMPARE(maximise->shortcut(), QKeySequence(Qt::Key_F));
    // The axial view is active; the mouse rests on the sagittal one (index 2).
    viewer->setActiveView(View::Axial);
    VtkViewWidget *sagittal = viewer->viewWidget(2);
    const QPoint inside = sagittal->mapToGlobal(sagittal->rect().center());
    QCursor::setPos(inside);
    QTRY_COMPARE(viewer->viewIndexAt(QCursor::pos()), 2);
    maximise->trigger();
    QCOMPARE(viewer->maximisedView(), 2);
    QVERIFY(sagittal->isVisible());
    QVERIFY(!viewer->viewWidget(0)->isVisible());
    // Again over the maximised view restores the grid.
    QCursor::setPos(sagittal->mapToGlobal(sagittal->rect().center()));
    QTRY_COMPARE(viewer->viewIndexAt(QCursor::pos()), 2);
    maximise->trigger();
    QCOMPARE(viewer->maximisedView(), -1);
    // With the mouse outside every view, the active view is maximised.
    QCursor::setPos(window.mapToGlobal(QPoint(2, 2)));
    QTRY_COMPARE(viewer->viewIndexAt(QCursor::pos()), -1);
    maximise->trigger();
    QCOMPARE(viewer->maximisedView(), static_cast<int>(View::Axial));
    maximise->trigger();
}

void TestWorkstationTools::voteProfileShowsTheVotesOfTheWindow() {
    MainWindow window;
    QCOMPARE(window.openDatabase(m_data.databasePath), QString());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qint64 caseId = window.browser()->model()->caseIdAt(0);
    SelectionDialog dialog(window.workspace(), {caseId}, &window);
    dialog.setMethod(QStringLiteral("votemi"));
    QSignalSpy finished(&dialog, &SelectionDialog::batchFinished);
    dialog.run();
    QVERIFY(finished.size() == 1 || finished.wait(120000));
    dialog.close();
    const std::vector<StoredSelection> rows =
        SelectionRepository(window.database()).forCase(caseId);
    const auto voteMi = std::find_if(rows.begin(), rows.end(), [](const StoredSelection &s) {
        return s.method == QLatin1String("votemi");
    });
    QVERIFY(voteMi != rows.end());
    QCOMPARE(voteMi->parameters.value(QStringLiteral("voteWindowMm")).toDouble(), 4.0);

    QSignalSpy opened(&window, &MainWindow::caseOpened);
    window.openCase(caseId);
    QVERIFY(opened.size() > 0 || opened.wait(60000));
    // The phantom has 2 mm voxels: ±4 mm is ±2 slices. The drawn profile peaks at the
    // chosen slice, as the selection decided it.
    for (View view : kAllViews) {
        const StoredSelectionView &stored = voteMi->view(view);
        const std::vector<double> &shown = window.viewerModel()->voteProfile(view);
        QCOMPARE(shown, windowedVotes(stored.voteProfile, 2));
        QCOMPARE(shown[static_cast<std::size_t>(stored.sliceIndex)],
                 *std::max_element(shown.begin(), shown.end()));
    }
    // Shown at Vote-MI's slices with the selection and profile overlays on (both are off
    // by default so that a reader is not led).
    ViewerModel *viewer = window.viewerModel();
    // Wait for the redraw by its signal, not by time.
    QSignalSpy drawn(window.viewer()->viewWidget(static_cast<int>(View::Axial)),
                     &VtkViewWidget::rendered);
    viewer->setOverlayVisible(OverlayKind::Selections, true);
    viewer->setOverlayVisible(OverlayKind::VoteProfile, true);
    viewer->setCursor({voteMi->view(View::Sagittal).sliceIndex,
                       voteMi->view(View::Coronal).sliceIndex,
                       voteMi->view(View::Axial).sliceIndex});
    QVERIFY(!drawn.isEmpty() || drawn.wait(10000));
    const QString shots = QStringLiteral(BRAINMD_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    QVERIFY(window.grab().save(shots + QStringLiteral("/workstation-vote-profile.png")));
}

void TestWorkstationTools::selectionDialogPassesTheVote() {
    MainWindow window;
    QCOMPARE(window.openDatabase(m_data.databasePath), QString());
    const qint64 caseId = window.browser()->model()->caseIdAt(1);
    SelectionDialog dialog(window.workspace(), {caseId}, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *weighting = dialog.findChild<QComboBox *>(QStringLiteral("voteWeighting"));
    auto *voteWindow = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("voteWindow"));
    QVERIFY(weighting != nullptr && voteWindow != nullptr);
    QCOMPARE(voteWindow->value(), 4.0);
    QCOMPARE(weighting->currentData().toString(), QStringLiteral("coverage"));
    dialog.setMethod(QStringLiteral("centre"));
    QVERIFY(!weighting->isEnabled() && !voteWindow->isEnabled()); // Vote-MI only
    dialog.setMethod(QStringLiteral("votemi"));
    QVERIFY(weighting->isEnabled() && voteWindow->isEnabled());
    dialog.setVote(QStringLiteral("uniform"), 0.0);
    const QString shots = QStringLiteral(BRAINMD_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    QVERIFY(dialog.grab().save(shots + QStringLiteral("/selection-dialog.png")));
    QSignalSpy finished(&dialog, &SelectionDialog::batchFinished);
    dialog.run();
    QVERIFY(finished.size() == 1 || finished.wait(120000));
    const std::vector<StoredSelection> rows =
        SelectionRepository(window.database()).forCase(caseId);
    QVERIFY(std::any_of(rows.begin(), rows.end(), [](const StoredSelection &s) {
        return s.method == QLatin1String("votemi") &&
               s.parameters.value(QStringLiteral("weighting")).toString() ==
                   QLatin1String("uniform") &&
               s.parameters.value(QStringLiteral("voteWindowMm")).toDouble() == 0.0;
    }));
}

void TestWorkstationTools::changedShortcutWorksAndIsRemembered() {
    const QKeySequence newKey(Qt::Key_F7);
    {
        MainWindow window;
        QCOMPARE(window.openDatabase(m_data.databasePath), QString());
        QAction *mark = window.action(QStringLiteral("mark-slice"));
        QVERIFY(mark != nullptr);
        QCOMPARE(mark->shortcut(), QKeySequence(Qt::Key_M));
        ShortcutsDialog dialog(window.shortcuts(), &window);
        dialog.show();
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table != nullptr);
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (window.shortcuts()->entries()[std::size_t(r)].id == QLatin1String("mark-slice"))
                row = r;
        }
        QVERIFY(row >= 0);
        auto *edit = qobject_cast<QKeySequenceEdit *>(table->cellWidget(row, 1));
        QVERIFY(edit != nullptr);
        edit->setKeySequence(newKey);
        Q_EMIT edit->editingFinished();
        QCOMPARE(mark->shortcut(), newKey);
    }
    MainWindow restarted;
    QCOMPARE(restarted.action(QStringLiteral("mark-slice"))->shortcut(), newKey);
    restarted.shortcuts()->setKey(QStringLiteral("mark-slice"), {});
    QCOMPARE(restarted.action(QStringLiteral("mark-slice"))->shortcut(), QKeySequence(Qt::Key_M));
}

QTEST_MAIN(TestWorkstationTools)
#include "TestWorkstationTools.moc"
