// The BrainBench dashboard on a phantom database made by `brainmd demo`: its numbers
// equal those of `brainmd bench report`, bars and cells drill down to the cases, a run
// started from the dialog with a built-in baseline finishes, exports are real files.
#include "core/bench/FakeChatServer.h"
#include "db/Database.h"
#include "support/CliProcess.h"
#include "ui/dashboard/BenchRunDialog.h"
#include "ui/dashboard/CaseDrillDown.h"
#include "ui/dashboard/DashboardRunPanel.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/jobs/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

namespace {

/// Opens or compares a run in the dashboard and waits until it is drawn: runs are scored
/// in a job, so the charts follow by signal (at once when the run is cached).
/// Waits until run A of the window is `runId`, scored after its last change (the window
/// loads a finished run in a job and redraws when it is done).
bool waitForRunA(DashboardWindow *window, qint64 runId) {
    QSignalSpy drawn(window, &DashboardWindow::redrawn);
    while (!(window->runA() && window->runA()->runId == runId && !window->isLoading())) {
        if (!drawn.wait(60000))
            return false;
    }
    return true;
}

bool showAndWait(DashboardWindow *window, const std::function<QString()> &show) {
    QSignalSpy drawn(window, &DashboardWindow::redrawn);
    if (const QString error = show(); !error.isEmpty()) {
        qWarning() << error;
        return false;
    }
    return !drawn.isEmpty() || drawn.wait(60000);
}

QString screenshotDir() {
    const QString dir = QStringLiteral(BRAINMD_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir;
}

void screenshot(QWidget *w, const QString &name) {
    // Charts lay out on a posted event: let it run before grabbing.
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(screenshotDir() + QStringLiteral("/dashboard-") + name +
                           QStringLiteral(".png")));
}

/// Every curve has a visible legend entry; many of them go to the right, in a font small
/// enough for all rows (about 2.5 times the pixel size each) to fit the chart's height.
void checkLegend(QChartView *view) {
    QLegend *legend = view->chart()->legend();
    const QList<QLegendMarker *> markers = legend->markers();
    QCOMPARE(markers.size(), view->chart()->series().size());
    for (QLegendMarker *marker : markers)
        QVERIFY(marker->isVisible());
    QCOMPARE(legend->alignment(), markers.size() > 6 ? Qt::AlignRight : Qt::AlignBottom);
    if (markers.size() > 6)
        QVERIFY(legend->font().pixelSize() * 2.6 * markers.size() <=
                view->chart()->size().height());
}

QBarSeries *bars(QChartView *view) {
    for (QAbstractSeries *s : view->chart()->series()) {
        if (auto *b = qobject_cast<QBarSeries *>(s))
            return b;
    }
    return nullptr;
}

/// True when the image has more than one colour (not blank).
bool hasContent(const QImage &image) {
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

} // namespace

class DashboardTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chartsEqualCliReport();
    void visibilityTableEqualsCliReport();
    void barClickDrillsDown();
    void matrixCellDrillsDown();
    void comparesTwoRuns();
    void runFromDialogFinishes();
    void checkConnectionShowsReply();
    void pauseAndResumeAgainstServer();
    void apiKeyGoesToKeychainOrEnvironment();
    void exportsFiles();
    void cleanupTestCase();

private:
    QJsonObject cliReport(qint64 runId);

    QTemporaryDir m_dir;
    QString m_dbPath;
    Workspace m_workspace;
    std::unique_ptr<DashboardWindow> m_window;
};

void DashboardTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BRAINMD_NO_WORKSTATION"), QStringLiteral("1"));
    const QString demo = m_dir.filePath(QStringLiteral("demo"));
    const auto run = testing::runCli({QStringLiteral("demo"), QStringLiteral("--out"), demo,
                                      QStringLiteral("--cases"), QStringLiteral("2")},
                                     env);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 2, qPrintable(run.err));
    m_dbPath = demo + QStringLiteral("/brainmd.sqlite");
    QCOMPARE(m_workspace.open(m_dbPath), QString());
    m_window = std::make_unique<DashboardWindow>(m_workspace);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(showAndWait(m_window.get(), [&] { return m_window->openRun(1); }));
    QVERIFY(m_window->runA());
    QVERIFY(!m_window->runA()->predictions.empty());
}

