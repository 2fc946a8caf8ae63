#pragma once

#include "bench/BenchScoring.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace brainmd {

/// One condition's accuracy over repeated runs that differ only in their seed (a new
/// example pool and evaluation set for a random pool, new random slices and retrieval
/// ties): how much the figure moves with the split, next to the bootstrap interval, which
/// only resamples the cases of one split.
struct SplitSpreadRow {
    QString condition;
    int runs = 0;
    double mean = 0.0;
    double sd = 0.0; ///< sample standard deviation over the runs
    double min = 0.0;
    double max = 0.0;
};

struct SplitSpread {
    std::vector<qint64> runIds;       ///< the runs, this one included, by seed
    std::vector<std::uint64_t> seeds; ///< same order
    int distinctPools = 0;            ///< how many different example pools they used
    std::vector<SplitSpreadRow> rows; ///< conditions scored in at least two of them
    bool empty() const { return rows.empty(); }
};

struct SeededScores {
    qint64 runId = 0;
    std::uint64_t seed = 0;
    QByteArray poolKey; ///< identifies the run's example pool (e.g. its ids)
    BenchScores scores;
};

/// Rows in the order of `conditions`. Deterministic.
SplitSpread summariseSplitSpread(const std::vector<SeededScores> &runs,
                                 const QStringList &conditions);

} // namespace brainmd
