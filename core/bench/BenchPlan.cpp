#include "bench/BenchPlan.h"

#include "bench/BenchImageRenderer.h"
#include "bench/Resampling.h"
#include "jobs/Progress.h"
#include "volume/Volume.h"
#include "votemi/VoteK.h"

#include <QCoreApplication>
#include <QMutex>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <set>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

constexpr int kEmbeddingSize = 64; // px of the images embedded for retrieval
constexpr int kVoteKNeighbours = 5;

struct CaseSlices {
    std::optional<std::array<int, 3>> slices;
    std::vector<float> embedding;
    std::optional<LesionVisibility> lesion;
    QString error;
};

/// Slices and retrieval embedding of one case under one (source, views); what they show
/// of the lesion when `lesion` (the case's mask) has one.
CaseSlices caseSlices(const BenchDataSource &data, const BenchRunConfig &config,
                      const BenchCondition &condition, qint64 caseId,
                      const LesionProfile *lesion = nullptr) {
    CaseSlices result;
    const bool lesionCase = lesion != nullptr && lesion->hasLesion();
    if (condition.isControl()) {
        result.slices = std::array<int, 3>{0, 0, 0};
        if (lesionCase)
            result.lesion = LesionVisibility{}; // a control shows nothing
        return result; // nothing to see: retrieval falls back to random order
    }
    result.slices =
        data.slices(caseId, condition.slices, config.manualSlices, config.seed, &result.error);
    if (!result.slices)
        return result;
    if (lesionCase)
        result.lesion = lesionVisibility(*lesion, condition.shownViews(), *result.slices);
    const auto rasCase = data.rasCase(caseId);
    if (!rasCase || !rasCase->error.isEmpty()) {
        result.error = rasCase ? rasCase->error : tr("the volume cannot be read");
        result.slices.reset();
        return result;
    }
    const BenchImageRenderer renderer(kEmbeddingSize);
    const std::vector<View> views = condition.shownViews();
    std::vector<int> indices(result.slices->begin(), result.slices->end());
    const QImage image =
        views.size() == 3 ? renderer.renderMosaic(rasCase->volume, rasCase->window, indices)
                          : renderer.renderSlice(rasCase->volume, rasCase->window, views.front(),
                                                 indices[static_cast<std::size_t>(views.front())]);
    result.embedding = thumbnailEmbedding(image);
    return result;
}

std::vector<qint64> choosePool(const BenchRunConfig &config, const BenchDataSource &data,
                               const std::vector<BenchCaseRef> &cases, int size) {
    const int m = std::min<int>(size, static_cast<int>(cases.size()));
    std::vector<int> picked;
    if (config.examplePool == QLatin1String("votek") && cases.size() > 1) {
        // Case embedding: the three centre slices, independent of the compared sources.
        const BenchCondition centreMosaic{QStringLiteral("centre"), QStringLiteral("mosaic"), 0};
        RowMatrix embeddings(static_cast<Eigen::Index>(cases.size()), 256);
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const CaseSlices slices = caseSlices(data, config, centreMosaic, cases[i].id);
            for (int j = 0; j < 256; ++j)
                embeddings(static_cast<Eigen::Index>(i), j) =
                    slices.embedding.size() == 256 ? slices.embedding[static_cast<std::size_t>(j)]
                                                   : 0.0f;
        }
        picked =
            voteK(embeddings, std::min(kVoteKNeighbours, static_cast<int>(cases.size()) - 1), m);
    } else {
        picked = randomCaseSelection(static_cast<int>(cases.size()), m, config.seed);
    }
    std::vector<qint64> pool;
    for (int index : picked)
        pool.push_back(cases[static_cast<std::size_t>(index)].id);
    return pool;
}

/// Pool cases other than `caseId`, most similar first (ties: pool order), or in a
/// seeded random order when retrieval is random or there is nothing to compare.
std::vector<std::pair<qint64, double>> neighbours(const BenchRunConfig &config, qint64 caseId,
                                                  const std::vector<qint64> &pool,
                                                  const std::map<qint64, CaseSlices> &slices,
                                                  bool similar) {
    std::vector<std::pair<qint64, double>> list;
    const auto self = slices.find(caseId);
    for (qint64 other : pool) {
        if (other == caseId)
            continue;
        const auto found = slices.find(other);
        if (found == slices.end() || !found->second.slices)
            continue;
        const double s = similar && self != slices.end()
                             ? cosineSimilarity(self->second.embedding, found->second.embedding)
                             : 0.0;
        list.emplace_back(other, s);
    }
    if (similar) {
        std::stable_sort(list.begin(), list.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
    } else {
        SplitMix64 random(config.seed ^
                          (static_cast<std::uint64_t>(caseId) * 0x9e3779b97f4a7c15ULL));
        for (std::size_t i = list.size(); i > 1; --i)
            std::swap(list[i - 1], list[random.below(i)]);
    }
    return list;
}

} // namespace

