// Blind means blind, everywhere: reader A (alice) has read and committed both phantom
// cases; a canary label source is imported. During reader B's (bob's) blind session with
// a case open, the test enumerates every QAction and QShortcut of the main window (menus
// and keyboard shortcuts), every tab and every dock, triggers or shows each (modal
// dialogs are inspected, then closed), and after each step reads every visible widget of
// every window. None may show alice's name or comment, the canary label, the report's
// findings or impression, a verify suggestion, or draw another reader's, a reference or a
// model slice. It enumerates instead of listing, so a new leaking action fails it; the
// last test adds one and checks that it is caught. After bob commits, all of it shows.

#include "WidgetText.h"
#include "WorkstationFixture.h"

#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/DocumentRepository.h"
#include "db/LabelRepository.h"
#include "ui/annotation/AnnotationPanel.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/browser/CaseBrowser.h"
#include "ui/browser/CaseTableModel.h"
#include "ui/main/DocumentsPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/viewer/ViewerModel.h"
#include "ui/viewer/VtkViewWidget.h"

#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QShortcut>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QtTest>

#include <map>

using namespace brainmd;

namespace {

const QString kComment = QStringLiteral("ALICE-SECRET-COMMENT rim left");
const QString kCanary = QStringLiteral("CANARY-LABEL-VALUE");

bool waitForCase(MainWindow &window, qint64 caseId) {
    if (window.currentCaseId() == caseId)
        return true;
    QSignalSpy opened(&window, &MainWindow::caseOpened);
    return opened.wait(20000) && window.currentCaseId() == caseId;
}

// The text after "HEADING:" up to the end of its line (the report's secret parts).
QString sectionText(const QString &report, const QString &heading) {
    for (const QString &line : report.split(QLatin1Char('\n')))
        if (line.startsWith(heading + QLatin1Char(':')))
            return line.mid(heading.size() + 1).trimmed();
    return {};
}

} // namespace

class TestBlindReading : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nothingRevealsHiddenInformationWhileBlind();
    void everythingShowsAfterTheCommit();
    void aNewLeakingActionIsCaught();

private:
    void startBlindSession(MainWindow &window, const QString &reader);
    QStringList leaksNow(const QString &step) const;
    QStringList enumerate(MainWindow &window, int *triggered);

    test::PhantomDatabase m_data;
    std::vector<qint64> m_cases;
    QStringList m_secrets;
    std::map<qint64, QString> m_indications;
};

void TestBlindReading::initTestCase() {
    VtkViewWidget::installDefaultSurfaceFormat();
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QCoreApplication::setOrganizationName(QStringLiteral("BrainMD-test-blind"));
    QSettings().clear();
    m_data = test::makePhantomDatabase(2);
    QVERIFY2(m_data.error.isEmpty(), qPrintable(m_data.error));
    Database db;
    QCOMPARE(db.open(m_data.databasePath), QString());
    for (const CaseSummary &c : CaseRepository(db).list())
        m_cases.push_back(c.id);
    QCOMPARE(m_cases.size(), std::size_t(2));
    // Reader A reads and commits both cases.
    AnnotationSession alice(db);
    QCOMPARE(alice.begin(QStringLiteral("alice"), QStringLiteral("reader"), m_cases, 1,
                         SessionKind::BlindReading, DocumentAccess::IndicationOnly, true),
             QString());
    for (std::size_t i = 0; i < m_cases.size(); ++i) {
        for (View view : kAllViews)
            alice.markSlice(view, 7 + static_cast<int>(view), 3.0);
        for (const ReaderQuestion &q : alice.questions())
            alice.answer(q.id, q.options.last());
        alice.setComment(kComment);
        alice.commitCase();
        alice.next();
    }
    alice.end();
    // An imported label source whose answers are unmistakable.
    LabelFile canary{QStringLiteral("canary-labels"), QStringLiteral("file"), {}, {}};
    std::vector<LabelLink> links;
    for (qint64 id : m_cases)
        links.push_back({id, {{}, {}, QStringLiteral("lesion_side"), kCanary, 1}});
    QCOMPARE(LabelRepository(db).replaceSource(canary, QStringLiteral("canary.csv"), links),
             QString());
    // The phantom's reports answer the questions in FINDINGS and IMPRESSION.
    for (qint64 id : m_cases) {
        const auto report = DocumentRepository(db).reportForCase(id);
        QVERIFY(report.has_value());
        for (const char *heading : {"FINDINGS", "IMPRESSION"}) {
            const QString secret = sectionText(report->text, QLatin1String(heading));
            QVERIFY2(secret.size() > 10, heading);
            m_secrets << secret.left(40);
        }
        m_indications[id] = sectionText(report->text, QStringLiteral("CLINICAL INFORMATION"));
        QVERIFY(!m_indications[id].isEmpty());
    }
    m_secrets << QStringLiteral("alice") << QStringLiteral("ALICE-SECRET") << kCanary
              << QStringLiteral("[suggested");
}

void TestBlindReading::startBlindSession(MainWindow &window, const QString &reader) {
    QCOMPARE(window.openDatabase(m_data.databasePath), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.startSession(reader, QStringLiteral("reader"), m_cases), QString());
    QVERIFY(waitForCase(window, window.session()->currentCaseId()));
    QVERIFY(window.session()->policy().isBlinding());
}

