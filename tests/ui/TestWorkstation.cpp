// The workstation end to end in a real X server with the real VTK renderer: open a
// phantom database, open a case, scroll, window, mark three views, answer, restart and
// find everything persisted; screenshots of the main window and the adjudication view.

#include "WorkstationFixture.h"

#include "db/AnnotationRepository.h"
#include "db/CaseEventRepository.h"
#include "db/Database.h"
#include "ui/annotation/AdjudicationView.h"
#include "ui/annotation/AnnotationPanel.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/annotation/ReaderSlices.h"
#include "ui/browser/CaseBrowser.h"
#include "ui/browser/CaseTableModel.h"
#include "ui/main/MainWindow.h"
#include "ui/viewer/SliceRenderer.h"
#include "ui/viewer/ViewerModel.h"
#include "ui/viewer/ViewerWidget.h"
#include "ui/viewer/VtkViewWidget.h"

#include <QFile>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include <cmath>

using namespace brainmd;

namespace {

// Standard deviation of the grey values: a blank (single-colour) view has none.
double greySpread(const QImage &image) {
    double sum = 0, squares = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2, ++n) {
            const double g = qGray(image.pixel(x, y));
            sum += g;
            squares += g * g;
        }
    const double mean = sum / n;
    return std::sqrt(std::max(0.0, squares / n - mean * mean));
}

// Pixels in the letter colour (amber) inside `area`.
int letterPixels(const QImage &image, const QRect &area) {
    int count = 0;
    for (int y = std::max(0, area.top()); y <= std::min(image.height() - 1, area.bottom()); ++y)
        for (int x = std::max(0, area.left()); x <= std::min(image.width() - 1, area.right());
             ++x) {
            const QColor c = image.pixelColor(x, y);
            count += c.red() > 180 && c.green() > 140 && c.blue() < 140 && c.red() - c.blue() > 80;
        }
    return count;
}

void drag(QWidget *widget, Qt::MouseButton button, QPoint from, QPoint to) {
    QMouseEvent press(QEvent::MouseButtonPress, from, widget->mapToGlobal(from), button, button,
                      Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
    for (int i = 1; i <= 4; ++i) {
        const QPoint at = from + (to - from) * i / 4;
        QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton, button,
                         Qt::NoModifier);
        QApplication::sendEvent(widget, &move);
    }
    QMouseEvent release(QEvent::MouseButtonRelease, to, widget->mapToGlobal(to), button,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &release);
}

bool waitForCase(MainWindow &window, qint64 caseId) {
    if (window.currentCaseId() == caseId)
        return true;
    QSignalSpy opened(&window, &MainWindow::caseOpened);
    return opened.wait(20000) && window.currentCaseId() == caseId;
}

// Sessions read their worklist in an order of the reader's own: go to `caseId` in it.
bool goToCase(MainWindow &window, qint64 caseId) {
    const auto &list = window.session()->session().worklist;
    const auto it = std::find(list.begin(), list.end(), caseId);
    if (it == list.end())
        return false;
    window.session()->goTo(static_cast<int>(it - list.begin()));
    return waitForCase(window, caseId);
}

QString screenshot(QWidget *widget, const QString &name) {
    const QString path = QStringLiteral(BRAINMD_BINARY_DIR "/screenshots/") + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    widget->grab().save(path);
    qInfo("screenshot: %s", qPrintable(path));
    return path;
}

} // namespace

class TestWorkstation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readAnnotateRestart();
    void blindUntilCommittedAndAdjudicate();

private:
    test::PhantomDatabase m_data;
    std::vector<qint64> m_cases;
    std::array<int, 3> m_marked{};
};

void TestWorkstation::initTestCase() {
    VtkViewWidget::installDefaultSurfaceFormat();
    QCoreApplication::setOrganizationName(QStringLiteral("BrainMD-test"));
    QSettings().clear();
    m_data = test::makePhantomDatabase(2);
    QVERIFY2(m_data.error.isEmpty(), qPrintable(m_data.error));
}

