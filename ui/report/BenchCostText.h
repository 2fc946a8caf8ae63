#pragma once

#include "bench/CostEstimate.h"

#include <QString>

#include <optional>

namespace brainmd {

/// What a dry run found, in words and the locale's numbers: requests, images, tokens and,
/// with prices, the bounded cost (each front end says how to give them). The same text after `bench
/// run --dry-run` and in the New run… dialog. `resumedRun` is the run it would continue (0: a new
/// run).
QString benchCostSummary(const BenchCostEstimate &estimate, const BenchPricing &pricing,
                         int maxTokens, qint64 resumedRun);

/// What a run used, in words and the locale's numbers: requests sent (answers from the
/// response cache apart), tokens as the server counted them and, with the run's prices,
/// its cost. The same text after `bench run`, in `bench report` and on the dashboard.
QString benchUsageSummary(const BenchUsage &usage, const std::optional<BenchPricing> &pricing);

} // namespace brainmd
