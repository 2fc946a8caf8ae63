#include "bench/SplitSpread.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <set>

namespace brainmd {

SplitSpread summariseSplitSpread(const std::vector<SeededScores> &runs,
                                 const QStringList &conditions) {
    SplitSpread spread;
    std::vector<const SeededScores *> ordered;
    for (const SeededScores &r : runs)
        ordered.push_back(&r);
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const SeededScores *a, const SeededScores *b) { return a->seed < b->seed; });
    std::set<QByteArray> pools;
    for (const SeededScores *r : ordered) {
        spread.runIds.push_back(r->runId);
        spread.seeds.push_back(r->seed);
        pools.insert(r->poolKey);
    }
    spread.distinctPools = static_cast<int>(pools.size());
    for (const QString &condition : conditions) {
        std::vector<double> values;
        for (const SeededScores *r : ordered) {
            for (const ConditionScore &c : r->scores.conditions) {
                if (c.condition == condition && c.items > 0 && std::isfinite(c.accuracy.estimate))
                    values.push_back(c.accuracy.estimate);
            }
        }
        if (values.size() < 2)
            continue;
        SplitSpreadRow row;
        row.condition = condition;
        row.runs = static_cast<int>(values.size());
        double sum = 0.0;
        for (double v : values)
            sum += v;
        row.mean = sum / static_cast<double>(values.size());
        double squares = 0.0;
        for (double v : values)
            squares += (v - row.mean) * (v - row.mean);
        row.sd = std::sqrt(squares / static_cast<double>(values.size() - 1));
        row.min = *std::min_element(values.begin(), values.end());
        row.max = *std::max_element(values.begin(), values.end());
        spread.rows.push_back(row);
    }
    return spread;
}

} // namespace brainmd
