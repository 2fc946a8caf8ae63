// BrainBench runner benchmark (a program, not a CTest test):
//  1. runner overhead against a local zero-latency chat server: requests per second at
//     concurrency 16 with the real SQLite store, and RSS every 5,000 requests up to 50,000;
//  2. slice image rendering (extract, window, letterbox 256 px, PNG) per core.
// Usage: bench_runner [requests=50000] [concurrency=16]
#include "FakeChatServer.h"

#include "DbTestData.h"

#include "bench/BenchImageRenderer.h"
#include "bench/BenchRunner.h"
#include "bench/OpenAiBackend.h"
#include "db/BenchRunRepository.h"
#include "db/CaseRepository.h"
#include "db/SqlStudyStorage.h"
#include "jobs/Progress.h"
#include "volume/Orientation.h"
#include "volume/SliceImage.h"
#include "volume/WindowLevel.h"
#include "workflows/ImportService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>

using namespace brainmd;

namespace {

long rssKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

/// The same small request for every task (the prompt differs so that each is new).
class FixedPreparer final : public TaskPreparer {
public:
    explicit FixedPreparer(QByteArray png)
        : m_png(std::move(png)) {}
    Prepared prepare(const BenchTask &task) override {
        Prepared prepared;
        prepared.request.model = QStringLiteral("bench-vlm");
        prepared.request.messages.push_back(
            {QStringLiteral("user"), QStringLiteral("Lesion? ") + task.key, {m_png}});
        prepared.shownOrder = {QStringLiteral("yes"), QStringLiteral("no")};
        return prepared;
    }
    void interpret(const BenchTask &, const QStringList &, const ChatResponse &response,
                   ParsedAnswer *parsed, double *) override {
        parsed->status = response.text == QLatin1String("yes") ? ParsedAnswer::Status::Answered
                                                               : ParsedAnswer::Status::Unparsed;
        parsed->value = response.text;
    }

private:
    QByteArray m_png;
};

/// Prints RSS every `every` stored requests.
class RssProgress final : public ProgressReporter {
public:
    RssProgress(int total, int every)
        : m_total(total)
        , m_every(every) {}
    bool report(double fraction, const QString &) override {
        const int done = static_cast<int>(fraction * m_total + 0.5);
        if (done >= m_next) {
            std::printf("  %6d requests  RSS %7ld kB  %.0f req/s so far\n", done, rssKb(),
                        done / std::max(1e-9, m_clock.elapsed() / 1000.0));
            std::fflush(stdout);
            m_next += m_every;
        }
        return true;
    }
    void start() { m_clock.start(); }

private:
    int m_total;
    int m_every;
    int m_next = 0;
    QElapsedTimer m_clock;
};

qint64 importOneCase(Database &db, const QString &folder) {
    test::TestSeries series{QStringLiteral("P1"), QStringLiteral("A1"), 1, 1, 1, {64, 64, 24}};
    if (!test::writeTestSeries(series, folder + QStringLiteral("/dicom")).isEmpty())
        return 0;
    ImportService(borrowedStorage(db)).import({folder + QStringLiteral("/dicom")}, {}, nullptr);
    const auto cases = CaseRepository(db).list();
    return cases.empty() ? 0 : cases.front().id;
}

void runnerOverhead(int requests, int concurrency) {
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(QStringLiteral("bench.sqlite")));
    const qint64 caseId = importOneCase(db, dir.path());
    const Volume volume = reorientToRas(CaseRepository(db).volumeFor(caseId).volume);
    const QByteArray png = BenchImageRenderer::toPng(BenchImageRenderer(256).renderSlice(
        volume, percentileWindow(volume), View::Axial, volume.nz() / 2));
    test::FakeChatServer server;
    server.setKeepBodies(false);
    OpenAiOptions options;
    options.baseUrl = server.start();
    options.model = QStringLiteral("bench-vlm");
    const OpenAiBackend backend(options);
    BenchRunConfig config;
    config.conditions = {{}};
    QString error;
    const qint64 runId = BenchRunRepository(db).createRun(config, &error);
    BenchRunRepository store(db, runId);
    std::vector<BenchTask> tasks;
    tasks.reserve(static_cast<std::size_t>(requests));
    for (int i = 0; i < requests; ++i)
        tasks.push_back({QStringLiteral("bench|%1").arg(i), caseId,
                         QStringLiteral("centre/axial/0-shot"), QStringLiteral("lesion_present"), 0,
                         QStringLiteral("yes")});
    FixedPreparer preparer(png);
    RssProgress progress(requests, 5000);
    std::printf("Runner: %d requests, concurrency %d, zero-latency local server, SQLite store, "
                "%lld-byte PNG each\n",
                requests, concurrency, static_cast<long long>(png.size()));
    QElapsedTimer clock;
    clock.start();
    progress.start();
    const RunnerOutcome outcome =
        runBenchTasks(tasks, preparer, backend, store, {concurrency}, &progress);
    const double seconds = clock.elapsed() / 1000.0;
    std::printf("  stored %d (sent %d, errors %d) in %.2f s: %.0f requests/s; RSS at end %ld kB\n",
                outcome.saved, outcome.sent, outcome.itemErrors, seconds, outcome.saved / seconds,
                rssKb());
}

void renderingThroughput() {
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(QStringLiteral("render.sqlite")));
    test::TestSeries series{QStringLiteral("P2"), QStringLiteral("A2"), 1, 1, 2, {181, 217, 60}};
    test::writeTestSeries(series, dir.filePath(QStringLiteral("dicom")));
    ImportService(borrowedStorage(db)).import({dir.filePath(QStringLiteral("dicom"))}, {}, nullptr);
    const Volume volume =
        reorientToRas(CaseRepository(db).volumeFor(CaseRepository(db).list().front().id).volume);
    const WindowLevel window = percentileWindow(volume);
    std::vector<int> jobs(400);
    for (std::size_t i = 0; i < jobs.size(); ++i)
        jobs[i] = static_cast<int>(i);
    for (int threads : {1, QThread::idealThreadCount()}) {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        QElapsedTimer clock;
        clock.start();
        QtConcurrent::blockingMap(&pool, jobs, [&](int i) {
            const View view = kAllViews[static_cast<std::size_t>(i % 3)];
            const QByteArray png = BenchImageRenderer::toPng(BenchImageRenderer(256).renderSlice(
                volume, window, view, i % sliceCount(volume, view)));
            Q_UNUSED(png);
        });
        const double seconds = clock.elapsed() / 1000.0;
        std::printf("Rendering (181x217x60 volume, 256 px PNG): %d thread(s): %.0f images/s (%.0f "
                    "per thread)\n",
                    threads, jobs.size() / seconds, jobs.size() / seconds / threads);
    }
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int requests = argc > 1 ? std::atoi(argv[1]) : 50000;
    const int concurrency = argc > 2 ? std::atoi(argv[2]) : 16;
    runnerOverhead(requests, concurrency);
    renderingThroughput();
    return 0;
}
