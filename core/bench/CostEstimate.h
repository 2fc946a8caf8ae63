#pragma once

#include "bench/BenchPlan.h"

#include <QByteArray>
#include <QString>

#include <optional>

#include <vector>

namespace brainmd {

class BenchRequestBuilder;

/// What a run will send before a single request goes out (`bench run --dry-run`).
/// Tokens are estimates: text at 4 characters a token (the usual rule for English with
/// BPE tokenisers), `imageTokens` per image (255: OpenAI's high-detail count for one
/// 512-px tile, which a 256-px image is; vLLM's Qwen2-VL uses about (px / 28)², 84 at
/// 256 px), and the output bounded by max_tokens (an upper bound: most answers are a
/// letter). Cost only with a price per million input and output tokens (≥ 0).
struct BenchCostEstimate {
    int requests = 0;
    int images = 0;
    qint64 inputTokens = 0;
    qint64 outputTokensAtMost = 0;
    bool priced = false;
    double costAtMost = 0.0; ///< in the price's currency, output at its bound
};

struct BenchPricing {
    int imageTokens = 255;
    double inputPerMillion = -1.0; ///< < 0: not given
    double outputPerMillion = -1.0;
};

/// Both prices given (the estimate and the actual cost need them).
bool isPriced(const BenchPricing &pricing);
/// {"input_per_million": …, "output_per_million": …, "image_tokens": …}
QByteArray benchPricingJson(const BenchPricing &pricing);
/// nullopt for "" or a record without both prices.
std::optional<BenchPricing> parsePricingJson(const QByteArray &json);

/// What a run used of the server: the requests it sent itself and their tokens as the
/// server counted them (its `usage`); answers taken from the response cache were paid
/// for once, by whichever run sent them first, and are counted apart.
struct BenchUsage {
    int requestsSent = 0;
    int fromCache = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    /// Sent requests whose response carried no token counts (some servers omit usage).
    int withoutUsage = 0;
};

/// The cost of `usage` at `pricing` (both prices must be given).
double benchCost(const BenchUsage &usage, const BenchPricing &pricing);

/// The estimate for `todo` (tasks of `plan`); `builder` renders the prompts' text.
BenchCostEstimate estimateBenchCost(const BenchPlan &plan, const std::vector<BenchTask> &todo,
                                    const BenchRequestBuilder &builder,
                                    const BenchPricing &pricing);

} // namespace brainmd
