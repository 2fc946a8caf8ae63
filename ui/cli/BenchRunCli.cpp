#include "ui/cli/BenchRunCli.h"

#include "bench/ModelBackend.h"
#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "ui/cli/BenchReportCli.h"
#include "ui/cli/CliOptions.h"
#include "ui/cli/TerminalProgress.h"
#include "ui/platform/BenchBackendFactory.h"
#include "ui/report/BenchCostText.h"
#include "ui/report/BenchSplitText.h"
#include "workflows/BenchRunWorkflow.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <algorithm>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QCommandLineOption valueOption(const char *name, const QString &help, const char *value) {
    return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value));
}

std::vector<QCommandLineOption> runOptions() {
    return {
        valueOption("config", tr("Run configuration (JSON); flags override it."), "file"),
        valueOption("name", tr("A name for the run."), "text"),
        valueOption("task-pack", tr("Task pack JSON (default: the built-in pack)."), "file"),
        valueOption("questions", tr("Only these question ids (comma-separated)."), "ids"),
        valueOption("backend", tr("openai, random, majority, knn, oracle or features."), "name"),
        valueOption("base-url", tr("Chat-completions server, e.g. http://localhost:8000/v1."),
                    "url"),
        valueOption("model", tr("Model name sent to the server."), "name"),
        valueOption("api-key-env",
                    tr("Environment variable holding the API key (default BRAINMD_API_KEY)."),
                    "name"),
        valueOption("shots", tr("Examples per prompt, comma-separated (e.g. 0,3)."), "k"),
        valueOption("slices", tr("Slice sources: random,centre,manual,votemi,blank,none."), "list"),
        valueOption("views", tr("axial, coronal, sagittal or mosaic (comma-separated)."), "list"),
        valueOption("labels",
                    tr("Label source: consensus, reader:NAME, phantom or an imported name."),
                    "source"),
        valueOption("manual-slices",
                    tr("For 'manual': consensus, reader:NAME or a reference-source name."),
                    "source"),
        valueOption("pool", tr("Few-shot example pool: votek or random."), "method"),
        valueOption("pool-size", tr("Cases in the example pool."), "n"),
        valueOption("evaluation",
                    tr("held-out (default: score the cases outside the example pool) or "
                       "leave-one-out."),
                    "protocol"),
        valueOption("retrieval", tr("Example retrieval: similar or random."), "method"),
        valueOption("repeats",
                    tr("Run it this many times with seeds seed, seed+1, ... (other splits); the "
                       "report shows the spread."),
                    "n"),
        valueOption("seed", tr("Seed of every random choice."), "n"),
        valueOption("concurrency", tr("Requests in flight at once."), "n"),
        valueOption("image-size", tr("Image side in pixels (default 256)."), "px"),
        valueOption("timeout", tr("Seconds per request attempt."), "s"),
        valueOption("retries", tr("Retries after a failed attempt."), "n"),
        valueOption("stall-timeout",
                    tr("Seconds without a byte from the server before the run pauses."), "s"),
        valueOption("budget", tr("Seconds per request, all attempts and waits together."), "s"),
        QCommandLineOption(QStringLiteral("logprobs"),
                           tr("Ask for log-probabilities (yes/no scoring).")),
        QCommandLineOption(QStringLiteral("rotate-options"),
                           tr("Ask every option order; right only if all are.")),
        QCommandLineOption(QStringLiteral("rejection-aware"),
                           tr("Add a 'none of the above' option.")),
        QCommandLineOption(QStringLiteral("new"),
                           tr("Start a new run even if this configuration has one.")),
        QCommandLineOption(QStringLiteral("dry-run"),
                           tr("Plan only: print the requests, images, estimated tokens and "
                              "cost; send and store nothing.")),
        valueOption("price-in",
                    tr("Price per million input tokens: the dry run's estimate, and stored with "
                       "the run for its cost."),
                    "amount"),
        valueOption("price-out",
                    tr("Price per million output tokens: the dry run's estimate, and stored with "
                       "the run for its cost."),
                    "amount"),
        valueOption("image-tokens",
                    tr("With --dry-run: tokens per image (default 255, a 512-px tile)."), "n")};
}

