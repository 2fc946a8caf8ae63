#include "bench/Leaderboard.h"

#include "bench/ScoredItems.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace brainmd {

namespace {

/// One prediction's place: (case, question, rotation). Rotations are matched before they
/// are merged, so a run that rotated options is compared on the rotations the others had.
using RotationKey = std::tuple<qint64, QString, int>;
using RunPredictions = std::map<QString, std::map<RotationKey, const StoredPrediction *>>;

RunPredictions byCondition(const LeaderboardRunInput &run) {
    RunPredictions index;
    for (const StoredPrediction &p : run.predictions)
        index[p.condition][{p.caseId, p.questionId, p.rotation}] = &p;
    return index;
}

QString runLabel(const LeaderboardRunInput &run) {
    QString base = run.name;
    if (base.isEmpty())
        base =
            run.config.backend.model.isEmpty() ? run.config.backend.type : run.config.backend.model;
    return QStringLiteral("%1 #%2").arg(base).arg(run.id);
}

LeaderboardCard cardOf(const LeaderboardRunInput &run, qint64 referenceRunId) {
    LeaderboardCard card;
    card.runId = run.id;
    card.label = runLabel(run);
    card.name = run.name;
    card.status = run.status;
    const BenchBackendConfig &b = run.config.backend;
    card.backend = b.type;
    card.model = b.model.isEmpty() ? b.type : b.model;
    card.endpoint = b.type == QLatin1String("openai") ? b.baseUrl : QString();
    card.temperature = b.temperature;
    card.maxTokens = b.maxTokens;
    card.seed = run.config.seed;
    card.evaluation = run.config.evaluation;
    card.taskPack = QStringLiteral("%1 %2").arg(run.pack.name, run.pack.version).trimmed();
    card.createdAt = run.createdAt;
    card.softwareVersion = run.softwareVersion;
    if (run.pricing)
        card.cost = benchCost(run.usage, *run.pricing);
    card.predictions = static_cast<int>(run.predictions.size());
    for (const StoredPrediction &p : run.predictions) {
        card.promptTokens += p.promptTokens;
        card.completionTokens += p.completionTokens;
    }
    card.reference = run.id == referenceRunId;
    return card;
}

/// The conditions of all runs, in the order the runs list them.
QStringList conditionUnion(const std::vector<LeaderboardRunInput> &runs,
                           const std::vector<RunPredictions> &indexed) {
    QStringList names;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        for (const BenchCondition &c : runs[r].config.conditions) {
            if (!names.contains(c.name()))
                names.append(c.name());
        }
        for (const auto &entry : indexed[r]) {
            if (!names.contains(entry.first))
                names.append(entry.first);
        }
    }
    return names;
}

void describe(LeaderboardCondition *row) {
    const QStringList parts = row->condition.split(QLatin1Char('/'));
    row->slices = parts.value(0);
    row->views = parts.value(1);
    row->shots = parts.value(2).section(QLatin1Char('-'), 0, 0).toInt();
}

/// The rotation keys every run evaluated with the same truth; counts the items
/// (case, question) that every run evaluated but with another truth.
std::set<RotationKey>
sharedRotations(const std::vector<const std::map<RotationKey, const StoredPrediction *> *> &perRun,
                int *labelConflicts) {
    std::set<RotationKey> shared;
    std::set<ItemKey> conflicts;
    for (const auto &[key, first] : *perRun.front()) {
        bool everywhere = true;
        bool sameTruth = true;
        for (std::size_t r = 1; r < perRun.size() && everywhere; ++r) {
            const auto other = perRun[r]->find(key);
            everywhere = other != perRun[r]->end();
            sameTruth = sameTruth && everywhere && other->second->truth == first->truth;
        }
        if (everywhere && sameTruth)
            shared.insert(key);
        else if (everywhere)
            conflicts.insert({std::get<0>(key), std::get<1>(key)});
    }
    *labelConflicts = static_cast<int>(conflicts.size());
    return shared;
}

