#include "ui/report/BenchCostText.h"

#include <QCoreApplication>
#include <QLocale>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

} // namespace

QString benchCostSummary(const BenchCostEstimate &e, const BenchPricing &pricing, int maxTokens,
                         qint64 resumedRun) {
    const QLocale locale;
    QString text = tr("Dry run (nothing sent or stored)%1: %2 requests, %3 images, about %4 input "
                      "tokens (%5 per image) and at most %6 output tokens (max_tokens %7).\n")
                       .arg(resumedRun != 0 ? tr(", resuming run %1").arg(resumedRun) : QString())
                       .arg(locale.toString(e.requests), locale.toString(e.images),
                            locale.toString(e.inputTokens), locale.toString(pricing.imageTokens),
                            locale.toString(e.outputTokensAtMost), locale.toString(maxTokens));
    if (e.priced)
        text += tr("Estimated cost at most %1 (input %2, output %3 per million tokens).\n")
                    .arg(locale.toString(e.costAtMost, 'f', 2),
                         locale.toString(pricing.inputPerMillion, 'f', 2),
                         locale.toString(pricing.outputPerMillion, 'f', 2));
    return text;
}

QString benchUsageSummary(const BenchUsage &usage, const std::optional<BenchPricing> &pricing) {
    const QLocale locale;
    QString text =
        QCoreApplication::translate(
            "brainmd",
            "Usage: %n request(s) sent and answered, %1 input and %2 output tokens as "
            "the server counted them",
            nullptr, usage.requestsSent)
            .arg(locale.toString(usage.promptTokens), locale.toString(usage.completionTokens));
    if (usage.fromCache > 0)
        text += QCoreApplication::translate(
            "brainmd", "; %n answer(s) from the response cache (paid for when first sent)", nullptr,
            usage.fromCache);
    if (usage.withoutUsage > 0)
        text += QCoreApplication::translate(
            "brainmd", "; %n response(s) without token counts (the server sent no usage)", nullptr,
            usage.withoutUsage);
    text += QLatin1Char('.');
    if (pricing)
        text += tr(" Cost %1 (input %2, output %3 per million tokens).")
                    .arg(locale.toString(benchCost(usage, *pricing), 'f', 2),
                         locale.toString(pricing->inputPerMillion, 'f', 2),
                         locale.toString(pricing->outputPerMillion, 'f', 2));
    else
        text += tr(" No price given (bench run --price-in, --price-out) for a cost.");
    return text;
}

} // namespace brainmd
