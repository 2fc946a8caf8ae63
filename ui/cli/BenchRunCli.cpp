#include "ui/cli/BenchRunCli.h"

#include "bench/BenchPlan.h"
#include "bench/BenchRequestBuilder.h"
#include "bench/ModelBackend.h"
#include "db/BenchDataRepository.h"
#include "db/BenchRunRepository.h"
#include "db/Database.h"
#include "ui/cli/BenchBackendFactory.h"
#include "ui/cli/BenchReportCli.h"
#include "ui/cli/CliOptions.h"
#include "ui/cli/TerminalProgress.h"

#include <QCoreApplication>
#include <QFile>

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
        valueOption("backend", tr("openai, random, majority or knn."), "name"),
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
        valueOption("retrieval", tr("Example retrieval: similar or random."), "method"),
        valueOption("seed", tr("Seed of every random choice."), "n"),
        valueOption("concurrency", tr("Requests in flight at once."), "n"),
        valueOption("image-size", tr("Image side in pixels (default 256)."), "px"),
        valueOption("timeout", tr("Seconds per request attempt."), "s"),
        valueOption("retries", tr("Retries after a failed attempt."), "n"),
        QCommandLineOption(QStringLiteral("logprobs"),
                           tr("Ask for log-probabilities (yes/no scoring).")),
        QCommandLineOption(QStringLiteral("rotate-options"),
                           tr("Ask every option order; right only if all are.")),
        QCommandLineOption(QStringLiteral("rejection-aware"),
                           tr("Add a 'none of the above' option.")),
        QCommandLineOption(QStringLiteral("new"),
                           tr("Start a new run even if this configuration has one."))};
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
    if (set("labels"))
        config->labels = value("labels");
    if (set("manual-slices"))
        config->manualSlices = value("manual-slices");
    if (set("pool"))
        config->examplePool = value("pool");
    if (set("pool-size"))
        config->poolSize = value("pool-size").toInt();
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

std::unique_ptr<ModelBackend> makeBackend(const BenchBackendConfig &config, CliStreams io) {
    QString source;
    std::unique_ptr<ModelBackend> backend = createBenchBackend(config, &source);
    if (!source.isEmpty())
        io.err << tr("API key: %1\n")
                      .arg(source == QLatin1String("none") ? tr("none (no Authorization header)")
                                                           : source);
    return backend;
}

} // namespace

int executeBenchRun(const Database &db, const BenchRunConfig &config, bool forceNew, CliStreams io,
                    qint64 *runId) {
    const TaskPackResult pack =
        config.taskPack.isEmpty() ? defaultTaskPack() : loadTaskPack(config.taskPack);
    if (!pack.pack) {
        io.err << tr("brainmd bench run: %1\n").arg(pack.error);
        return ExitFailure;
    }
    BenchRunRepository runs(db);
    const auto existing = forceNew ? std::nullopt : runs.latestRunWithConfig(config);
    QString error;
    *runId = existing ? existing->id : runs.createRun(config, &error);
    if (*runId == 0) {
        io.err << tr("brainmd bench run: cannot create the run: %1\n").arg(error);
        return ExitFailure;
    }
    io.out << (existing ? tr("Resuming run %1 (%2 predictions stored).\n")
                              .arg(*runId)
                              .arg(existing->predictions)
                        : tr("Run %1 created.\n").arg(*runId));
    const BenchDataRepository data(db);
    BenchPlanResult plan;
    {
        TerminalProgress progress(tr("planning"));
        plan = planBenchRun(config, *pack.pack, data, &progress);
    }
    if (!plan.plan) {
        runs.setStatus(*runId, QStringLiteral("failed"), plan.error);
        io.err << tr("brainmd bench run: %1\n").arg(plan.error);
        return ExitFailure;
    }
    for (const QString &problem : plan.plan->problems)
        io.err << tr("note: %1\n").arg(problem);
    const QSet<QString> done = runs.finishedTaskKeys(*runId);
    std::vector<BenchTask> todo;
    for (const BenchTask &task : plan.plan->tasks) {
        if (!done.contains(task.key))
            todo.push_back(task);
    }
    io.out << tr("%1 cases, %2 conditions, %3 requests (%4 already done). Labels: %5.\n")
                  .arg(plan.plan->cases.size())
                  .arg(plan.plan->conditions.size())
                  .arg(plan.plan->tasks.size())
                  .arg(plan.plan->tasks.size() - todo.size())
                  .arg(plan.plan->labels.description);
    io.out.flush();
    const std::unique_ptr<ModelBackend> backend = makeBackend(config.backend, io);
    BenchRunRepository store(db, *runId);
    store.setBackend(backend->name(), backend->model());
    BenchRequestBuilder builder(*plan.plan, data, backend->model());
    runs.setStatus(*runId, QStringLiteral("running"), {});
    RunnerOutcome outcome;
    {
        TerminalProgress progress(tr("bench"), static_cast<int>(todo.size()), tr("requests"));
        outcome = runBenchTasks(todo, builder, *backend, store, {config.concurrency}, &progress);
    }
    io.out << tr("%1 stored (%2 sent, %3 from the cache, %4 with errors).\n")
                  .arg(outcome.saved)
                  .arg(outcome.sent)
                  .arg(outcome.fromCache)
                  .arg(outcome.itemErrors);
    if (!outcome.storeError.isEmpty() || !outcome.pauseMessage.isEmpty() || outcome.cancelled) {
        const QString status =
            outcome.cancelled ? QStringLiteral("cancelled") : QStringLiteral("paused");
        const QString message = !outcome.storeError.isEmpty() ? outcome.storeError
                                : outcome.cancelled           ? tr("stopped by the user")
                                                              : outcome.pauseMessage;
        runs.setStatus(*runId, status, message);
        io.err
            << tr("brainmd bench run: run %1 %2: %3\nRun the same command again to resume; nothing "
                  "answered is asked again.\n")
                   .arg(*runId)
                   .arg(status, message);
        return ExitFailure;
    }
    runs.setStatus(*runId, QStringLiteral("finished"), {});
    printRunScores(db, *runId, io.out);
    return runs.run(*runId)->errors > 0 ? ExitWithProblems : ExitSuccess;
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
    return executeBenchRun(db, config, parser.isSet(QStringLiteral("new")), io, &runId);
}

} // namespace brainmd