QString benchTaskKey(const QString &condition, qint64 caseId, const QString &questionId,
                     int rotation) {
    return QStringLiteral("%1|%2|%3|r%4").arg(condition).arg(caseId).arg(questionId).arg(rotation);
}

VisibilityByCase BenchPlan::visibility() const {
    VisibilityByCase out;
    for (const PlannedCondition &planned : conditions) {
        if (planned.condition.isControl())
            continue;
        std::map<qint64, LesionVisibility> &shown = out[planned.condition.sliceSourceKey()];
        for (const auto &[caseId, entry] : planned.cases) {
            if (entry.lesion)
                shown[caseId] = *entry.lesion;
        }
    }
    return out;
}

const PlannedCase *PlannedCondition::find(qint64 caseId) const {
    if (const auto found = cases.find(caseId); found != cases.end())
        return &found->second;
    if (const auto found = poolCases.find(caseId); found != poolCases.end())
        return &found->second;
    return nullptr;
}

const PlannedCondition *BenchPlan::condition(const QString &name) const {
    for (const PlannedCondition &c : conditions) {
        if (c.condition.name() == name)
            return &c;
    }
    return nullptr;
}

QString BenchPlan::rejectionOption() const {
    return config.rejectionAware ? QStringLiteral("none of the above") : QString();
}

QStringList BenchPlan::shownOrder(const TaskQuestion &question, int rotation) const {
    QStringList order = question.optionValues();
    if (config.rejectionAware && question.type == AnswerType::SingleChoice)
        order.append(rejectionOption());
    if (order.isEmpty())
        return order;
    const qsizetype shift = rotation % order.size();
    return order.mid(shift) + order.mid(0, shift);
}

QString BenchPlan::truth(const BenchCondition &condition, qint64 caseId,
                         const TaskQuestion &question) const {
    if (question.answerFrom == QLatin1String("view"))
        return condition.isControl() || condition.views == QLatin1String("mosaic")
                   ? QString()
                   : condition.views;
    const auto found = labels.answers.find(caseId);
    if (found == labels.answers.end())
        return {};
    const auto answer = found->second.find(question.id);
    return answer == found->second.end() ? QString() : answer->second.trimmed().toLower();
}

