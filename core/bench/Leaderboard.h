#pragma once

#include "bench/BenchScoring.h"
#include "bench/CostEstimate.h"
#include "bench/Resampling.h"
#include "bench/RunConfig.h"
#include "bench/TaskPack.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace brainmd {

/// One run as the leaderboard reads it: its configuration, task pack and predictions.
struct LeaderboardRunInput {
    qint64 id = 0;
    QString name;
    QString status;
    QString createdAt;
    BenchRunConfig config;
    TaskPack pack;
    std::vector<StoredPrediction> predictions;
    QString softwareVersion; ///< "" when the store does not record it
    /// The run's price per million tokens and what it sent (for its cost); unpriced: none.
    std::optional<BenchPricing> pricing;
    BenchUsage usage;
};

/// What a leaderboard says about one run, whatever the condition.
struct LeaderboardCard {
    qint64 runId = 0;
    QString label; ///< short name for tables and legends: the run name, else model and id
    QString name;
    QString status;
    QString model;    ///< model id; the baseline's name for built-in backends
    QString backend;  ///< openai, random, majority, knn
    QString endpoint; ///< base URL; "" for built-in backends
    double temperature = 0.0;
    int maxTokens = 0;
    std::uint64_t seed = 0;
    QString evaluation; ///< held-out or leave-one-out
    QString taskPack;   ///< pack name and version
    QString createdAt;
    qint64 promptTokens = 0; ///< summed over all of the run's predictions
    qint64 completionTokens = 0;
    int predictions = 0;
    QString softwareVersion; ///< "" when not recorded
    /// The run's cost at its stored prices (tokens the server counted for requests the run
    /// sent itself); nullopt when no price was given.
    std::optional<double> cost;
    bool reference = false;
};

/// One run in one condition, on the condition's shared items.
struct LeaderboardCell {
    qint64 runId = 0;
    int items = 0;
    int cases = 0;
    int right = 0;
    Interval accuracy; ///< bootstrap 95 % over cases
    /// Against the reference run on the same items, oriented run − reference: a = this run,
    /// b = the reference; onlyA counts items only this run got right. Unset for the
    /// reference itself.
    std::optional<PairedComparison> vsReference;
};

/// One condition (slice source × views × shots) across the compared runs.
struct LeaderboardCondition {
    QString condition; ///< "votemi/axial/3-shot"
    QString slices;
    QString views;
    int shots = 0;
    int items = 0; ///< shared items: the same case, question and rotations in every run
    int cases = 0;
    QStringList questions; ///< question ids among the shared items
    /// Runs that did not evaluate this condition at all (their labels).
    QStringList missingIn;
    /// Items every run evaluated but whose truth differs between runs (other label
    /// sources): left out, since the runs were not asked the same thing.
    int labelConflicts = 0;
    std::vector<LeaderboardCell> cells; ///< in run order; empty when nothing is shared

    bool hasSharedItems() const { return items > 0; }
};

struct Leaderboard {
    qint64 referenceRunId = 0;
    int resamples = 0;
    std::uint64_t seed = 0;
    std::vector<LeaderboardCard> runs;            ///< in the order given
    std::vector<LeaderboardCondition> conditions; ///< union of the runs' conditions
    bool hasSharedItems() const;
    const LeaderboardCard *card(qint64 runId) const;
};

/// Compares ≥ 2 runs on what they have in common. Per condition (matched by name), the
/// shared items are the (case, question, rotation) triples that every run evaluated, with
/// the same truth; rotations are then merged per run as scoreBenchRun does. Each run gets
/// accuracy with a bootstrap interval over the shared cases and, against the reference,
/// the paired difference (paired bootstrap over cases, exact McNemar), computed exactly as
/// a run's paired condition comparisons are. Every bootstrap uses `seed`, so all runs of a
/// condition see the same resampled cases. Deterministic. `referenceRunId` must be one of
/// the runs.
Leaderboard buildLeaderboard(const std::vector<LeaderboardRunInput> &runs, qint64 referenceRunId,
                             int resamples, std::uint64_t seed);

} // namespace brainmd
