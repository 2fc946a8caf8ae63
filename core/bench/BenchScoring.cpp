#include "bench/BenchScoring.h"

#include <QHash>

#include <cmath>
#include <map>
#include <set>

namespace brainmd {

namespace {

/// One merged item of a condition: (case, question) → scored item.
using ItemKey = std::pair<qint64, QString>;
using ItemMap = std::map<ItemKey, ScoredItem>;

QStringList classesOf(const TaskQuestion &question) {
    return question.optionValues();
}

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

/// Merges the rotations of each item into one ScoredItem.
std::map<QString, ItemMap> mergeItems(const TaskPack &pack,
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
            const QStringList classes = classesOf(*question);
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
CaseStatistic accuracyStatistic(const std::vector<std::vector<const ScoredItem *>> &byCase) {
    return [&byCase](const std::vector<int> &cases) {
        double right = 0.0;
        double total = 0.0;
        for (int c : cases) {
            for (const ScoredItem *item : byCase[static_cast<std::size_t>(c)]) {
                right += item->correct() ? 1.0 : 0.0;
                total += 1.0;
            }
        }
        return total > 0.0 ? right / total : std::nan("");
    };
}

std::vector<std::vector<const ScoredItem *>> itemsByCase(const ItemMap &items,
                                                         const std::vector<qint64> &caseOrder,
                                                         const std::set<ItemKey> *only = nullptr) {
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

QuestionScore scoreQuestion(const TaskQuestion &question, const QString &condition,
                            const ItemMap &items, int resamples, std::uint64_t seed) {
    QuestionScore score{condition, question.id, classesOf(question), -1, {}, {}, {}, {}, {}};
    if (question.type == AnswerType::Binary)
        score.positiveClass = question.optionIndex(question.positive);
    std::vector<ScoredItem> list;
    std::vector<ProbabilityOutcome> outcomes;
    for (const auto &[key, item] : items) {
        if (key.second != question.id)
            continue;
        list.push_back(item);
        if (score.positiveClass >= 0 && std::isfinite(item.probability))
            outcomes.push_back({item.probability, item.truth == score.positiveClass});
    }
    const int classes = static_cast<int>(score.classes.size());
    score.scores = scoreItems(list, classes, score.positiveClass);
    score.confusion = confusionMatrix(list, classes);
    score.roc = rocCurve(outcomes);
    score.calibration =
        outcomes.empty() ? std::vector<CalibrationBin>{} : calibrationBins(outcomes);
    score.accuracy = bootstrapInterval(
        static_cast<int>(list.size()),
        [&list](const std::vector<int> &draw) {
            double right = 0.0;
            for (int i : draw)
                right += list[static_cast<std::size_t>(i)].correct() ? 1.0 : 0.0;
            return draw.empty() ? std::nan("") : right / static_cast<double>(draw.size());
        },
        resamples, seed);
    return score;
}

double meanOf(const std::vector<double> &values) {
    double sum = 0.0;
    int n = 0;
    for (double v : values) {
        if (std::isfinite(v)) {
            sum += v;
            ++n;
        }
    }
    return n == 0 ? std::nan("") : sum / n;
}

/// "votemi/axial/3-shot" → "axial/3-shot": conditions sharing it differ only in slices.
QString pairingKey(const QString &condition) {
    return condition.section(QLatin1Char('/'), 1);
}

} // namespace

BenchScores scoreBenchRun(const TaskPack &pack, const QStringList &conditions,
                          const std::vector<StoredPrediction> &predictions, int resamples,
                          std::uint64_t seed) {
    BenchScores scores;
    const std::map<QString, ItemMap> merged = mergeItems(pack, predictions);
    QHash<QString, std::pair<double, double>> costs; // latency sum, tokens sum
    QHash<QString, int> counts;
    for (const StoredPrediction &p : predictions) {
        costs[p.condition].first += static_cast<double>(p.latencyMs);
        costs[p.condition].second += p.tokens;
        counts[p.condition] += 1;
    }
    for (const QString &condition : conditions) {
        const auto found = merged.find(condition);
        if (found == merged.end())
            continue;
        const ItemMap &items = found->second;
        ConditionScore summary;
        summary.condition = condition;
        std::vector<double> balanced, f1, kappa, auc;
        for (const TaskQuestion &question : pack.questions) {
            QuestionScore q = scoreQuestion(question, condition, items, resamples, seed);
            if (q.scores.items == 0)
                continue;
            balanced.push_back(q.scores.balancedAccuracy);
            f1.push_back(q.scores.macroF1);
            kappa.push_back(q.scores.kappa);
            auc.push_back(q.scores.auroc);
            summary.abstentionRate += q.scores.abstained;
            summary.parseFailureRate += q.scores.unparsed;
            summary.errorRate += q.scores.failed;
            summary.items += q.scores.items;
            scores.questions.push_back(std::move(q));
        }
        const std::vector<qint64> caseOrder = casesOf(items);
        const auto byCase = itemsByCase(items, caseOrder);
        summary.cases = static_cast<int>(caseOrder.size());
        summary.accuracy =
            bootstrapInterval(summary.cases, accuracyStatistic(byCase), resamples, seed);
        summary.balancedAccuracy = meanOf(balanced);
        summary.macroF1 = meanOf(f1);
        summary.kappa = meanOf(kappa);
        summary.auroc = meanOf(auc);
        if (summary.items > 0) {
            summary.abstentionRate /= summary.items;
            summary.parseFailureRate /= summary.items;
            summary.errorRate /= summary.items;
        }
        const int n = std::max(1, counts.value(condition));
        summary.meanLatencyMs = costs.value(condition).first / n;
        summary.meanTokens = costs.value(condition).second / n;
        scores.conditions.push_back(summary);
    }
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        for (qsizetype j = i + 1; j < conditions.size(); ++j) {
            if (pairingKey(conditions[i]) != pairingKey(conditions[j]) ||
                merged.count(conditions[i]) == 0 || merged.count(conditions[j]) == 0)
                continue;
            const ItemMap &a = merged.at(conditions[i]);
            const ItemMap &b = merged.at(conditions[j]);
            std::set<ItemKey> shared;
            PairedComparison comparison{conditions[i], conditions[j], 0, 0, 0, {}, 1.0};
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
            scores.comparisons.push_back(comparison);
        }
    }
    return scores;
}

} // namespace brainmd