QJsonObject DashboardTest::cliReport(qint64 runId) {
    const QString out = m_dir.filePath(QStringLiteral("cli-report-%1").arg(runId));
    const auto run = testing::runCli({QStringLiteral("bench"), QStringLiteral("report"),
                                      QStringLiteral("--db"), m_dbPath, QStringLiteral("--run"),
                                      QString::number(runId), QStringLiteral("--out"), out,
                                      QStringLiteral("--format"), QStringLiteral("json")});
    if (run.exitCode != 0)
        qWarning() << run.err;
    QFile file(out + QStringLiteral("/report.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void DashboardTest::visibilityTableEqualsCliReport() {
    const QJsonArray rows = cliReport(1).value(QStringLiteral("visibility")).toArray();
    QTableWidget *table = m_window->visibilityTable();
    QVERIFY(table);
    if (rows.isEmpty()) {
        // No lesion case among the demo's cases: one row that says so.
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 0)->text().contains(QLatin1String("lesion mask")));
    } else {
        QCOMPARE(table->rowCount(), rows.size());
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonObject row = rows.at(r).toObject();
            QCOMPARE(table->item(r, 1)->text(), row.value(QStringLiteral("source")).toString());
            QCOMPARE(table->item(r, 2)->text(),
                     QLocale().toString(row.value(QStringLiteral("lesion_cases")).toInt()));
            QVERIFY(table->item(r, 3)->text().startsWith(QLocale().toString(
                100.0 * row.value(QStringLiteral("shown_rate")).toDouble(), 'f', 1)));
        }
    }
    m_window->chartTabs()->setCurrentWidget(table);
    screenshot(m_window.get(), QStringLiteral("visibility"));
    m_window->chartTabs()->setCurrentIndex(0);
}

