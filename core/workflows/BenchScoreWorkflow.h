#pragma once

#include "bench/BenchScoring.h"
#include "bench/BenchSplit.h"
#include "bench/CostEstimate.h"
#include "bench/LesionVisibility.h"
#include "bench/ShownSlices.h"
#include "bench/SplitSpread.h"
#include "bench/TaskPack.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace brainmd {

class StudyStorage;

/// One run read back and scored: everything a report, the dashboard or `bench report`
/// shows about it.
struct BenchReportInput {
    qint64 runId = 0;
    QString runName;
    QString status;
    QString message;
    QString createdAt;
    QByteArray configJson;
    TaskPack pack;
    QStringList conditions; ///< in run order
    BenchScores scores;
    /// Per slice source, what the run's images showed of the lesions (cases with a
    /// lesion mask); empty when no evaluated case has one or the run predates the record.
    std::vector<VisibilityRow> visibility;
    /// The example pool and evaluated cases as planned; nullopt for runs planned before
    /// splits were stored.
    std::optional<BenchSplit> split;
    /// Accuracy over this run and the runs that repeat it with other seeds (empty when
    /// there are none).
    SplitSpread spread;
    std::vector<StoredPrediction> predictions;
    /// Requests sent and tokens used; with the price given for the run, its cost.
    BenchUsage usage;
    std::optional<BenchPricing> pricing;
    /// True when the run asks a model server (not a model-free baseline).
    bool asksServer = false;
    /// The slices each case showed (nullopt: the run predates the record).
    std::optional<ShownSlices> shownSlices;
    QStringList problems;
    std::map<qint64, QString> caseKeys;
};

/// Bootstrap draws of every interval a scored run shows.
constexpr int kBenchScoreResamples = 1000;

/// Loads a run and scores it ("load and score a run": the one implementation the CLI, the
/// demo and the dashboard use, so their numbers cannot differ). Deterministic: the
/// bootstrap is seeded by the run's seed. Takes as long as the bootstrap does (about a
/// second for 50,000 predictions): front ends call it in a job, never on the GUI thread.
/// nullopt with `error` set for an unknown run or an unreadable task pack.
std::optional<BenchReportInput> loadScoredRun(const StudyStorage &storage, qint64 runId,
                                              QString *error, int resamples = kBenchScoreResamples);

} // namespace brainmd
