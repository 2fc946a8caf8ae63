#include "bench/CostEstimate.h"

#include "bench/BenchRequestBuilder.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace brainmd {

namespace {

constexpr double kCharactersPerToken = 4.0;
constexpr int kTokensPerMessage = 4; // role and separators of the chat template

qint64 textTokens(const QString &text) {
    return static_cast<qint64>(static_cast<double>(text.size()) / kCharactersPerToken + 0.5);
}

} // namespace

BenchCostEstimate estimateBenchCost(const BenchPlan &plan, const std::vector<BenchTask> &todo,
                                    const BenchRequestBuilder &builder,
                                    const BenchPricing &pricing) {
    BenchCostEstimate estimate;
    QHash<QString, qint64> promptTokens; // per condition and question: the user text
    const qint64 system = plan.pack.system.isEmpty() ? 0 : textTokens(plan.pack.system);
    for (const BenchTask &task : todo) {
        const PlannedCondition *planned = plan.condition(task.condition);
        const TaskQuestion *question = plan.pack.question(task.questionId);
        if (planned == nullptr || question == nullptr)
            continue;
        const QString key = task.condition + QLatin1Char('|') + task.questionId;
        if (!promptTokens.contains(key))
            promptTokens.insert(
                key, textTokens(builder.questionText(*question, planned->condition,
                                                     plan.shownOrder(*question, task.rotation))));
        const auto found = planned->cases.find(task.caseId);
        const int examples =
            found != planned->cases.end() ? static_cast<int>(found->second.examples.size()) : 0;
        const int imagesPerMessage = static_cast<int>(
            planned->condition.shownViews().empty() ? 0 : 1); // a mosaic is one image
        const int userMessages = examples + 1;
        estimate.requests += 1;
        estimate.images += imagesPerMessage * userMessages;
        estimate.inputTokens +=
            system + kTokensPerMessage * (2 * examples + 2) +
            userMessages * promptTokens.value(key) +
            static_cast<qint64>(imagesPerMessage) * userMessages * pricing.imageTokens +
            examples * 2; // each example's answer: a token or two
        estimate.outputTokensAtMost += plan.config.backend.maxTokens;
    }
    estimate.priced = isPriced(pricing);
    if (estimate.priced)
        estimate.costAtMost =
            (static_cast<double>(estimate.inputTokens) * pricing.inputPerMillion +
             static_cast<double>(estimate.outputTokensAtMost) * pricing.outputPerMillion) /
            1e6;
    return estimate;
}

bool isPriced(const BenchPricing &pricing) {
    return pricing.inputPerMillion >= 0.0 && pricing.outputPerMillion >= 0.0;
}

QByteArray benchPricingJson(const BenchPricing &pricing) {
    return QJsonDocument(
               QJsonObject{{QStringLiteral("input_per_million"), pricing.inputPerMillion},
                           {QStringLiteral("output_per_million"), pricing.outputPerMillion},
                           {QStringLiteral("image_tokens"), pricing.imageTokens}})
        .toJson(QJsonDocument::Compact);
}

std::optional<BenchPricing> parsePricingJson(const QByteArray &json) {
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    BenchPricing pricing;
    pricing.inputPerMillion = root.value(QStringLiteral("input_per_million")).toDouble(-1.0);
    pricing.outputPerMillion = root.value(QStringLiteral("output_per_million")).toDouble(-1.0);
    pricing.imageTokens = root.value(QStringLiteral("image_tokens")).toInt(pricing.imageTokens);
    return isPriced(pricing) ? std::optional(pricing) : std::nullopt;
}

double benchCost(const BenchUsage &usage, const BenchPricing &pricing) {
    return (static_cast<double>(usage.promptTokens) * pricing.inputPerMillion +
            static_cast<double>(usage.completionTokens) * pricing.outputPerMillion) /
           1.0e6;
}

} // namespace brainmd