void DashboardTest::chartsEqualCliReport() {
    const QJsonObject report = cliReport(1);
    const QJsonArray conditions = report.value(QStringLiteral("conditions")).toArray();
    QVERIFY(!conditions.isEmpty());
    QBarSeries *series = bars(m_window->conditionView());
    QVERIFY(series);
    const QStringList categories = series->property("categories").toStringList();
    int compared = 0;
    for (const QJsonValue &v : conditions) {
        const QJsonObject c = v.toObject();
        const ConditionParts parts =
            DashboardData::parts(c.value(QStringLiteral("condition")).toString());
        const int category = static_cast<int>(categories.indexOf(parts.category()));
        QVERIFY(category >= 0);
        for (QBarSet *set : series->barSets()) {
            if (set->property("shots").toInt() != parts.shots)
                continue;
            QCOMPARE(set->at(category), c.value(QStringLiteral("accuracy")).toDouble());
            ++compared;
        }
    }
    QCOMPARE(compared, conditions.size());
    // Whiskers: one per condition, spanning the CLI's interval.
    QList<double> lows;
    for (QAbstractSeries *s : m_window->conditionView()->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s))
            lows.append(line->at(0).y());
    }
    QCOMPARE(lows.size(), conditions.size());
    for (const QJsonValue &v : conditions)
        QVERIFY(lows.contains(
            v.toObject().value(QStringLiteral("accuracy_ci")).toArray().at(0).toDouble()));
    // Another metric: the bars follow the selector.
    m_window->setMetric(DashboardMetric::BalancedAccuracy);
    series = bars(m_window->conditionView());
    const QJsonObject first = conditions.at(0).toObject();
    const ConditionParts parts =
        DashboardData::parts(first.value(QStringLiteral("condition")).toString());
    for (QBarSet *set : series->barSets()) {
        if (set->property("shots").toInt() == parts.shots)
            QCOMPARE(set->at(static_cast<int>(
                         series->property("categories").toStringList().indexOf(parts.category()))),
                     first.value(QStringLiteral("balanced_accuracy")).toDouble());
    }
    m_window->setMetric(DashboardMetric::Accuracy);
    // The gain of Vote-MI over random is stated with the CLI's McNemar p.
    for (const QJsonValue &v : report.value(QStringLiteral("comparisons")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString pair =
            c.value(QStringLiteral("a")).toString() + c.value(QStringLiteral("b")).toString();
        if (pair.contains(QLatin1String("votemi")) && pair.contains(QLatin1String("random")))
            QVERIFY2(m_window->gainLabel()->text().contains(
                         QString::number(c.value(QStringLiteral("mcnemar_p")).toDouble(), 'g', 3)),
                     qPrintable(m_window->gainLabel()->text()));
    }
    QVERIFY(m_window->gainLabel()->text().contains(QLatin1String("McNemar")));
    screenshot(m_window.get(), QStringLiteral("run"));
    m_window->setQuestion(QStringLiteral("lesion_present"));
    QVERIFY(!m_window->rocView()->chart()->series().isEmpty());
    // Question text, not ids, on the per-question axis and in the ROC title.
    auto *questionAxis = qobject_cast<QBarCategoryAxis *>(
        m_window->questionView()->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(questionAxis);
    QVERIFY2(questionAxis->categories().contains(
                 QStringLiteral("Is there a focal brain lesion (tumour)?")),
             qPrintable(questionAxis->categories().join(QLatin1Char('|'))));
    QVERIFY(!questionAxis->categories().contains(QStringLiteral("lesion_present")));
    QVERIFY(m_window->rocView()->chart()->title().contains(QLatin1String("focal brain lesion")));
    m_window->chartTabs()->setCurrentIndex(1);
    screenshot(m_window.get(), QStringLiteral("roc"));
    checkLegend(m_window->rocView());
    m_window->chartTabs()->setCurrentIndex(2);
    screenshot(m_window.get(), QStringLiteral("calibration"));
    checkLegend(m_window->calibrationView());
    m_window->chartTabs()->setCurrentIndex(0);
}

void DashboardTest::barClickDrillsDown() {
    QChartView *view = m_window->conditionView();
    QBarSeries *series = bars(view);
    QVERIFY(series);
    // The tallest bar, clicked where the user would click it.
    int bestSet = 0, bestIndex = 0;
    double best = -1;
    const auto sets = series->barSets();
    for (int s = 0; s < sets.size(); ++s)
        for (int i = 0; i < sets[s]->count(); ++i)
            if (sets[s]->at(i) > best) {
                best = sets[s]->at(i);
                bestSet = s;
                bestIndex = i;
            }
    QVERIFY(best > 0);
    const double width = 0.8 / sets.size();
    const double x = bestIndex - 0.4 + (bestSet + 0.5) * width;
    const QPointF scene = view->chart()->mapToPosition(QPointF(x, best / 2.0), series);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scene));
    // The clicked bar, and only it, is highlighted.
    for (int s = 0; s < sets.size(); ++s)
        for (int i = 0; i < sets[s]->count(); ++i)
            QCOMPARE(sets[s]->isBarSelected(i), s == bestSet && i == bestIndex);
    CaseDrillDown *drill = m_window->drillDown();
    const QString condition = QStringLiteral("%1/%2-shot")
                                  .arg(series->property("categories").toStringList().at(bestIndex))
                                  .arg(sets[bestSet]->property("shots").toInt());
    const auto expected =
        DashboardData::matching(*m_window->runA(), DrillFilter{condition, {}, {}, {}});
    QCOMPARE(drill->table()->rowCount(), static_cast<int>(expected.size()));
    QVERIFY(drill->table()->rowCount() > 0);
    QCOMPARE(drill->table()->item(0, 1)->text(), condition);
    drill->table()->selectRow(0);
    QVERIFY2(drill->prompt()->toPlainText().contains(QStringLiteral("— user —")),
             qPrintable(drill->prompt()->toPlainText()));
    QVERIFY(drill->verdict()->text().contains(QLatin1String("Manual label")));
    QVERIFY(drill->openButton()->isEnabled());
    QSignalSpy open(m_window.get(), &DashboardWindow::openCaseAtSlice);
    QTest::mouseClick(drill->openButton(), Qt::LeftButton);
    if (!condition.startsWith(QLatin1String("none")) &&
        !condition.startsWith(QLatin1String("blank"))) {
        QCOMPARE(open.count(), 1);
        QVERIFY(open.at(0).at(2).toInt() >= 0);
    }
    screenshot(m_window.get(), QStringLiteral("drilldown"));
}

