#pragma once

#include "bench/BenchSplit.h"

#include <QString>

namespace brainmd {

/// One paragraph in words: the evaluation protocol of a run, how large its example pool
/// is and how it was chosen, how many cases were evaluated and whether the two overlap.
/// The same sentence in the report, the dashboard and after `bench run`.
QString benchSplitSummary(const BenchSplit &split);

/// "Example pool: case-0003, case-0011, ..." (at most `limit` keys, then "and N more").
QString benchSplitPoolLine(const BenchSplit &split, int limit = 40);

} // namespace brainmd