/// Applies the flags that were given on top of `config`.
void applyFlags(const QCommandLineParser &p, BenchRunConfig *config) {
    auto set = [&p](const char *name) {
        return p.isSet(QString::fromLatin1(name));
    };
    auto value = [&p](const char *name) {
        return p.value(QString::fromLatin1(name));
    };
    if (set("name"))
        config->name = value("name");
    if (set("task-pack"))
        config->taskPack = value("task-pack");
    if (set("questions"))
        config->questions = value("questions").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (set("backend"))
        config->backend.type = value("backend");
    if (set("base-url"))
        config->backend.baseUrl = value("base-url");
    if (set("model"))
        config->backend.model = value("model");
    if (set("api-key-env"))
        config->backend.apiKeyEnv = value("api-key-env");
    if (set("logprobs"))
        config->backend.logprobs = true;
    if (set("timeout"))
        config->backend.timeoutSeconds = value("timeout").toInt();
    if (set("retries"))
        config->backend.retries = value("retries").toInt();
    if (set("stall-timeout"))
        config->backend.stallSeconds = value("stall-timeout").toInt();
    if (set("budget"))
        config->backend.budgetSeconds = value("budget").toInt();
    if (set("labels"))
        config->labels = value("labels");
    if (set("manual-slices"))
        config->manualSlices = value("manual-slices");
    if (set("pool"))
        config->examplePool = value("pool");
    if (set("pool-size"))
        config->poolSize = value("pool-size").toInt();
    if (set("evaluation"))
        config->evaluation = value("evaluation");
    if (set("retrieval"))
        config->retrieval = value("retrieval");
    if (set("seed"))
        config->seed = value("seed").toULongLong();
    if (set("concurrency"))
        config->concurrency = value("concurrency").toInt();
    if (set("image-size"))
        config->imageSize = value("image-size").toInt();
    if (set("rotate-options"))
        config->rotateOptions = true;
    if (set("rejection-aware"))
        config->rejectionAware = true;
    if (set("slices") || set("views") || set("shots")) {
        const QStringList slices = set("slices") ? value("slices").split(QLatin1Char(','))
                                                 : QStringList{QStringLiteral("centre")};
        const QStringList views = set("views") ? value("views").split(QLatin1Char(','))
                                               : QStringList{QStringLiteral("axial")};
        const QStringList shots = set("shots") ? value("shots").split(QLatin1Char(','))
                                               : QStringList{QStringLiteral("0")};
        config->conditions.clear();
        for (const QString &k : shots)
            for (const QString &view : views)
                for (const QString &source : slices)
                    config->conditions.push_back(
                        {source.trimmed(), view.trimmed(), k.trimmed().toInt()});
    }
}