void DashboardTest::matrixCellDrillsDown() {
    QTableWidget *matrix = m_window->confusionTable();
    QVERIFY(matrix->rowCount() >= 3);
    // The last row is the colour scale: 0 up to the largest count, one colour per value.
    const int scaleRow = matrix->rowCount() - 1;
    QCOMPARE(matrix->verticalHeaderItem(scaleRow)->text(), QStringLiteral("colour scale"));
    int peak = 0;
    for (int r = 0; r < scaleRow; ++r)
        for (int c = 0; c < matrix->columnCount(); ++c)
            peak = std::max(peak, matrix->item(r, c)->text().toInt());
    QCOMPARE(matrix->item(scaleRow, 0)->text().toInt(), 0);
    QCOMPARE(matrix->item(scaleRow, matrix->columnCount() - 1)->text().toInt(), peak);
    QVERIFY(!(matrix->item(scaleRow, 0)->flags() & Qt::ItemIsSelectable));
    int row = -1, column = -1;
    for (int r = 0; r < matrix->rowCount() && row < 0; ++r)
        for (int c = 0; c < matrix->columnCount(); ++c)
            if (matrix->item(r, c)->text().toInt() > 0) {
                row = r;
                column = c;
                break;
            }
    QVERIFY(row >= 0);
    const QRect rect = matrix->visualItemRect(matrix->item(row, column));
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->drillDown()->table()->rowCount(),
             matrix->item(row, column)->text().toInt() * 1);
}

void DashboardTest::comparesTwoRuns() {
    QVERIFY(showAndWait(m_window.get(), [&] { return m_window->setCompareRun(2); }));
    QBarSeries *series = bars(m_window->conditionView());
    QStringList labels;
    for (QBarSet *set : series->barSets())
        labels.append(set->label());
    QVERIFY(labels.join(QLatin1Char(';')).contains(QStringLiteral("A ·")));
    QVERIFY(labels.join(QLatin1Char(';')).contains(QStringLiteral("B ·")));
    screenshot(m_window.get(), QStringLiteral("compare"));
    QCOMPARE(m_window->setCompareRun(0), QString());
}

void DashboardTest::runFromDialogFinishes() {
    DashboardRunPanel *panel = m_window->runPanel();
    BenchRunDialog *dialog = panel->openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->backendBox()->setCurrentIndex(
        dialog->backendBox()->findData(QStringLiteral("majority")));
    QComboBox *labels = dialog->findChild<QComboBox *>();
    QVERIFY(labels);
    dialog->setConfig([] {
        BenchRunConfig c;
        c.name = QStringLiteral("from-dialog");
        c.backend.type = QStringLiteral("majority");
        c.labels = QStringLiteral("phantom");
        c.conditions = {{QStringLiteral("random"), QStringLiteral("axial"), 0},
                        {QStringLiteral("votemi"), QStringLiteral("axial"), 0}};
        c.seed = 7;
        return c;
    }());
    QSignalSpy checked(dialog, &BenchRunDialog::connectionChecked);
    dialog->checkConnection();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
    QVERIFY2(dialog->checkOutput()->toPlainText().contains(QLatin1String("answered")),
             qPrintable(dialog->checkOutput()->toPlainText()));
    // The estimate plans in a job and sends nothing; the run then sends what it counted.
    QSignalSpy estimated(dialog, &BenchRunDialog::estimated);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("estimate")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(estimated.count(), 1, 60000);
    const QString estimate = estimated.at(0).at(0).toString();
    const QRegularExpressionMatch counted =
        QRegularExpression(QStringLiteral("(\\d+) requests")).match(estimate);
    QVERIFY2(counted.hasMatch(), qPrintable(estimate));
    QVERIFY2(estimate.contains(QLatin1String("nothing sent or stored")), qPrintable(estimate));
    screenshot(dialog, QStringLiteral("dialog"));
    dialog->findChild<QTabWidget *>()->setCurrentIndex(1); // Design, with the estimate
    screenshot(dialog, QStringLiteral("dialog-design"));
    QSignalSpy finished(panel, &DashboardRunPanel::runFinished);
    QSignalSpy redrawn(m_window.get(), &DashboardWindow::redrawn);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("finished"));
    const qint64 runId = finished.at(0).at(0).toLongLong();
    QVERIFY(waitForRunA(m_window.get(), runId));
    QVERIFY(redrawn.count() >= 1);
    QCOMPARE(m_window->runA()->runId, runId);
    QCOMPARE(m_window->runA()->conditions.size(), 2);
    QCOMPARE(static_cast<int>(m_window->runA()->predictions.size()), counted.captured(1).toInt());
    QVERIFY(panel->statusLabel()->text().contains(QLatin1String("finished")));
    QCOMPARE(panel->progressBar()->value(), panel->progressBar()->maximum());
    QVERIFY(panel->resumeButton()->isEnabled());
    // The numbers of the new run equal the CLI's, too.
    const QJsonArray conditions = cliReport(runId).value(QStringLiteral("conditions")).toArray();
    QCOMPARE(conditions.size(), 2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(m_window->runA()->scores.conditions[static_cast<std::size_t>(i)].accuracy.estimate,
                 conditions.at(i).toObject().value(QStringLiteral("accuracy")).toDouble());
    screenshot(m_window.get(), QStringLiteral("after-run"));
}

