// The lesion mask in the main window follows the blinding policy: outside a session it
// shows and View ▸ Lesion mask toggles it; when a blind session starts on the case on
// screen it goes at once and the action is disabled; after the commit it shows again.
// A mask for a case that is no longer on screen is refused.

#include "WorkstationFixture.h"

#include "db/CaseRepository.h"
#include "db/Database.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/browser/CaseBrowser.h"
#include "ui/browser/CaseTableModel.h"
#include "ui/main/MainWindow.h"
#include "ui/viewer/SegmentationOverlay.h"
#include "ui/viewer/SliceRenderer.h"
#include "ui/viewer/ViewerModel.h"
#include "ui/viewer/ViewerWidget.h"
#include "ui/viewer/VtkViewWidget.h"

#include <QAction>
#include <QSignalSpy>
#include <QtTest>

using namespace brainmd;

namespace {

bool waitForCase(MainWindow &window, qint64 caseId) {
    if (window.currentCaseId() == caseId)
        return true;
    QSignalSpy opened(&window, &MainWindow::caseOpened);
    return opened.wait(20000) && window.currentCaseId() == caseId;
}

// A block in the middle of the case's volume, labelled 1.
Volume blockLabels(const Volume &image) {
    Volume labels(image.geometry(), VoxelType::Int16);
    const auto &d = image.geometry().dims;
    for (int k = d[2] / 3; k < 2 * d[2] / 3; ++k)
        for (int j = d[1] / 3; j < 2 * d[1] / 3; ++j)
            for (int i = d[0] / 3; i < 2 * d[0] / 3; ++i)
                labels.setValue(labels.linearIndex(i, j, k), 1);
    return labels;
}

std::vector<SegmentDescription> lesion() {
    SegmentDescription s;
    s.number = 1;
    s.label = QStringLiteral("Lesion");
    return {s};
}

bool shownInEveryView(const MainWindow &window) {
    for (View view : kAllViews)
        if (!window.viewer()->sliceRenderer(view)->segmentation()->isShown())
            return false;
    return true;
}

bool shownInAnyView(const MainWindow &window) {
    for (View view : kAllViews)
        if (window.viewer()->sliceRenderer(view)->segmentation()->isShown())
            return true;
    return false;
}

} // namespace

class TestSegmentationBlinding : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void followsThePolicy();

private:
    test::PhantomDatabase m_data;
};

void TestSegmentationBlinding::initTestCase() {
    VtkViewWidget::installDefaultSurfaceFormat();
    QCoreApplication::setOrganizationName(QStringLiteral("BrainMD-test-segmentation"));
    QSettings().clear();
    m_data = test::makePhantomDatabase(2);
    QVERIFY2(m_data.error.isEmpty(), qPrintable(m_data.error));
}

void TestSegmentationBlinding::followsThePolicy() {
    MainWindow window;
    QCOMPARE(window.openDatabase(m_data.databasePath), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *toggle = window.action(QStringLiteral("toggle-lesion-mask"));
    QVERIFY(toggle != nullptr);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_M));
    QVERIFY(!toggle->isEnabled()); // no case, no mask

    const qint64 first = window.browser()->model()->caseIdAt(0);
    const qint64 second = window.browser()->model()->caseIdAt(1);
    // The phantom writes a DICOM SEG for its lesion cases; the import made it their mask.
    Database db;
    QCOMPARE(db.open(m_data.databasePath), QString());
    const bool firstHasMask = CaseRepository(db).labelMapFor(first).has_value();
    const bool secondHasMask = CaseRepository(db).labelMapFor(second).has_value();
    window.openCase(first);
    QVERIFY(waitForCase(window, first));
    // The case's own mask arrives with it from the loader.
    QCOMPARE(window.viewer()->hasSegmentation(), firstHasMask);
    QCOMPARE(toggle->isEnabled(), firstHasMask);
    if (firstHasMask)
        QVERIFY(shownInEveryView(window));
    const auto labels =
        std::make_shared<const Volume>(blockLabels(*window.viewerModel()->volume()));
    QVERIFY(!window.showCaseSegmentation(second, labels, lesion())); // not on screen
    QVERIFY(window.showCaseSegmentation(first, labels, lesion()));
    QVERIFY(toggle->isEnabled());
    QVERIFY(toggle->isChecked());
    QVERIFY(shownInEveryView(window));
    toggle->trigger();
    QVERIFY(!shownInAnyView(window));
    toggle->trigger();
    QVERIFY(shownInEveryView(window));

    // A blind session on the case on screen: the mask goes without the case reloading.
    QCOMPARE(window.startSession(QStringLiteral("bob"), QStringLiteral("reader"), {first}),
             QString());
    QVERIFY(waitForCase(window, first));
    QVERIFY(window.session()->policy().isBlinding());
    QVERIFY(!window.session()->policy().mayShowReferenceSlices());
    QVERIFY(window.viewer()->hasSegmentation());
    QVERIFY(!shownInAnyView(window));
    QVERIFY(!toggle->isEnabled());
    // The loader handing it over again while blind changes nothing on screen.
    QVERIFY(window.showCaseSegmentation(first, labels, lesion()));
    QVERIFY(!shownInAnyView(window));
    QVERIFY(!toggle->isEnabled());

    // Committed: the imported truth may show.
    window.action(QStringLiteral("commit-case"))->trigger();
    QVERIFY(!window.session()->policy().isBlinding());
    QVERIFY(toggle->isEnabled());
    QVERIFY(shownInEveryView(window));

    // Another case replaces the mask by its own, or drops it (and the action with it).
    window.session()->end();
    window.openCase(second);
    QVERIFY(waitForCase(window, second));
    QCOMPARE(window.viewer()->hasSegmentation(), secondHasMask);
    QCOMPARE(toggle->isEnabled(), secondHasMask);
    QVERIFY(firstHasMask || secondHasMask); // the phantom path is exercised
}

QTEST_MAIN(TestSegmentationBlinding)
#include "TestSegmentationBlinding.moc"