void TestWorkstation::readAnnotateRestart() {
    auto window = std::make_unique<MainWindow>();
    QCOMPARE(window->openDatabase(m_data.databasePath), QString());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->browser()->model()->rowCount(), 2);
    for (int r = 0; r < 2; ++r)
        m_cases.push_back(window->browser()->model()->caseIdAt(r));

    ViewerWidget *viewer = window->viewer();
    ViewerModel *model = window->viewerModel();
    VtkViewWidget *axial = viewer->viewWidget(static_cast<int>(View::Axial));
    QSignalSpy rendered(axial, &VtkViewWidget::rendered);
    QCOMPARE(window->startSession(QStringLiteral("alice"), QStringLiteral("reader"), m_cases),
             QString());
    QVERIFY(waitForCase(*window, window->session()->currentCaseId()));
    QVERIFY(goToCase(*window, m_cases[0]));
    QVERIFY(!rendered.isEmpty() || rendered.wait(10000));

    // Scroll: keys and wheel.
    const int start = model->sliceIndex(View::Axial);
    QTest::keyClick(axial, Qt::Key_PageUp);
    QTest::keyClick(axial, Qt::Key_Up);
    QCOMPARE(model->sliceIndex(View::Axial), start + 11);
    QWheelEvent wheel(QPointF(50, 50), axial->mapToGlobal(QPointF(50, 50)), {}, QPoint(0, -240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(axial, &wheel);
    QCOMPARE(model->sliceIndex(View::Axial), start + 9);

    // Window / level by left drag (the default tool) and back with reset.
    const WindowLevel before = model->window();
    drag(viewer->viewWidget(static_cast<int>(View::Coronal)), Qt::LeftButton, QPoint(100, 100),
         QPoint(180, 60));
    QVERIFY(model->window().width > before.width);
    QVERIFY(model->window().center != before.center);
    window->action(QStringLiteral("reset-window"))->trigger();
    QCOMPARE(model->window().width, before.width);

    // Mark one slice in each view with the keyboard (M on the active view).
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    for (View view : kAllViews) {
        VtkViewWidget *w = viewer->viewWidget(static_cast<int>(view));
        w->setFocus();
        viewer->setActiveView(view);
        QTest::keyClick(w, Qt::Key_Down);
        m_marked[static_cast<std::size_t>(view)] = model->sliceIndex(view);
        QTest::keyClick(w, Qt::Key_M);
        const auto mark = window->session()->ownMark(view);
        QVERIFY2(mark.has_value(), viewName(view));
        QCOMPARE(mark->sliceIndex, m_marked[static_cast<std::size_t>(view)]);
    }
    QVERIFY(window->annotationPanel()->savedText().startsWith(QStringLiteral("Saved")));

    // Answer the questions with digit keys; undo the last answer (a retraction row).
    const std::vector<ReaderQuestion> questions = window->session()->questions();
    QVERIFY(questions.size() >= 7);
    window->annotationPanel()->setActiveQuestion(0);
    for (std::size_t q = 0; q < questions.size(); ++q)
        QTest::keyClick(window.get(), Qt::Key_1);
    for (const ReaderQuestion &q : questions)
        QCOMPARE(window->session()->ownAnswer(q.id), q.options.first());
    const int rowsBefore = AnnotationRepository(window->database()).answerRowCount();
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window->session()->ownAnswer(questions.back().id), QString());
    QCOMPARE(AnnotationRepository(window->database()).answerRowCount(), rowsBefore + 1);
    window->annotationPanel()->setActiveQuestion(static_cast<int>(questions.size()) - 1);
    QTest::keyClick(window.get(), Qt::Key_2);
    QCOMPARE(window->session()->ownAnswer(questions.back().id), questions.back().options.at(1));
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_I);
    window->session()->setComment(QStringLiteral("rim enhancing, left"));

    // Pixels: not blank; letters at both side edges; left of the patient on the right.
    QCoreApplication::processEvents(); // deliver the queued redraw before grabbing
    const QImage image = axial->grabFramebuffer();
    QVERIFY2(greySpread(image) > 10.0, "the axial view is blank");
    const QRect rightEdge(image.width() * 90 / 100, image.height() * 40 / 100, image.width() / 10,
                          image.height() / 5);
    const QRect leftEdge(0, image.height() * 40 / 100, image.width() / 10, image.height() / 5);
    QVERIFY(letterPixels(image, rightEdge) > 5);
    QVERIFY(letterPixels(image, leftEdge) > 5);
    QCOMPARE(viewer->sliceRenderer(View::Axial)->letter(Edge::Right), 'L');
    QCOMPARE(viewer->sliceRenderer(View::Axial)->letter(Edge::Left), 'R');
    QCOMPARE(viewer->sliceRenderer(View::Coronal)->letter(Edge::Right), 'L');
    QCOMPARE(viewer->sliceRenderer(View::Sagittal)->letter(Edge::Left), 'A');
    viewer->renderVolumeNow();
    QVERIFY(greySpread(viewer->viewWidget(ViewerWidget::kVolumeView)->grabFramebuffer()) > 5.0);
    screenshot(window.get(), QStringLiteral("workstation-case-open.png"));

    // Restart: destroy the window (and its database connection) and open everything again.
    window.reset();
    window = std::make_unique<MainWindow>();
    QCOMPARE(window->openDatabase(m_data.databasePath), QString());
    window->show();
    QCOMPARE(window->startSession(QStringLiteral("alice"), QStringLiteral("reader"), {}),
             QString());
    QVERIFY(waitForCase(*window, window->session()->currentCaseId()));
    QVERIFY(goToCase(*window, m_cases[0]));
    for (View view : kAllViews) {
        const auto mark = window->session()->ownMark(view);
        QVERIFY(mark.has_value());
        QCOMPARE(mark->sliceIndex, m_marked[static_cast<std::size_t>(view)]);
    }
    for (std::size_t q = 0; q + 1 < questions.size(); ++q)
        QCOMPARE(window->session()->ownAnswer(questions[q].id), questions[q].options.first());
    QCOMPARE(window->session()->ownAnswer(questions.back().id), questions.back().options.at(1));
    const CaseReadState &state = window->session()->caseState();
    QCOMPARE(state.confidence.value_or(0), 4);
    QVERIFY(state.poorQuality);
    QCOMPARE(state.comment, QStringLiteral("rim enhancing, left"));
    QVERIFY(state.secondsSpent > 0.0);
}

