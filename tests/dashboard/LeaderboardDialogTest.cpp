// The dashboard's leaderboard under Xvfb: three baseline runs made by the real CLI (their
// held-out splits evaluate different cases) are ticked, scored in a job, and the table
// shows the numbers of `brainmd bench report --run 1 --run 2 --run 3` in the locale's
// spelling. Screenshots at the two common screen sizes go to build/screenshots.
#include "ui/dashboard/LeaderboardDialog.h"
#include "support/CliProcess.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/jobs/Workspace.h"

#include <QAction>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

namespace {

void screenshot(QWidget *widget, const QString &name) {
    const QString dir = QStringLiteral(BRAINMD_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(dir + QStringLiteral("/leaderboard-%1.png").arg(name)));
}

} // namespace

class LeaderboardDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void comparesThreeRuns();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    Workspace m_workspace;
    std::unique_ptr<DashboardWindow> m_window;
};

void LeaderboardDialogTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.filePath(QStringLiteral("data"));
    auto made = testing::runCli({QStringLiteral("demo-data"), QStringLiteral("--cases"),
                                 QStringLiteral("10"), QStringLiteral("--seed"),
                                 QStringLiteral("9"), QStringLiteral("--out"), data});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    m_dbPath = m_dir.filePath(QStringLiteral("board.sqlite"));
    made = testing::runCli({QStringLiteral("import"), QStringLiteral("--db"), m_dbPath, data});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QList<QStringList> runs{{QStringLiteral("knn"), QStringLiteral("centre,random,blank"),
                                   QStringLiteral("--pool-size"), QStringLiteral("3")},
                                  {QStringLiteral("majority"), QStringLiteral("centre,random"),
                                   QStringLiteral("--pool"), QStringLiteral("random"),
                                   QStringLiteral("--pool-size"), QStringLiteral("3"),
                                   QStringLiteral("--seed"), QStringLiteral("5")},
                                  {QStringLiteral("random"), QStringLiteral("centre,random,blank"),
                                   QStringLiteral("--pool-size"), QStringLiteral("2")}};
    for (const QStringList &r : runs) {
        const auto run = testing::runCli(
            QStringList{QStringLiteral("bench"), QStringLiteral("run"), QStringLiteral("--db"),
                        m_dbPath, QStringLiteral("--backend"), r[0], QStringLiteral("--labels"),
                        QStringLiteral("phantom"), QStringLiteral("--slices"), r[1],
                        QStringLiteral("--shots"), QStringLiteral("0,2"), QStringLiteral("--new")} +
            r.mid(2));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    }
    QCOMPARE(m_workspace.open(m_dbPath), QString());
    m_window = std::make_unique<DashboardWindow>(m_workspace);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void LeaderboardDialogTest::comparesThreeRuns() {
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("dashboard-leaderboard"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = m_window->findChild<LeaderboardDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->runList()->count(), 3);
    dialog->setCheckedRuns({1, 2, 3});
    QVERIFY(dialog->setReference(2));
    QSignalSpy shown(dialog, &LeaderboardDialog::shown);
    dialog->compare();
    QVERIFY(dialog->isLoading()); // scored in a job, not on the GUI thread
    QVERIFY(shown.wait(120000));
    const Leaderboard *board = dialog->board();
    QVERIFY(board);
    QCOMPARE(board->referenceRunId, qint64(2));
    QCOMPARE(board->runs.size(), std::size_t(3));

    // The same numbers as the command line, in the locale's spelling.
    const QString out = m_dir.filePath(QStringLiteral("cli-board"));
    const auto cli = testing::runCli({QStringLiteral("bench"), QStringLiteral("report"),
                                      QStringLiteral("--db"), m_dbPath, QStringLiteral("--runs"),
                                      QStringLiteral("1,2,3"), QStringLiteral("--reference"),
                                      QStringLiteral("2"), QStringLiteral("--out"), out});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
    QFile file(out + QStringLiteral("/leaderboard.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray conditions = QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QLatin1String("conditions"))
                                      .toArray();
    QTableWidget *table = dialog->table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), conditions.size());
    int compared = 0;
    for (int c = 0; c < conditions.size(); ++c) {
        const QJsonArray results =
            conditions[c].toObject().value(QLatin1String("results")).toArray();
        if (results.isEmpty()) {
            QVERIFY(table->item(0, c)->text().contains(QLatin1String("no shared items")));
            continue;
        }
        for (int r = 0; r < 3; ++r) {
            const QJsonObject result = results[r].toObject();
            const QString expected = QLocale().toString(
                100.0 * result.value(QLatin1String("accuracy")).toDouble(), 'f', 1);
            QVERIFY2(table->item(r, c)->text().startsWith(expected),
                     qPrintable(table->item(r, c)->text() + QStringLiteral(" vs ") + expected));
            QCOMPARE(table->item(r, c)->text().contains(QLatin1String("reference")), r == 1);
            ++compared;
        }
    }
    QVERIFY(compared >= 6); // centre and random share items in every shot count
    QVERIFY(!dialog->chart()->pixmap().isNull());
    QCOMPARE(dialog->cardTable()->rowCount(), 3);

    for (const QSize size : {QSize(1920, 1080), QSize(1366, 768)}) {
        dialog->resize(size);
        QTest::qWait(0);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString name = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        dialog->tabs()->setCurrentIndex(0);
        screenshot(dialog, name);
        dialog->tabs()->setCurrentIndex(1);
        screenshot(dialog, name + QStringLiteral("-runs"));
    }
    dialog->tabs()->setCurrentIndex(0);

    // German spelling: a decimal comma in the table (and the chart's labels).
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QSignalSpy again(dialog, &LeaderboardDialog::shown);
    dialog->compare();
    QVERIFY(again.wait(120000));
    const QString german = table->item(0, 0)->text();
    QLocale::setDefault(QLocale::c());
    QVERIFY2(german.contains(QLatin1Char(',')) && !german.contains(QLatin1Char('.')),
             qPrintable(german));
    screenshot(dialog, QStringLiteral("1366x768-de"));
}

void LeaderboardDialogTest::cleanupTestCase() {
    m_window.reset();
}

QTEST_MAIN(LeaderboardDialogTest)
#include "LeaderboardDialogTest.moc"
