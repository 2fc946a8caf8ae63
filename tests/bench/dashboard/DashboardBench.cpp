// Times the dashboard's full redraw of a synthetic run of ~50,000 predictions kept in a
// real SQLite database: load + score (the report code) + every chart rebuilt + the events
// that follow (layout and paint). Prints median and p95 over several redraws.
//   bench_dashboard [cases (default 100)] [redraws (default 9)]
#include "DbTestData.h"
#include "GuiHeartbeat.h"

#include "bench/BenchRunner.h"
#include "bench/TaskPack.h"
#include "db/BenchRunRepository.h"
#include "db/CaseRepository.h"
#include "db/SqlStudyStorage.h"
#include "ui/dashboard/DashboardData.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/jobs/Workspace.h"
#include "workflows/BenchScoreWorkflow.h"
#include "workflows/ImportService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace brainmd;

namespace {

std::vector<qint64> importCases(Database &db, const QString &folder, int count) {
    QStringList folders;
    for (int i = 0; i < count; ++i) {
        const QString dir = QStringLiteral("%1/dicom/%2").arg(folder).arg(i);
        test::TestSeries series{QStringLiteral("P%1").arg(i),
                                QStringLiteral("A%1").arg(i),
                                i + 1,
                                1,
                                i + 1,
                                {12, 12, 4}};
        if (!test::writeTestSeries(series, dir).isEmpty())
            return {};
        folders.append(dir);
    }
    ImportService(borrowedStorage(db)).import(folders, {}, nullptr);
    std::vector<qint64> ids;
    for (const CaseSummary &c : CaseRepository(db).list())
        ids.push_back(c.id);
    return ids;
}

/// A run over `cases`: 4 slice sources × 2 views × {0, 3} shots, every question of the
/// default pack, 4 option rotations; answers right 70% of the time (80% for Vote-MI).
qint64 synthesiseRun(const Database &db, const std::vector<qint64> &cases, int *predictions) {
    const TaskPack pack = *defaultTaskPack().pack;
    BenchRunConfig config;
    config.name = QStringLiteral("bench-50k");
    config.labels = QStringLiteral("phantom");
    config.rotateOptions = true;
    for (int k : {0, 3})
        for (const char *view : {"axial", "coronal"})
            for (const char *source : {"random", "centre", "manual", "votemi"})
                config.conditions.push_back(
                    {QString::fromLatin1(source), QString::fromLatin1(view), k});
    QString error;
    const qint64 runId = BenchRunRepository(db).createRun(config, &error);
    BenchRunRepository store(db, runId);
    std::mt19937_64 random(1);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<TaskOutcome> batch;
    *predictions = 0;
    for (const BenchCondition &condition : config.conditions) {
        const double skill = condition.slices == QLatin1String("votemi") ? 0.8 : 0.7;
        for (qint64 caseId : cases)
            for (const TaskQuestion &q : pack.questions) {
                const QStringList options = q.optionValues();
                if (options.isEmpty())
                    continue;
                const QString truth = options.at(static_cast<int>(random() % options.size()));
                for (int rotation = 0; rotation < 4; ++rotation) {
                    TaskOutcome o;
                    o.task = {QStringLiteral("%1|%2|%3|r%4")
                                  .arg(condition.name())
                                  .arg(caseId)
                                  .arg(q.id)
                                  .arg(rotation),
                              caseId,
                              condition.name(),
                              q.id,
                              rotation,
                              truth};
                    o.requestHash = o.task.key;
                    o.fromCache = true;
                    const bool right = unit(random) < skill;
                    o.parsed.status = ParsedAnswer::Status::Answered;
                    o.parsed.value =
                        right ? truth : options.at(static_cast<int>(random() % options.size()));
                    o.response.text = o.parsed.value;
                    o.response.latencyMs = 100 + static_cast<qint64>(random() % 400);
                    if (!q.positive.isEmpty()) {
                        const double p = unit(random);
                        o.probability = (truth == q.positive) == right ? 0.5 + 0.5 * p : 0.5 * p;
                    }
                    batch.push_back(std::move(o));
                    ++*predictions;
                }
            }
        if (const QString e = store.save(batch); !e.isEmpty())
            std::fprintf(stderr, "save: %s\n", qPrintable(e));
        batch.clear();
    }
    BenchRunRepository(db).setStatus(runId, QStringLiteral("finished"), {});
    return runId;
}

struct Stats {
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const auto at = [&v](double q) {
        return v[std::min(v.size() - 1, static_cast<std::size_t>(q * (v.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.95)};
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int caseCount = argc > 1 ? std::atoi(argv[1]) : 100;
    const int redraws = argc > 2 ? std::atoi(argv[2]) : 9;
    QTemporaryDir dir;
    Workspace workspace;
    Database &db = workspace.database();
    if (const QString e = workspace.open(dir.filePath(QStringLiteral("bench.sqlite")));
        !e.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    QElapsedTimer setup;
    setup.start();
    const std::vector<qint64> cases = importCases(db, dir.path(), caseCount);
    int predictions = 0;
    const qint64 runId = synthesiseRun(db, cases, &predictions);
    std::printf("Synthetic run: %zu cases, %d predictions stored in SQLite (setup %.1f s)\n",
                cases.size(), predictions, setup.elapsed() / 1000.0);

    DashboardWindow window(workspace);
    window.resize(1600, 1000);
    window.show();
    const auto drawn = [&window](const std::function<void()> &action) {
        QSignalSpy redrawn(&window, &DashboardWindow::redrawn);
        action();
        if (redrawn.isEmpty())
            redrawn.wait(120000);
        QCoreApplication::processEvents();
    };
    drawn([&] { window.openRun(runId); });
    {
        QElapsedTimer t;
        t.start();
        const auto rows = BenchRunRepository(db).predictions(runId);
        const double read = t.nsecsElapsed() / 1e6;
        t.restart();
        QString error;
        const auto input = loadScoredRun(*workspace.storage(), runId, &error);
        std::printf("One load: predictions read %.1f ms (%zu rows); read + score %.1f ms\n", read,
                    rows.size(), t.nsecsElapsed() / 1e6);
    }
    std::vector<double> cold, warm, selector;
    for (int i = 0; i < redraws; ++i) {
        QElapsedTimer t;
        t.start();
        drawn([&] { window.reload(); }); // cache dropped: read + score (in a job) + charts
        cold.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        drawn([&] { window.openRun(runId); }); // run unchanged: scores reused, charts rebuilt
        warm.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        window.setMetric(i % 2 ? DashboardMetric::Accuracy : DashboardMetric::MacroF1);
        QCoreApplication::processEvents();
        selector.push_back(t.nsecsElapsed() / 1e6);
    }
    const auto print = [](const char *what, const std::vector<double> &v) {
        const Stats s = stats(v);
        std::printf("  %-52s median %7.1f ms   p95 %7.1f ms\n", what, s.median, s.p95);
    };
    std::printf("Dashboard, %d redraws of run %lld (%zu conditions, %zu predictions):\n", redraws,
                static_cast<long long>(runId), window.runA()->scores.conditions.size(),
                window.runA()->predictions.size());
    print("cold redraw (read + score + charts + events)", cold);
    print("redraw of a loaded run (scores reused + charts + events)", warm);
    print("selector change (charts + events)", selector);

    // The GUI thread while a run is opened and another compared (both scored afresh in
    // jobs): a 10 ms timer measures the longest gap between its ticks.
    int predictionsB = 0;
    const qint64 runB = synthesiseRun(db, cases, &predictionsB);
    bench::GuiHeartbeat heartbeat;
    QElapsedTimer total;
    total.start();
    heartbeat.start();
    drawn([&] { window.reload(); });
    drawn([&] { window.setCompareRun(runB); });
    heartbeat.stop();
    const Stats g = stats(heartbeat.gaps());
    std::printf("GUI heartbeat (10 ms) while run %lld (%d predictions) is rescored and run %lld "
                "(%d) compared, %.1f s: median gap %.1f ms, p95 %.1f ms, longest %.1f ms "
                "(target: never > 50 ms)\n",
                static_cast<long long>(runId), predictions, static_cast<long long>(runB),
                predictionsB, total.elapsed() / 1000.0, g.median, g.p95, heartbeat.longest());
    return 0;
}
