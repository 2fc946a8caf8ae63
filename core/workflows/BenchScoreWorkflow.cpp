#include "workflows/BenchScoreWorkflow.h"

#include "bench/LesionVisibility.h"
#include "ports/BenchRunCatalog.h"
#include "ports/CaseCatalog.h"
#include "ports/StudyStorage.h"

#include <QCoreApplication>

#include <algorithm>

namespace brainmd {

namespace {

/// Draws for the point estimates of the repeats: only their accuracy is used.
constexpr int kRepeatResamples = 1;

QByteArray poolKey(const BenchRunRecord &run) {
    const auto split = parseBenchSplitJson(run.splitJson);
    if (!split)
        return QByteArray::number(run.id); // unknown: counted as its own
    QByteArray key;
    for (const BenchCaseRef &c : split->pool)
        key += QByteArray::number(c.id) + ',';
    return key;
}

SplitSpread repeatedSplitSpread(const BenchRunCatalog &runs, const BenchRunRecord &run,
                                const TaskPack &pack, const QStringList &conditions,
                                const BenchScores &scores) {
    const QByteArray identity = run.config.identityWithoutSeed();
    std::vector<SeededScores> repeats{{run.id, run.config.seed, poolKey(run), scores}};
    for (const BenchRunRecord &other : runs.runs()) {
        if (other.id == run.id || other.predictions == 0 ||
            other.config.identityWithoutSeed() != identity)
            continue;
        // One run per seed: the newest (an older one with that seed is a re-run).
        const auto same = std::find_if(repeats.begin(), repeats.end(), [&](const SeededScores &s) {
            return s.seed == other.config.seed;
        });
        SeededScores entry{other.id, other.config.seed, poolKey(other),
                           scoreBenchRun(pack, conditions, runs.predictions(other.id),
                                         kRepeatResamples, other.config.seed)};
        if (same == repeats.end())
            repeats.push_back(std::move(entry));
        else if (same->runId != run.id && other.id > same->runId)
            *same = std::move(entry);
    }
    return repeats.size() < 2 ? SplitSpread{} : summariseSplitSpread(repeats, conditions);
}

} // namespace

std::optional<BenchReportInput> loadScoredRun(const StudyStorage &storage, qint64 runId,
                                              QString *error, int resamples) {
    const std::unique_ptr<BenchRunCatalog> runs = storage.benchRuns();
    const auto run = runs->run(runId);
    if (!run) {
        *error =
            QCoreApplication::translate("brainmd", "there is no run %1 (see 'brainmd bench list')")
                .arg(runId);
        return std::nullopt;
    }
    const TaskPackResult pack = runTaskPack(run->config.taskPack);
    if (!pack.pack) {
        *error = pack.error;
        return std::nullopt;
    }
    BenchReportInput input;
    input.runId = runId;
    input.runName = run->name;
    input.status = run->status;
    input.message = run->message;
    input.createdAt = run->createdAt;
    input.configJson = run->config.toJsonBytes();
    input.pack = *pack.pack;
    for (const BenchCondition &c : run->config.conditions)
        input.conditions.append(c.name());
    input.predictions = runs->predictions(runId);
    input.scores =
        scoreBenchRun(input.pack, input.conditions, input.predictions, resamples, run->config.seed);
    QStringList sources;
    for (const BenchCondition &c : run->config.conditions) {
        if (!c.isControl() && !sources.contains(c.sliceSourceKey()))
            sources.append(c.sliceSourceKey());
    }
    if (const auto visibility = parseVisibilityJson(run->visibilityJson))
        input.visibility = summariseVisibility(*visibility, sources, resamples, run->config.seed);
    input.split = parseBenchSplitJson(run->splitJson);
    input.usage = runs->usage(runId);
    input.asksServer = run->config.backend.type == QLatin1String("openai");
    input.pricing = parsePricingJson(run->pricingJson);
    input.shownSlices = parseShownSlicesJson(run->shownSlicesJson);
    input.spread = repeatedSplitSpread(*runs, *run, input.pack, input.conditions, input.scores);
    for (const CaseSummary &c : storage.cases()->list())
        input.caseKeys[c.id] = c.caseKey;
    return input;
}

} // namespace brainmd