/// Prints what the run workflow reports, as `brainmd bench run` always has.
class TerminalRunObserver final : public BenchRunObserver {
public:
    explicit TerminalRunObserver(CliStreams io)
        : m_io(io)
        , m_planning(tr("planning")) {}
    void runReady(qint64 runId, bool resumed, int storedPredictions) override {
        m_io.out << (resumed ? tr("Resuming run %1 (%2 predictions stored).\n")
                                   .arg(runId)
                                   .arg(storedPredictions)
                             : tr("Run %1 created.\n").arg(runId));
        m_io.out.flush();
    }
    void planned(const BenchPlan &plan, int total, int alreadyDone) override {
        m_planning.finish();
        m_io.out << tr("%1 cases, %2 conditions, %3 requests (%4 already done). Labels: %5.\n")
                        .arg(plan.cases.size())
                        .arg(plan.conditions.size())
                        .arg(total)
                        .arg(alreadyDone)
                        .arg(plan.labels.description);
        m_io.out << benchSplitSummary(plan.split) << QLatin1Char('\n');
        m_io.out.flush();
        m_requests = total - alreadyDone;
    }
    void note(const QString &message) override { m_io.err << tr("note: %1\n").arg(message); }
    void backendReady(const QString &, const QString &, const QString &keySource) override {
        if (!keySource.isEmpty())
            m_io.err << tr("API key: %1\n")
                            .arg(keySource == QLatin1String("none")
                                     ? tr("none (no Authorization header)")
                                     : keySource);
    }
    ProgressReporter *planningProgress() override { return &m_planning; }
    void notice(const QString &message, qint64 waitMs) override {
        // The bar shows the countdown; the log keeps one line per retry or wait.
        m_io.err << (waitMs > 0 ? tr("note: %1; waiting %2 s\n")
                                      .arg(message, QLocale().toString(waitMs / 1000.0, 'f', 0))
                                : tr("note: %1\n").arg(message));
        m_io.err.flush();
    }
    int requests() const { return m_requests; }

private:
    CliStreams m_io;
    TerminalProgress m_planning;
    int m_requests = 0;
};

/// The request bar starts once the plan says how many requests there are.
class DeferredRequestProgress final : public ProgressReporter {
public:
    explicit DeferredRequestProgress(const TerminalRunObserver &observer)
        : m_observer(observer) {}
    bool report(double fraction, const QString &message) override {
        if (!m_bar)
            m_bar = std::make_unique<TerminalProgress>(tr("bench"), m_observer.requests(),
                                                       tr("requests"));
        return m_bar->report(fraction, message);
    }
    void finish() {
        if (m_bar)
            m_bar->finish();
    }

private:
    const TerminalRunObserver &m_observer;
    std::unique_ptr<TerminalProgress> m_bar;
};

} // namespace

int executeBenchRun(const Database &db, const BenchRunConfig &config, bool forceNew, CliStreams io,
                    qint64 *runId, const BenchPricing &pricing) {
    TerminalRunObserver observer(io);
    DeferredRequestProgress progress(observer);
    BenchRunRequest request;
    request.config = config;
    request.forceNew = forceNew;
    request.pricing = pricing;
    const BenchRunResult result = BenchRunWorkflow(borrowedStorage(db), &createBenchBackend)
                                      .run(request, &observer, &progress);
    progress.finish();
    *runId = result.runId;
    if (result.status == QLatin1String("failed") || result.status == QLatin1String("refused")) {
        io.err << tr("brainmd bench run: %1\n").arg(result.message);
        return ExitFailure;
    }
    io.out << tr("%1 stored (%2 sent, %3 from the cache, %4 with errors).\n")
                  .arg(result.outcome.saved)
                  .arg(result.outcome.sent)
                  .arg(result.outcome.fromCache)
                  .arg(result.outcome.itemErrors);
    if (!result.ok()) {
        io.err
            << tr("brainmd bench run: run %1 %2: %3\nRun the same command again to resume; nothing "
                  "answered is asked again.\n")
                   .arg(result.runId)
                   .arg(result.status, result.message);
        return ExitFailure;
    }
    printRunScores(db, result.runId, io.out);
    return result.storedErrors > 0 ? ExitWithProblems : ExitSuccess;
}

int executeDryRun(const Database &db, const BenchRunConfig &config, bool forceNew,
                  const BenchPricing &pricing, CliStreams io) {
    TerminalRunObserver observer(io);
    BenchRunRequest request;
    request.config = config;
    request.forceNew = forceNew;
    request.dryRun = true;
    request.pricing = pricing;
    const BenchRunResult result =
        BenchRunWorkflow(borrowedStorage(db), &createBenchBackend).run(request, &observer, nullptr);
    if (result.status != QLatin1String("dry-run")) {
        io.err << tr("brainmd bench run: %1\n").arg(result.message);
        return ExitFailure;
    }
    io.out << benchCostSummary(result.estimate, pricing, config.backend.maxTokens, result.runId);
    if (!result.estimate.priced)
        io.out << tr("Give --price-in and --price-out (per million tokens) for a cost.\n");
    return ExitSuccess;
}

