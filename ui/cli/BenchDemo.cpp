#include "ui/cli/BenchDemo.h"

#include "bench/RunConfig.h"
#include "db/SqlStudyStorage.h"
#include "ports/CaseCatalog.h"
#include "ui/cli/BenchReportCli.h"
#include "ui/cli/BenchRunCli.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

/// The demo's example pool: a quarter of the cases, at least 4 and at most 20 (the study's
/// M), so that three quarters or more are held out for evaluation; never all of them.
int demoPoolSize(int cases) {
    return std::max(1, std::min(std::clamp(cases / 4, 4, 20), cases - 1));
}

BenchRunConfig demoConfig(const QString &backend, const std::vector<int> &shots, std::uint64_t seed,
                          int cases) {
    BenchRunConfig config;
    config.name = QStringLiteral("demo-") + backend;
    config.backend.type = backend;
    config.labels = QStringLiteral("phantom");
    config.seed = seed;
    config.poolSize = demoPoolSize(cases);
    config.concurrency = 4;
    for (int k : shots)
        for (const QString &source : benchSliceSources())
            config.conditions.push_back({source, QStringLiteral("axial"), k});
    return config;
}

} // namespace

int runDemoBench(const Database &db, const QString &outDir, std::uint64_t seed, CliStreams io,
                 QString *reportPath) {
    const std::vector<std::pair<QString, std::vector<int>>> runs{
        {QStringLiteral("features"), {0, 3}},
        {QStringLiteral("knn"), {0, 3}},
        {QStringLiteral("majority"), {0}},
        {QStringLiteral("random"), {0}},
        {QStringLiteral("oracle"), {0}}};
    const int cases = static_cast<int>(borrowedStorage(db)->cases()->list().size());
    int worst = ExitSuccess;
    for (const auto &[backend, shots] : runs) {
        io.out << tr("\nBaseline '%1':\n").arg(backend);
        qint64 runId = 0;
        const int code =
            executeBenchRun(db, demoConfig(backend, shots, seed, cases), false, io, &runId);
        worst = std::max(worst, code);
        if (code == ExitFailure || runId == 0)
            continue;
        QString error;
        const auto input = loadScoredRun(*borrowedStorage(db), runId, &error);
        if (!input) {
            io.err << tr("brainmd demo: %1\n").arg(error);
            return ExitFailure;
        }
        const QString dir = QDir(outDir).filePath(QStringLiteral("bench-") + backend);
        const BenchReportResult written = writeBenchReport(
            *input, dir, {QStringLiteral("html"), QStringLiteral("csv"), QStringLiteral("json")});
        if (!written.error.isEmpty()) {
            io.err << tr("brainmd demo: %1\n").arg(written.error);
            return ExitFailure;
        }
        io.out << tr("Report: %1\n").arg(written.htmlPath);
        if (backend == QLatin1String("features"))
            *reportPath = written.htmlPath;
    }
    return worst;
}

} // namespace brainmd