/// Each run's merged items of the condition on the shared rotations, restricted to the
/// items all of them could score (a question one run's pack lacks is not shared).
std::vector<ItemMap> sharedItems(const std::vector<LeaderboardRunInput> &runs,
                                 const QString &condition, const std::set<RotationKey> &keys,
                                 const std::vector<RunPredictions> &indexed) {
    std::vector<ItemMap> items(runs.size());
    for (std::size_t r = 0; r < runs.size(); ++r) {
        std::vector<StoredPrediction> chosen;
        const auto &own = indexed[r].at(condition);
        for (const RotationKey &key : keys)
            chosen.push_back(*own.at(key));
        auto merged = mergeRotations(runs[r].pack, chosen);
        items[r] = std::move(merged[condition]);
    }
    std::set<ItemKey> everywhere;
    for (const auto &entry : items.front()) {
        if (std::all_of(items.begin(), items.end(),
                        [&](const ItemMap &m) { return m.count(entry.first) > 0; }))
            everywhere.insert(entry.first);
    }
    for (ItemMap &m : items)
        std::erase_if(m, [&](const auto &entry) { return everywhere.count(entry.first) == 0; });
    return items;
}

LeaderboardCondition compareCondition(const std::vector<LeaderboardRunInput> &runs,
                                      const std::vector<RunPredictions> &indexed,
                                      const QString &condition, std::size_t reference,
                                      int resamples, std::uint64_t seed) {
    LeaderboardCondition row;
    row.condition = condition;
    describe(&row);
    std::vector<const std::map<RotationKey, const StoredPrediction *> *> perRun;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const auto found = indexed[r].find(condition);
        if (found == indexed[r].end())
            row.missingIn.append(runLabel(runs[r]));
        else
            perRun.push_back(&found->second);
    }
    if (!row.missingIn.isEmpty())
        return row;
    const std::set<RotationKey> keys = sharedRotations(perRun, &row.labelConflicts);
    const std::vector<ItemMap> items = sharedItems(runs, condition, keys, indexed);
    row.items = static_cast<int>(items.front().size());
    if (row.items == 0)
        return row;
    const std::vector<qint64> caseOrder = casesOf(items.front());
    row.cases = static_cast<int>(caseOrder.size());
    for (const auto &entry : items.front()) {
        if (!row.questions.contains(entry.first.second))
            row.questions.append(entry.first.second);
    }
    const QString referenceLabel = runLabel(runs[reference]);
    for (std::size_t r = 0; r < runs.size(); ++r) {
        LeaderboardCell cell;
        cell.runId = runs[r].id;
        cell.items = row.items;
        cell.cases = row.cases;
        for (const auto &entry : items[r])
            cell.right += entry.second.correct() ? 1 : 0;
        cell.accuracy = bootstrapInterval(
            row.cases, accuracyStatistic(itemsByCase(items[r], caseOrder)), resamples, seed);
        if (r != reference)
            cell.vsReference = compareItems(runLabel(runs[r]), referenceLabel, items[r],
                                            items[reference], resamples, seed);
        row.cells.push_back(std::move(cell));
    }
    return row;
}

} // namespace

bool Leaderboard::hasSharedItems() const {
    return std::any_of(conditions.begin(), conditions.end(),
                       [](const LeaderboardCondition &c) { return c.hasSharedItems(); });
}

const LeaderboardCard *Leaderboard::card(qint64 runId) const {
    for (const LeaderboardCard &c : runs) {
        if (c.runId == runId)
            return &c;
    }
    return nullptr;
}

Leaderboard buildLeaderboard(const std::vector<LeaderboardRunInput> &runs, qint64 referenceRunId,
                             int resamples, std::uint64_t seed) {
    Leaderboard board;
    board.referenceRunId = referenceRunId;
    board.resamples = resamples;
    board.seed = seed;
    std::size_t reference = 0;
    std::vector<RunPredictions> indexed;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        board.runs.push_back(cardOf(runs[r], referenceRunId));
        indexed.push_back(byCondition(runs[r]));
        if (runs[r].id == referenceRunId)
            reference = r;
    }
    if (runs.size() < 2)
        return board;
    for (const QString &condition : conditionUnion(runs, indexed))
        board.conditions.push_back(
            compareCondition(runs, indexed, condition, reference, resamples, seed));
    return board;
}

} // namespace brainmd