void DashboardTest::checkConnectionShowsReply() {
    test::FakeChatServer server;
    server.setHandler([](const test::HttpRequest &request) {
        test::HttpReply reply;
        if (request.header("authorization") != "Bearer sk-test") {
            reply.status = 401;
            reply.body = R"({"error":{"message":"invalid api key"}})";
            return reply;
        }
        reply.body = test::FakeChatServer::completion(QStringLiteral("OK"));
        return reply;
    });
    const QString url = server.start();
    BenchRunDialog dialog;
    BenchRunConfig config;
    config.backend.type = QStringLiteral("openai");
    config.backend.baseUrl = url;
    config.backend.model = QStringLiteral("test-vlm");
    config.backend.apiKeyEnv = QStringLiteral("BRAINMD_DASHBOARD_TEST_KEY_UNSET");
    dialog.setConfig(config);
    QSignalSpy checked(&dialog, &BenchRunDialog::connectionChecked);
    dialog.checkConnection();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
    QVERIFY2(checked.at(0).at(0).toString().contains(QLatin1String("401")),
             qPrintable(checked.at(0).at(0).toString()));
    dialog.findChild<QLineEdit *>(QStringLiteral("apiKey"))->setText(QStringLiteral("sk-test"));
    dialog.checkConnection();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 30000);
    QVERIFY2(checked.at(1).at(0).toString().contains(QLatin1String("\"OK\"")),
             qPrintable(checked.at(1).at(0).toString()));
    QCOMPARE(server.requestCount(), 2);
}

void DashboardTest::pauseAndResumeAgainstServer() {
    test::FakeChatServer server;
    server.setHandler([](const test::HttpRequest &request) {
        test::HttpReply reply;
        reply.hang = request.index == 0; // in flight when the user pauses
        reply.body = test::FakeChatServer::completion(QStringLiteral("A"));
        return reply;
    });
    qputenv("BRAINMD_DASHBOARD_TEST_KEY", "sk-test");
    BenchRunConfig config;
    config.name = QStringLiteral("paused");
    config.backend.type = QStringLiteral("openai");
    config.backend.baseUrl = server.start();
    config.backend.model = QStringLiteral("test-vlm");
    config.backend.apiKeyEnv = QStringLiteral("BRAINMD_DASHBOARD_TEST_KEY");
    config.backend.retries = 0;
    config.labels = QStringLiteral("phantom");
    // Two questions of the one case held out of the two-case demo (the other is the pool).
    config.questions = {QStringLiteral("lesion_present"), QStringLiteral("lesion_side")};
    config.conditions = {{QStringLiteral("centre"), QStringLiteral("axial"), 0}};
    config.concurrency = 1;
    DashboardRunPanel *panel = m_window->runPanel();
    QSignalSpy arrived(&server, &test::FakeChatServer::requestArrived);
    QSignalSpy finished(panel, &DashboardRunPanel::runFinished);
    panel->startRun(config);
    QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, 60000);
    QVERIFY(panel->pauseButton()->isEnabled());
    QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("paused"));
    QVERIFY(panel->statusLabel()->text().contains(QLatin1String("paused")));
    QVERIFY(panel->resumeButton()->isEnabled());
    QTest::mouseClick(panel->resumeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QCOMPARE(finished.at(1).at(1).toString(), QStringLiteral("finished"));
    QCOMPARE(finished.at(1).at(0), finished.at(0).at(0)); // the same run, resumed
    QVERIFY(waitForRunA(m_window.get(), finished.at(1).at(0).toLongLong()));
    QCOMPARE(m_window->runA()->runId, finished.at(1).at(0).toLongLong());
    QCOMPARE(static_cast<int>(m_window->runA()->predictions.size()), 2);
    QCOMPARE(server.requestCount(), 3); // the aborted one was asked again, nothing else
}

