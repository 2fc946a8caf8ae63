#include "workflows/BenchScoreWorkflow.h"

#include "bench/LesionVisibility.h"
#include "ports/BenchRunCatalog.h"
#include "ports/CaseCatalog.h"
#include "ports/StudyStorage.h"

#include <QCoreApplication>

namespace brainmd {

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
    const TaskPackResult pack =
        run->config.taskPack.isEmpty() ? defaultTaskPack() : loadTaskPack(run->config.taskPack);
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
    for (const CaseSummary &c : storage.cases()->list())
        input.caseKeys[c.id] = c.caseKey;
    return input;
}

} // namespace brainmd