int benchRunCommand(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    parser.addOption(dbOption());
    for (const QCommandLineOption &option : runOptions())
        parser.addOption(option);
    const QString help = tr("Run or resume a BrainBench run.");
    parser.setApplicationDescription(help);
    parser.addHelpOption();
    QStringList full = arguments;
    full.prepend(QStringLiteral("brainmd bench run"));
    if (!parser.parse(full)) {
        io.err << tr("brainmd bench run: %1\n").arg(parser.errorText());
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return ExitSuccess;
    }
    const QString dbPath = requireDbPath(parser, QStringLiteral("bench run"), io);
    if (dbPath.isEmpty())
        return ExitFailure;
    BenchRunConfig config;
    config.conditions = {{QStringLiteral("centre"), QStringLiteral("axial"), 0}};
    if (parser.isSet(QStringLiteral("config"))) {
        QFile file(parser.value(QStringLiteral("config")));
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << tr("brainmd bench run: cannot read %1: %2\n")
                          .arg(file.fileName(), file.errorString());
            return ExitFailure;
        }
        BenchRunConfigResult parsed = parseBenchRunConfig(file.readAll());
        if (!parsed.config) {
            io.err << tr("brainmd bench run: %1: %2\n").arg(file.fileName(), parsed.error);
            return ExitFailure;
        }
        config = *parsed.config;
    }
    applyFlags(parser, &config);
    if (const QString error = validateBenchRunConfig(config); !error.isEmpty()) {
        io.err << tr("brainmd bench run: %1\n").arg(error);
        return ExitFailure;
    }
    Database db;
    if (!openDatabase(db, dbPath, QStringLiteral("bench run"), io))
        return ExitFailure;
    qint64 runId = 0;
    // The prices serve the dry run's estimate and, stored with a real run, its cost.
    BenchPricing pricing;
    {
        bool ok = true;
        const auto number = [&](const char *name, double fallback) {
            if (!parser.isSet(QString::fromLatin1(name)))
                return fallback;
            bool parsed = false;
            const double value = parser.value(QString::fromLatin1(name)).toDouble(&parsed);
            ok = ok && parsed && value >= 0.0;
            return value;
        };
        pricing.inputPerMillion = number("price-in", -1.0);
        pricing.outputPerMillion = number("price-out", -1.0);
        pricing.imageTokens = static_cast<int>(number("image-tokens", pricing.imageTokens));
        if (!ok) {
            io.err << tr("brainmd bench run: --price-in, --price-out and --image-tokens take "
                         "numbers of 0 or more\n");
            return ExitFailure;
        }
    }
    if (parser.isSet(QStringLiteral("dry-run")))
        return executeDryRun(db, config, parser.isSet(QStringLiteral("new")), pricing, io);
    const int repeats = parser.isSet(QStringLiteral("repeats"))
                            ? parser.value(QStringLiteral("repeats")).toInt()
                            : 1;
    if (repeats < 1 || repeats > 100) {
        io.err << tr("brainmd bench run: --repeats must be between 1 and 100\n");
        return ExitFailure;
    }
    int worst = ExitSuccess;
    const std::uint64_t first = config.seed;
    for (int r = 0; r < repeats; ++r) {
        config.seed = first + static_cast<std::uint64_t>(r);
        if (repeats > 1)
            io.out << tr("\nRepeat %1 of %2 (seed %3):\n").arg(r + 1).arg(repeats).arg(config.seed);
        const int code =
            executeBenchRun(db, config, parser.isSet(QStringLiteral("new")), io, &runId, pricing);
        worst = std::max(worst, code);
        if (code == ExitFailure)
            break; // a paused or failed run: fix it first, then resume with the same command
    }
    return worst;
}

} // namespace brainmd