void DashboardTest::apiKeyGoesToKeychainOrEnvironment() {
    BenchRunDialog dialog;
    BenchRunConfig config;
    config.backend.type = QStringLiteral("openai");
    config.backend.baseUrl = QStringLiteral("http://dashboard-test.invalid/v1");
    config.backend.apiKeyEnv = QStringLiteral("BRAINMD_DASHBOARD_SAVED_KEY");
    dialog.setConfig(config);
    dialog.findChild<QLineEdit *>(QStringLiteral("apiKey"))->setText(QStringLiteral("sk-saved"));
    dialog.saveApiKey();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.keyStatus()->text().isEmpty(), 30000);
    const QString status = dialog.keyStatus()->text();
    qInfo().noquote() << status;
    if (status.contains(QLatin1String("No system keychain"))) {
        // Said clearly, and the key still works for this session through the variable.
        QVERIFY(status.contains(QLatin1String("BRAINMD_DASHBOARD_SAVED_KEY")));
        QCOMPARE(qgetenv("BRAINMD_DASHBOARD_SAVED_KEY"), QByteArray("sk-saved"));
    } else {
        QVERIFY2(status.contains(QLatin1String("saved in the system keychain")),
                 qPrintable(status));
    }
}

void DashboardTest::exportsFiles() {
    QVERIFY(showAndWait(m_window.get(), [&] { return m_window->openRun(1); }));
    const QString out = m_dir.filePath(QStringLiteral("export"));
    QVERIFY(QDir().mkpath(out));
    const QString png = out + QStringLiteral("/conditions.png");
    const QString svg = out + QStringLiteral("/conditions.svg");
    const QString csv = out + QStringLiteral("/scores.csv");
    QCOMPARE(m_window->exportPng(m_window->conditionView(), png), QString());
    QCOMPARE(m_window->exportSvg(m_window->conditionView(), svg), QString());
    QCOMPARE(m_window->exportCsv(csv), QString());
    QString html;
    QCOMPARE(m_window->exportHtml(out + QStringLiteral("/report"), &html), QString());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(hasContent(image));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QVERIFY(svgFile.readAll().contains("<svg"));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csvFile.readAll()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), static_cast<int>(m_window->runA()->scores.conditions.size()) + 1);
    QVERIFY(lines.at(1).startsWith(QLatin1String("1,")));
    m_window->drillCell(0, 0);
    const int listed = m_window->drillDown()->table()->rowCount();
    QCOMPARE(m_window->exportCasesCsv(out + QStringLiteral("/cases.csv")), QString());
    QFile casesFile(out + QStringLiteral("/cases.csv"));
    QVERIFY(casesFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(casesFile.readAll()).trimmed().split(QLatin1Char('\n')).size(),
             listed + 1);
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    QVERIFY(htmlFile.readAll().contains("data:image/png;base64"));
}

void DashboardTest::cleanupTestCase() {
    m_window.reset();
    m_workspace.database().close();
}

QTEST_MAIN(DashboardTest)
#include "DashboardTest.moc"