void TestWorkstation::blindUntilCommittedAndAdjudicate() {
    MainWindow window;
    QCOMPARE(window.openDatabase(m_data.databasePath), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.startSession(QStringLiteral("bob"), QStringLiteral("reader"), m_cases),
             QString());
    QVERIFY(waitForCase(window, window.session()->currentCaseId()));
    QVERIFY(goToCase(window, m_cases[0]));
    // Blind: alice's marks stay hidden until bob commits.
    QVERIFY(window.session()->otherMarks().empty());
    for (View view : kAllViews) {
        window.viewer()->setActiveView(view);
        window.viewerModel()->setSliceIndex(view, m_marked[static_cast<std::size_t>(view)] + 2);
        window.markCurrentSlice();
    }
    window.annotationPanel()->setActiveQuestion(0);
    window.annotationPanel()->answerActive(1);
    window.annotationPanel()->answerActive(2);
    QVERIFY(window.session()->otherMarks().empty());
    window.action(QStringLiteral("commit-case"))->trigger();
    QCOMPARE(window.session()->otherMarks().size(), std::size_t(3));
    QVERIFY(CaseEventRepository(window.database())
                .hasCommitted(window.session()->reader().id, m_cases[0]));

    // Adjudication: both readers side by side, consensus from the majority stored.
    QCOMPARE(window.startSession(QStringLiteral("carol"), QStringLiteral("adjudicator"), m_cases),
             QString());
    QVERIFY(waitForCase(window, window.session()->currentCaseId()));
    QVERIFY(goToCase(window, m_cases[0]));
    window.showAdjudication();
    QTableWidget *table = window.adjudication()->table();
    QCOMPARE(table->columnCount(), 3); // alice, bob, consensus
    // Their slices side by side as images: three views each.
    QCOMPARE(window.adjudication()->readerSlices()->imageCount(), 6);
    QCOMPARE(table->item(0, 0)->text(), QString::number(m_marked[0] + 1));
    window.adjudication()->setConsensus(QStringLiteral("view:axial"),
                                        QString::number(m_marked[0] + 1));
    window.adjudication()->useMajority();
    window.adjudication()->updateFromModel();
    screenshot(&window, QStringLiteral("workstation-adjudication.png"));
}

QTEST_MAIN(TestWorkstation)
#include "TestWorkstation.moc"
