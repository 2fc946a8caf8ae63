#include "bench/ScoredItems.h"

#include <cmath>

namespace brainmd {

namespace {

int outcomeCode(const StoredPrediction &p, const QStringList &classes) {
    if (p.status == QLatin1String("answered"))
        return classes.indexOf(p.value) >= 0 ? static_cast<int>(classes.indexOf(p.value))
                                             : kUnparsed;
    if (p.status == QLatin1String("abstained") || p.status == QLatin1String("rejected"))
        return kAbstained;
    if (p.status == QLatin1String("error"))
        return kFailed;
    return kUnparsed;
}

} // namespace

/// Merges the rotations of each item into one ScoredItem.
std::map<QString, ItemMap> mergeRotations(const TaskPack &pack,
                                          const std::vector<StoredPrediction> &predictions) {
    std::map<QString, std::map<ItemKey, std::vector<const StoredPrediction *>>> grouped;
    for (const StoredPrediction &p : predictions)
        grouped[p.condition][{p.caseId, p.questionId}].push_back(&p);
    std::map<QString, ItemMap> merged;
    for (const auto &[condition, items] : grouped) {
        for (const auto &[key, rotations] : items) {
            const TaskQuestion *question = pack.question(key.second);
            if (question == nullptr)
                continue;
            const QStringList classes = question->optionValues();
            ScoredItem item;
            item.truth = static_cast<int>(classes.indexOf(rotations.front()->truth));
            if (item.truth < 0)
                continue;
            std::set<int> codes;
            double probabilitySum = 0.0;
            int probabilities = 0;
            for (const StoredPrediction *p : rotations) {
                codes.insert(outcomeCode(*p, classes));
                if (std::isfinite(p->probability)) {
                    probabilitySum += p->probability;
                    ++probabilities;
                }
            }
            if (codes.size() == 1)
                item.predicted = *codes.begin();
            else if (codes.count(kFailed) > 0)
                item.predicted = kFailed;
            else
                item.predicted = kInconsistent;
            if (probabilities > 0)
                item.probability = probabilitySum / probabilities;
            merged[condition][key] = item;
        }
    }
    return merged;
}

/// Accuracy over the items of the resampled cases (each case counted as often as drawn).
/// Each case's right and total counts are summed once here, not once per resample.
CaseStatistic accuracyStatistic(const std::vector<std::vector<const ScoredItem *>> &byCase) {
    std::vector<std::pair<int, int>> counts(byCase.size()); // right, total
    for (std::size_t c = 0; c < byCase.size(); ++c) {
        for (const ScoredItem *item : byCase[c])
            counts[c].first += item->correct() ? 1 : 0;
        counts[c].second = static_cast<int>(byCase[c].size());
    }
    return [counts = std::move(counts)](const std::vector<int> &cases) {
        long long right = 0;
        long long total = 0;
        for (int c : cases) {
            right += counts[static_cast<std::size_t>(c)].first;
            total += counts[static_cast<std::size_t>(c)].second;
        }
        return total > 0 ? static_cast<double>(right) / static_cast<double>(total) : std::nan("");
    };
}

std::vector<std::vector<const ScoredItem *>> itemsByCase(const ItemMap &items,
                                                         const std::vector<qint64> &caseOrder,
                                                         const std::set<ItemKey> *only) {
    std::map<qint64, std::size_t> index;
    for (std::size_t i = 0; i < caseOrder.size(); ++i)
        index[caseOrder[i]] = i;
    std::vector<std::vector<const ScoredItem *>> byCase(caseOrder.size());
    for (const auto &[key, item] : items) {
        if ((only == nullptr || only->count(key) > 0) && index.count(key.first) > 0)
            byCase[index[key.first]].push_back(&item);
    }
    return byCase;
}

std::vector<qint64> casesOf(const ItemMap &items) {
    std::set<qint64> cases;
    for (const auto &entry : items)
        cases.insert(entry.first.first);
    return {cases.begin(), cases.end()};
}

/// Paired comparison of two conditions on the items both answered.
PairedComparison compareItems(const QString &nameA, const QString &nameB, const ItemMap &a,
                              const ItemMap &b, int resamples, std::uint64_t seed) {
    std::set<ItemKey> shared;
    PairedComparison comparison{nameA, nameB, 0, 0, 0, {}, 1.0};
    for (const auto &[key, item] : a) {
        const auto other = b.find(key);
        if (other == b.end())
            continue;
        shared.insert(key);
        comparison.onlyA += item.correct() && !other->second.correct() ? 1 : 0;
        comparison.onlyB += !item.correct() && other->second.correct() ? 1 : 0;
    }
    comparison.items = static_cast<int>(shared.size());
    comparison.mcnemarP = exactMcNemar(comparison.onlyA, comparison.onlyB);
    const std::vector<qint64> caseOrder = casesOf(a);
    const auto byCaseA = itemsByCase(a, caseOrder, &shared);
    const auto byCaseB = itemsByCase(b, caseOrder, &shared);
    comparison.accuracyDifference =
        pairedBootstrap(static_cast<int>(caseOrder.size()), accuracyStatistic(byCaseA),
                        accuracyStatistic(byCaseB), resamples, seed);
    return comparison;
}

} // namespace brainmd