BenchPlanResult planBenchRun(const BenchRunConfig &config, const TaskPack &pack,
                             const BenchDataSource &data, ProgressReporter *progress) {
    BenchPlan plan;
    plan.config = config;
    plan.pack = pack;
    QString error;
    plan.labels = data.labels(config.labels, &error);
    if (!error.isEmpty())
        return {std::nullopt, error};
    plan.problems = plan.labels.problems;
    std::vector<BenchCaseRef> labelled;
    for (const BenchCaseRef &c : data.cases()) {
        if (plan.labels.answers.count(c.id) > 0)
            labelled.push_back(c);
    }
    if (labelled.empty())
        return {std::nullopt, tr("no case has labels in %1").arg(plan.labels.description)};
    int poolSize = config.poolSize;
    if (config.heldOut()) {
        if (labelled.size() < 2)
            return {std::nullopt,
                    tr("held-out evaluation needs at least two labelled cases (one example, "
                       "one to evaluate); %1 has %2")
                        .arg(plan.labels.description)
                        .arg(labelled.size())};
        // At least one case stays out of the pool; the stored split says what was used.
        const int largest = static_cast<int>(labelled.size()) - 1;
        if (poolSize > largest) {
            plan.problems.append(tr("example pool: %1 cases instead of %2, so that %3 of the "
                                    "%4 labelled cases stay for evaluation")
                                     .arg(largest)
                                     .arg(poolSize)
                                     .arg(labelled.size() - static_cast<std::size_t>(largest))
                                     .arg(labelled.size()));
            poolSize = largest;
        }
    }
    plan.pool = choosePool(config, data, labelled, poolSize);
    const std::set<qint64> poolIds(plan.pool.begin(), plan.pool.end());
    for (const BenchCaseRef &c : labelled) {
        if (!config.heldOut() || poolIds.count(c.id) == 0)
            plan.cases.push_back(c);
    }
    plan.split = {config.evaluation, config.examplePool, config.poolSize, config.seed, {},
                  plan.cases};
    for (qint64 id : plan.pool) {
        for (const BenchCaseRef &c : labelled) {
            if (c.id == id)
                plan.split.pool.push_back(c);
        }
    }
    // Case by case, so that each volume is loaded once for all sources.
    QStringList sourceKeys;
    std::vector<const BenchCondition *> sourceConditions;
    for (const BenchCondition &condition : config.conditions) {
        const QString key = condition.sliceSourceKey();
        if (!sourceKeys.contains(key)) {
            sourceKeys.append(key);
            sourceConditions.push_back(&condition);
        }
    }
    // Every labelled case: the evaluated ones and the pool's examples.
    std::vector<std::vector<CaseSlices>> computed(labelled.size());
    std::vector<QString> maskErrors(labelled.size());
    std::vector<std::size_t> order(labelled.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::atomic<int> done{0};
    std::atomic<bool> stop{false};
    QtConcurrent::blockingMap(order, [&](std::size_t i) {
        if (stop.load())
            return;
        // The lesion mask once per case, for what every source's images show of it.
        const std::shared_ptr<const Volume> mask = data.lesionMask(labelled[i].id, &maskErrors[i]);
        const std::optional<LesionProfile> lesion =
            mask ? std::optional(LesionProfile::of(*mask)) : std::nullopt;
        for (const BenchCondition *condition : sourceConditions)
            computed[i].push_back(
                caseSlices(data, config, *condition, labelled[i].id, lesion ? &*lesion : nullptr));
        if (!reportProgress(progress, double(++done) / double(labelled.size()), tr("planning")))
            stop.store(true);
    });
    if (stop.load())
        return {std::nullopt, tr("cancelled")};
    for (std::size_t i = 0; i < labelled.size(); ++i) {
        if (!maskErrors[i].isEmpty())
            plan.problems.append(tr("case %1: lesion mask not used for visibility: %2")
                                     .arg(labelled[i].key, maskErrors[i]));
    }
    QHash<QString, std::map<qint64, CaseSlices>> bySource; // "<source>/<views>": per case
    for (qsizetype k = 0; k < sourceKeys.size(); ++k) {
        for (std::size_t i = 0; i < labelled.size(); ++i)
            bySource[sourceKeys[k]][labelled[i].id] = computed[i][static_cast<std::size_t>(k)];
    }
    for (const BenchCondition &condition : config.conditions) {
        const auto &slices = bySource[condition.sliceSourceKey()];
        const bool similar = config.retrieval == QLatin1String("similar") && !condition.isControl();
        PlannedCondition planned{condition, {}, {}};
        for (const BenchCaseRef &c : plan.cases) {
            const CaseSlices &mine = slices.at(c.id);
            if (!mine.slices) {
                plan.problems.append(
                    tr("%1: case %2 left out: %3").arg(condition.name(), c.key, mine.error));
                continue;
            }
            PlannedCase entry{c.id,
                              *mine.slices,
                              neighbours(config, c.id, plan.pool, slices, similar),
                              {},
                              mine.lesion};
            const auto shots = std::min<std::size_t>(static_cast<std::size_t>(condition.shots),
                                                     entry.neighbours.size());
            for (std::size_t i = shots; i > 0; --i)
                entry.examples.push_back(entry.neighbours[i - 1].first);
            planned.cases.emplace(c.id, entry);
        }
        if (config.heldOut()) {
            for (const BenchCaseRef &c : plan.split.pool) {
                const CaseSlices &mine = slices.at(c.id);
                if (!mine.slices) {
                    plan.problems.append(tr("%1: example case %2 left out: %3")
                                             .arg(condition.name(), c.key, mine.error));
                    continue;
                }
                planned.poolCases.emplace(c.id,
                                          PlannedCase{c.id, *mine.slices, {}, {}, mine.lesion});
            }
        }
        plan.conditions.push_back(planned);
    }
    // Case-major order: a case's volume serves all its conditions while it is cached.
    for (const BenchCaseRef &c : plan.cases) {
        for (const PlannedCondition &planned : plan.conditions) {
            if (planned.cases.count(c.id) == 0)
                continue;
            for (const TaskQuestion &question : pack.questions) {
                if (!config.questions.isEmpty() && !config.questions.contains(question.id))
                    continue;
                const QString truth = plan.truth(planned.condition, c.id, question);
                if (truth.isEmpty())
                    continue;
                const int rotations = config.rotateOptions && question.type != AnswerType::FreeText
                                          ? static_cast<int>(plan.shownOrder(question, 0).size())
                                          : 1;
                for (int r = 0; r < rotations; ++r)
                    plan.tasks.push_back(
                        {benchTaskKey(planned.condition.name(), c.id, question.id, r), c.id,
                         planned.condition.name(), question.id, r, truth});
            }
        }
    }
    return {plan, {}};
}

} // namespace brainmd
