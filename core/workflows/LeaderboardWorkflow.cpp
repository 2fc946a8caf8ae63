#include "workflows/LeaderboardWorkflow.h"

#include "ports/BenchRunCatalog.h"
#include "ports/StudyStorage.h"

#include <QCoreApplication>

#include <algorithm>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

} // namespace

std::optional<Leaderboard> loadLeaderboard(const StudyStorage &storage,
                                           const std::vector<qint64> &runIds, qint64 referenceRunId,
                                           QString *error, int resamples) {
    std::vector<qint64> ids;
    for (qint64 id : runIds) {
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    if (ids.size() < 2) {
        *error = tr("a leaderboard compares at least two different runs");
        return std::nullopt;
    }
    const qint64 reference = referenceRunId == 0 ? ids.front() : referenceRunId;
    if (std::find(ids.begin(), ids.end(), reference) == ids.end()) {
        *error = tr("the reference run %1 is not among the compared runs").arg(reference);
        return std::nullopt;
    }
    const std::unique_ptr<BenchRunCatalog> catalog = storage.benchRuns();
    std::vector<LeaderboardRunInput> runs;
    std::uint64_t seed = 1;
    for (qint64 id : ids) {
        const auto record = catalog->run(id);
        if (!record) {
            *error = tr("there is no run %1 (see 'brainmd bench list')").arg(id);
            return std::nullopt;
        }
        const TaskPackResult pack = runTaskPack(record->config.taskPack);
        if (!pack.pack) {
            *error = tr("run %1: %2").arg(id).arg(pack.error);
            return std::nullopt;
        }
        LeaderboardRunInput run;
        run.id = id;
        run.name = record->name;
        run.status = record->status;
        run.createdAt = record->createdAt;
        run.config = record->config;
        run.pack = *pack.pack;
        run.predictions = catalog->predictions(id);
        run.softwareVersion = record->softwareVersion;
        run.pricing = parsePricingJson(record->pricingJson);
        run.usage = catalog->usage(id);
        if (id == reference)
            seed = record->config.seed;
        runs.push_back(std::move(run));
    }
    return buildLeaderboard(runs, reference, resamples, seed);
}

} // namespace brainmd
