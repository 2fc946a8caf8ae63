#include "ui/cli/BenchDemo.h"

#include "bench/RunConfig.h"
#include "db/SqlStudyStorage.h"
#include "ports/CaseCatalog.h"
#include "ui/cli/BenchReportCli.h"
#include "ui/cli/BenchRunCli.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cmath>

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

/// The smallest paired accuracy difference between two slice sources that `evaluated`
/// cases detect with 80 % power at α = 0.05 (two-sided McNemar, normal approximation:
/// δ ≈ (z₀.₉₇₅ + z₀.₈) · √(ψ / n)), with ψ = 0.3 of the items discordant and the 8
/// questions of a case counted as 4 independent items (design effect 2): what the demo's
/// size can and cannot separate.
double detectableDifference(int evaluated) {
    constexpr double kZ = 1.959964 + 0.841621;
    constexpr double kDiscordant = 0.3;
    constexpr double kEffectiveItemsPerCase = 8.0 / 2.0;
    const double n = std::max(1.0, evaluated * kEffectiveItemsPerCase);
    return kZ * std::sqrt(kDiscordant / n);
}

void printDemoReading(int cases, QTextStream &out) {
    const int pool = demoPoolSize(cases);
    const int evaluated = cases - pool;
    out << tr("\nHow to read these numbers. The baselines are not models: 'features' shows how "
              "much a simple image classifier reads from each slice source, 'oracle' the "
              "ceiling of any 2D reader of those slices (right wherever the shown slice "
              "contains the lesion), 'knn', 'majority' and 'random' are floors; 'blank' and "
              "'none' show what a backend answers without seeing the case, and a slice source "
              "shows something only where it beats them (\"Against the control\"). The "
              "evaluation is held out: %1 cases form the example pool, the other %2 are "
              "scored.\n")
               .arg(pool)
               .arg(evaluated);
    out << tr("With %1 evaluated cases, the smallest paired difference between two slice "
              "sources this demo can detect is about %2 points (80 % power, 5 % level; "
              "assuming 30 % discordant items and a design effect of 2). Smaller differences "
              "are not shown by it either way; run with more cases (--cases) for them. The "
              "phantom's lesions are synthetic: these figures check the pipeline, they say "
              "nothing about a vision-language model on patients.\n")
               .arg(evaluated)
               .arg(QLocale().toString(100.0 * detectableDifference(evaluated), 'f', 0));
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
    printDemoReading(cases, io.out);
    return worst;
}

} // namespace brainmd
