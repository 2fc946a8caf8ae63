#include "bench/BenchScoring.h"

#include "bench/ScoredItems.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace brainmd {

namespace {

QuestionScore scoreQuestion(const TaskQuestion &question, const QString &condition,
                            const ItemMap &items, int resamples, std::uint64_t seed) {
    QuestionScore score{condition, question.id, question.optionValues(), -1, {}, {}, {}, {}, {}};
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
    std::vector<unsigned char> correct(list.size());
    for (std::size_t i = 0; i < list.size(); ++i)
        correct[i] = list[i].correct() ? 1 : 0;
    score.accuracy = bootstrapInterval(
        static_cast<int>(list.size()),
        [&correct](const std::vector<int> &draw) {
            int right = 0;
            for (int i : draw)
                right += correct[static_cast<std::size_t>(i)];
            return draw.empty() ? std::nan("")
                                : static_cast<double>(right) / static_cast<double>(draw.size());
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
    const std::map<QString, ItemMap> merged = mergeRotations(pack, predictions);
    QHash<QString, std::pair<double, double>> costs; // latency sum, tokens sum
    QHash<QString, int> counts;
    for (const StoredPrediction &p : predictions) {
        costs[p.condition].first += static_cast<double>(p.latencyMs);
        costs[p.condition].second += p.tokens;
        counts[p.condition] += 1;
    }
    std::vector<QString> present; // conditions with predictions, in run order
    for (const QString &condition : conditions) {
        if (merged.count(condition) > 0)
            present.push_back(condition);
    }
    std::vector<std::pair<QString, QString>> pairs; // conditions differing only in slices
    for (std::size_t i = 0; i < present.size(); ++i) {
        for (std::size_t j = i + 1; j < present.size(); ++j) {
            if (pairingKey(present[i]) == pairingKey(present[j]))
                pairs.emplace_back(present[i], present[j]);
        }
    }

    // The bootstraps dominate (resamples × items each) and are independent, each seeded
    // alike: they run on the pool and are assembled in run order, so the result is the
    // same whatever the thread count.
    const std::size_t questionCount = pack.questions.size();
    const std::size_t questionTasks = present.size() * questionCount;
    std::vector<QuestionScore> questionScores(questionTasks);
    std::vector<std::pair<int, Interval>> conditionAccuracy(present.size());
    std::vector<PairedComparison> comparisons(pairs.size());
    std::vector<std::size_t> tasks(questionTasks + present.size() + pairs.size());
    std::iota(tasks.begin(), tasks.end(), std::size_t(0));
    QtConcurrent::blockingMap(tasks, [&](std::size_t task) {
        if (task < questionTasks) {
            const QString &condition = present[task / questionCount];
            questionScores[task] = scoreQuestion(pack.questions[task % questionCount], condition,
                                                 merged.at(condition), resamples, seed);
        } else if (task < questionTasks + present.size()) {
            const std::size_t c = task - questionTasks;
            const ItemMap &items = merged.at(present[c]);
            const std::vector<qint64> caseOrder = casesOf(items);
            const auto byCase = itemsByCase(items, caseOrder);
            const int cases = static_cast<int>(caseOrder.size());
            conditionAccuracy[c] = {
                cases, bootstrapInterval(cases, accuracyStatistic(byCase), resamples, seed)};
        } else {
            const auto &[a, b] = pairs[task - questionTasks - present.size()];
            comparisons[task - questionTasks - present.size()] =
                compareItems(a, b, merged.at(a), merged.at(b), resamples, seed);
        }
    });

    for (std::size_t c = 0; c < present.size(); ++c) {
        const QString &condition = present[c];
        ConditionScore summary;
        summary.condition = condition;
        std::vector<double> balanced, f1, kappa, auc;
        for (std::size_t q = 0; q < questionCount; ++q) {
            QuestionScore &score = questionScores[c * questionCount + q];
            if (score.scores.items == 0)
                continue;
            balanced.push_back(score.scores.balancedAccuracy);
            f1.push_back(score.scores.macroF1);
            kappa.push_back(score.scores.kappa);
            auc.push_back(score.scores.auroc);
            summary.abstentionRate += score.scores.abstained;
            summary.parseFailureRate += score.scores.unparsed;
            summary.errorRate += score.scores.failed;
            summary.items += score.scores.items;
            scores.questions.push_back(std::move(score));
        }
        summary.cases = conditionAccuracy[c].first;
        summary.accuracy = conditionAccuracy[c].second;
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
    scores.comparisons = std::move(comparisons);
    return scores;
}

} // namespace brainmd
