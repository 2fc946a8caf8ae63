#pragma once

#include "bench/BenchData.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace brainmd {

/// Which labelled cases a run draws its examples from and which it scores: stored with the
/// run when it is planned, so that the report can state the split and a reader can check
/// that no case was both an example and evaluated.
struct BenchSplit {
    QString protocol;   ///< "held-out" or "leave-one-out" (BenchRunConfig::evaluation)
    QString poolMethod; ///< "votek" or "random"
    int poolSizeAsked = 0;
    std::uint64_t seed = 0;
    std::vector<BenchCaseRef> pool;      ///< annotated example pool, in choice order
    std::vector<BenchCaseRef> evaluated; ///< the cases every condition is scored on

    bool heldOut() const { return protocol == QLatin1String("held-out"); }
    /// Cases that are both in the pool and evaluated (none under held-out evaluation).
    std::vector<qint64> overlap() const;
};

QByteArray benchSplitJson(const BenchSplit &split);
/// nullopt for text that is not a split record ("" for runs planned before splits were
/// stored).
std::optional<BenchSplit> parseBenchSplitJson(const QByteArray &json);

} // namespace brainmd
