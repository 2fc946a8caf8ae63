#pragma once

#include "bench/BenchPlan.h"

#include <QString>

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

/// The estimate for `todo` (tasks of `plan`); `builder` renders the prompts' text.
BenchCostEstimate estimateBenchCost(const BenchPlan &plan, const std::vector<BenchTask> &todo,
                                    const BenchRequestBuilder &builder,
                                    const BenchPricing &pricing);

} // namespace brainmd
