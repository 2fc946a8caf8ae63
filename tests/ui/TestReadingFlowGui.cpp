// The reading flow's traps, in the real workstation (Xvfb, VTK): each case opens on its
// first unanswered question; Q / Shift+Q wrap; status and reader counts update live in
// the case list and in cases.status, and the Reader filter lists a new reader at once;
// the time on the case runs and is stored as shown; the panel writes positions as the
// viewer does ("P 17.8 mm"); the start dialog's name is replaced, not appended to; with
// no session the answer buttons are disabled with a hint.

#include "WorkstationFixture.h"

#include "db/CaseEventRepository.h"
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "reading/ReadingFlow.h"
#include "ui/annotation/AnnotationPanel.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/annotation/ReaderDialog.h"
#include "ui/browser/CaseBrowser.h"
#include "ui/browser/CaseTableModel.h"
#include "ui/main/MainWindow.h"
#include "ui/viewer/SliceRenderer.h"
#include "ui/viewer/ViewerModel.h"
#include "ui/viewer/ViewerWidget.h"
#include "ui/viewer/VtkViewWidget.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QToolButton>
#include <QtTest>

using namespace brainmd;

namespace {

bool waitForCase(MainWindow &window, qint64 caseId) {
    if (window.currentCaseId() == caseId)
        return true;
    QSignalSpy opened(&window, &MainWindow::caseOpened);
    while (opened.wait(20000)) {
        if (window.currentCaseId() == caseId)
            return true;
    }
    return false;
}

QString statusCell(MainWindow &window, qint64 caseId) {
    CaseTableModel *model = window.browser()->model();
    return model->index(model->rowOfCase(caseId), CaseTableModel::Status).data().toString();
}

int readersCell(MainWindow &window, qint64 caseId) {
    CaseTableModel *model = window.browser()->model();
    return model->index(model->rowOfCase(caseId), CaseTableModel::Readers).data().toInt();
}

} // namespace

class TestReadingFlowGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void noSessionDisablesTheAnswers();
    void eachCaseOpensOnItsFirstUnansweredQuestion();
    void questionKeysWrap();
    void statusAndReadersUpdateLive();
    void timeOnTheCaseRunsAndIsStored();
    void panelWritesPositionsAsTheViewer();
    void startDialogReplacesThePrefilledName();

private:
    void startSession(const QString &reader);

    test::PhantomDatabase m_data;
    std::unique_ptr<MainWindow> m_window;
    std::vector<qint64> m_cases;
};

void TestReadingFlowGui::initTestCase() {
    VtkViewWidget::installDefaultSurfaceFormat();
    QCoreApplication::setOrganizationName(QStringLiteral("BrainMD-test-flow"));
    QSettings().clear();
    m_data = test::makePhantomDatabase(2);
    QVERIFY2(m_data.error.isEmpty(), qPrintable(m_data.error));
}

void TestReadingFlowGui::init() {
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(m_window->openDatabase(m_data.databasePath), QString());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_cases.clear();
    for (int r = 0; r < m_window->browser()->model()->rowCount(); ++r)
        m_cases.push_back(m_window->browser()->model()->caseIdAt(r));
    QCOMPARE(m_cases.size(), std::size_t(2));
}

void TestReadingFlowGui::cleanup() {
    m_window.reset();
}