QStringList TestBlindReading::leaksNow(const QString &step) const {
    QStringList leaks;
    for (const QString &text : test::visibleTexts()) {
        for (const QString &secret : m_secrets) {
            if (text.contains(secret, Qt::CaseInsensitive))
                leaks << QStringLiteral("%1 → «%2» in %3").arg(step, secret, text.left(200));
        }
    }
    for (QWidget *top : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(top);
        if (window == nullptr)
            continue;
        for (const SliceMarker &m : window->viewerModel()->markers()) {
            if (m.kind != OverlayKind::OwnMarks && m.kind != OverlayKind::Crosshair)
                leaks << QStringLiteral("%1 → a marker of kind %2 (%3) is drawn")
                             .arg(step)
                             .arg(static_cast<int>(m.kind))
                             .arg(m.label);
        }
    }
    return leaks;
}

// Triggers every enabled action and shortcut, clicks every tab and shows every dock,
// collecting what became visible after each step (and inside each modal dialog).
QStringList TestBlindReading::enumerate(MainWindow &window, int *triggered) {
    QStringList leaks = leaksNow(QStringLiteral("start"));
    QString step;
    QTimer closer; // inspects, then closes, any modal dialog an action opens
    closer.setInterval(20);
    connect(&closer, &QTimer::timeout, this, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            leaks << leaksNow(step + QStringLiteral(" (dialog)"));
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
        }
    });
    closer.start();
    // Actions that end the blinding by design (commit) or leave the case or the program.
    const QList<QAction *> excluded{
        window.action(QStringLiteral("commit-case")), window.action(QStringLiteral("next-case")),
        window.action(QStringLiteral("previous-case")), window.action(QStringLiteral("skip-case")),
        window.action(QStringLiteral("postpone-case"))};
    *triggered = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->isSeparator() || action->menu() != nullptr || excluded.contains(action) ||
            action->text() == QLatin1String("Quit") ||
            action->text() == QLatin1String("End session") || !action->isEnabled())
            continue;
        step = QStringLiteral("action \"%1\"").arg(action->text());
        action->trigger();
        QCoreApplication::processEvents();
        leaks << leaksNow(step);
        ++*triggered;
    }
    for (QShortcut *shortcut : window.findChildren<QShortcut *>()) {
        step = QStringLiteral("shortcut %1").arg(shortcut->key().toString());
        Q_EMIT shortcut->activated();
        QCoreApplication::processEvents();
        leaks << leaksNow(step);
        ++*triggered;
    }
    for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            step = QStringLiteral("tab \"%1\"").arg(tabs->tabText(i));
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                              tabs->tabBar()->tabRect(i).center());
            QCoreApplication::processEvents();
            leaks << leaksNow(step);
        }
    }
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        step = QStringLiteral("dock \"%1\"").arg(dock->windowTitle());
        dock->show();
        dock->raise();
        QCoreApplication::processEvents();
        leaks << leaksNow(step);
    }
    closer.stop();
    leaks.removeDuplicates();
    return leaks;
}

void TestBlindReading::nothingRevealsHiddenInformationWhileBlind() {
    MainWindow window;
    startBlindSession(window, QStringLiteral("bob"));
    // The documents keep the clinical indication (the panel is not simply empty).
    const QString indication = m_indications[window.currentCaseId()];
    QVERIFY2(window.documents()->text().contains(indication),
             qPrintable(window.documents()->text() + QStringLiteral(" / ") + indication));
    int triggered = 0;
    const QStringList leaks = enumerate(window, &triggered);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    QVERIFY2(triggered > 40, qPrintable(QString::number(triggered)));
    // Still blind, and bob's own answers never took the imported ones (V did nothing).
    QVERIFY(window.session()->policy().isBlinding());
    for (const ReaderQuestion &q : window.session()->questions())
        QVERIFY(window.session()->ownAnswer(q.id) != kCanary);
    QVERIFY(window.statusBar()->findChildren<QLabel *>().size() > 0);
    QVERIFY(window.session()->otherMarks().empty());
}

void TestBlindReading::everythingShowsAfterTheCommit() {
    MainWindow window;
    startBlindSession(window, QStringLiteral("bert"));
    window.action(QStringLiteral("commit-case"))->trigger();
    QVERIFY(!window.session()->policy().isBlinding());
    // The same leak detector now sees alice's slices and the report's findings.
    const QStringList shown = leaksNow(QStringLiteral("after commit"));
    QVERIFY2(shown.join(QLatin1Char(' ')).contains(QStringLiteral("marker")),
             qPrintable(shown.join(QLatin1Char('\n'))));
    const QString documents = window.documents()->text();
    QVERIFY(std::any_of(m_secrets.begin(), m_secrets.end(),
                        [&](const QString &s) { return documents.contains(s); }));
}

void TestBlindReading::aNewLeakingActionIsCaught() {
    MainWindow window;
    startBlindSession(window, QStringLiteral("bill"));
    const QString title = QStringLiteral("Show the first reader's comment");
    auto *leaky = new QAction(title, &window);
    connect(leaky, &QAction::triggered, &window,
            [&window] { window.statusBar()->showMessage(kComment); });
    window.addAction(leaky);
    int triggered = 0;
    const QStringList leaks = enumerate(window, &triggered);
    QVERIFY2(leaks.join(QLatin1Char('\n')).contains(title),
             qPrintable(leaks.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestBlindReading)
#include "TestBlindReading.moc"