void TestReadingFlowGui::startSession(const QString &reader) {
    QCOMPARE(m_window->startSession(reader, QStringLiteral("reader"), m_cases), QString());
    QVERIFY(waitForCase(*m_window, m_window->session()->currentCaseId()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestReadingFlowGui::noSessionDisablesTheAnswers() {
    AnnotationPanel *panel = m_window->annotationPanel();
    const QList<QToolButton *> buttons = panel->findChildren<QToolButton *>();
    QVERIFY(buttons.size() > 10);
    for (QToolButton *b : buttons)
        QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
    bool hint = false;
    for (QLabel *label : panel->findChildren<QLabel *>())
        hint =
            hint || (label->isEnabled() && label->text().contains(QStringLiteral("Start reading")));
    QVERIFY(hint);
    QVERIFY(panel->toolTip().contains(QStringLiteral("Start reading")));
    // The answer keys say why nothing happens.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Start a reading")));
    startSession(QStringLiteral("nora"));
    for (QToolButton *b : buttons)
        QVERIFY(b->isEnabled());
}

void TestReadingFlowGui::eachCaseOpensOnItsFirstUnansweredQuestion() {
    startSession(QStringLiteral("olga"));
    const qint64 first = m_window->session()->currentCaseId();
    AnnotationPanel *panel = m_window->annotationPanel();
    QCOMPARE(panel->activeQuestion(), 0);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(m_window.get(), Qt::Key_1);
    QCOMPARE(panel->activeQuestion(), 3);
    QTest::keyClick(m_window.get(), Qt::Key_N);
    const qint64 second = m_window->session()->currentCaseId();
    QVERIFY(second != first);
    QVERIFY(waitForCase(*m_window, second));
    QCOMPARE(panel->activeQuestion(), 0); // not the 4th question carried over
    QTest::keyClick(m_window.get(), Qt::Key_B);
    QVERIFY(waitForCase(*m_window, first));
    QCOMPARE(panel->activeQuestion(), 3); // the first one olga has not answered there
}

void TestReadingFlowGui::questionKeysWrap() {
    startSession(QStringLiteral("paul"));
    AnnotationPanel *panel = m_window->annotationPanel();
    const int count = static_cast<int>(m_window->session()->questions().size());
    panel->setActiveQuestion(count - 1);
    QTest::keyClick(m_window.get(), Qt::Key_Q);
    QCOMPARE(panel->activeQuestion(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ShiftModifier);
    QCOMPARE(panel->activeQuestion(), count - 1);
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ShiftModifier);
    QCOMPARE(panel->activeQuestion(), count - 2);
}

void TestReadingFlowGui::statusAndReadersUpdateLive() {
    auto *readerFilter = m_window->browser()->findChild<QComboBox *>();
    QVERIFY(readerFilter != nullptr);
    startSession(QStringLiteral("quinn"));
    // The Reader filter lists quinn without a restart.
    bool listed = false;
    for (QComboBox *box : m_window->browser()->findChildren<QComboBox *>())
        listed = listed || box->findData(QStringLiteral("quinn")) >= 0;
    QVERIFY(listed);
    const qint64 caseId = m_window->session()->currentCaseId();
    const CaseRepository cases(m_window->database());
    QCOMPARE(cases.caseById(caseId)->status, QStringLiteral("in_progress"));
    QCOMPARE(statusCell(*m_window, caseId), QStringLiteral("in progress"));
    const int readersBefore = readersCell(*m_window, caseId);
    QTest::keyClick(m_window.get(), Qt::Key_1);
    m_window->action(QStringLiteral("commit-case"))->trigger();
    QVERIFY(statusCell(*m_window, caseId).startsWith(QStringLiteral("read by ")));
    QCOMPARE(cases.caseById(caseId)->status, QStringLiteral("read"));
    QCOMPARE(readersCell(*m_window, caseId), readersBefore + 1);
}

void TestReadingFlowGui::timeOnTheCaseRunsAndIsStored() {
    startSession(QStringLiteral("rita"));
    const qint64 caseId = m_window->session()->currentCaseId();
    AnnotationPanel *panel = m_window->annotationPanel();
    QVERIFY(panel->stateText().contains(QStringLiteral("time on this case so far: 0 s")));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->stateText().contains(QStringLiteral(": 0 s")), 10000);
    const double shown = m_window->session()->secondsOnCase();
    m_window->session()->next();
    const double stored = CaseEventRepository(m_window->database())
                              .state(m_window->session()->reader().id, caseId)
                              .secondsSpent;
    QVERIFY2(stored >= shown, qPrintable(QStringLiteral("%1 < %2").arg(stored).arg(shown)));
}

void TestReadingFlowGui::panelWritesPositionsAsTheViewer() {
    startSession(QStringLiteral("sara"));
    ViewerModel *model = m_window->viewerModel();
    ViewerWidget *viewer = m_window->viewer();
    for (View view : kAllViews) {
        viewer->setActiveView(view);
        // A slice at a negative RAS position (L, P or I): the case that disagreed.
        int index = 0;
        while (index + 1 < model->sliceCount(view) && model->slicePositionMm(view, index) > -2.0)
            ++index;
        QVERIFY(model->slicePositionMm(view, index) < 0.0);
        model->setSliceIndex(view, index);
        m_window->markCurrentSlice();
        const QString expected = positionText(viewAxis(view), model->slicePositionMm(view));
        QVERIFY2(!expected.contains(QLatin1Char('-')), qPrintable(expected));
        // The viewer's corner text says the same.
        QVERIFY2(viewer->sliceRenderer(view)->cornerText(true).contains(expected),
                 qPrintable(viewer->sliceRenderer(view)->cornerText(true) + QStringLiteral(" / ") +
                            expected));
        bool inPanel = false;
        for (QLabel *label : m_window->annotationPanel()->findChildren<QLabel *>())
            inPanel = inPanel || label->text().contains(expected);
        QVERIFY2(inPanel, qPrintable(expected));
    }
}

void TestReadingFlowGui::startDialogReplacesThePrefilledName() {
    QSettings().setValue(QStringLiteral("session/reader"), QStringLiteral("Dr Alpha"));
    ReaderDialog dialog({{1, QStringLiteral("Dr Alpha"), QStringLiteral("reader")},
                         {2, QStringLiteral("Dr Gamma"), QStringLiteral("adjudicator")}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.readerName(), QStringLiteral("Dr Alpha"));
    QComboBox *picker = dialog.readerPicker();
    QCOMPARE(picker->count(), 2); // the existing readers to pick from
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("Dr Beta"));
    QCOMPARE(dialog.readerName(), QStringLiteral("Dr Beta"));
    QCOMPARE(dialog.role(), QStringLiteral("reader"));
    picker->setCurrentIndex(1); // an existing adjudicator keeps the role
    QCOMPARE(dialog.readerName(), QStringLiteral("Dr Gamma"));
    QCOMPARE(dialog.role(), QStringLiteral("adjudicator"));
    QCOMPARE(dialog.kind(), SessionKind::Adjudication);
}

QTEST_MAIN(TestReadingFlowGui)
#include "TestReadingFlowGui.moc"
