#pragma once

#include "bench/BenchData.h"
#include "bench/BenchRunner.h"
#include "bench/BenchSplit.h"
#include "bench/LesionVisibility.h"
#include "bench/RunConfig.h"
#include "bench/TaskPack.h"

#include <QHash>

#include <map>
#include <utility>
#include <vector>

namespace brainmd {

class ProgressReporter;

/// A case under one condition: the slices shown and the retrieved pool cases.
struct PlannedCase {
    qint64 caseId = 0;
    std::array<int, 3> slices{0, 0, 0};                ///< by View; unused for the controls
    std::vector<std::pair<qint64, double>> neighbours; ///< pool cases, most similar first
    std::vector<qint64> examples;                      ///< the shots, most similar LAST
    /// What the shown images contain of the case's lesion (mask from a DICOM SEG);
    /// nullopt when the case has no lesion mask (no lesion, or none imported).
    std::optional<LesionVisibility> lesion;
};

struct PlannedCondition {
    BenchCondition condition;
    std::map<qint64, PlannedCase> cases; ///< the evaluated cases
    /// Pool cases that are not evaluated (held-out evaluation): the slices their examples
    /// show, and what those show of their lesions.
    std::map<qint64, PlannedCase> poolCases;

    /// An evaluated or a pool case; nullptr when the condition has neither.
    const PlannedCase *find(qint64 caseId) const;
};

/// Everything a run needs, decided before the first request: labels, the annotated
/// example pool, per condition the slices and examples of every case, and the tasks.
struct BenchPlan {
    BenchRunConfig config;
    TaskPack pack;
    LabelTable labels;
    std::vector<BenchCaseRef> cases; ///< evaluated cases (labelled; outside the pool if held out)
    std::vector<qint64> pool;        ///< annotated pool for few-shot examples and baselines
    BenchSplit split;                ///< the two sets as stored with the run
    std::vector<PlannedCondition> conditions;
    std::vector<BenchTask> tasks;
    QStringList problems; ///< cases or questions left out, and why

    const PlannedCondition *condition(const QString &name) const;
    /// Per slice source (controls left out) and lesion case: what the images showed.
    VisibilityByCase visibility() const;
    /// The answer an item is scored against ("" when unknown).
    QString truth(const BenchCondition &condition, qint64 caseId,
                  const TaskQuestion &question) const;
    /// Options as shown for a rotation (with "none of the above" in rejection-aware mode).
    QStringList shownOrder(const TaskQuestion &question, int rotation) const;
    QString rejectionOption() const;
};

struct BenchPlanResult {
    std::optional<BenchPlan> plan;
    QString error;
};

/// Builds the plan. Deterministic for a given database, config and seed.
BenchPlanResult planBenchRun(const BenchRunConfig &config, const TaskPack &pack,
                             const BenchDataSource &data, ProgressReporter *progress);

/// Task key: "<condition>|<case id>|<question>|r<rotation>".
QString benchTaskKey(const QString &condition, qint64 caseId, const QString &questionId,
                     int rotation);

} // namespace brainmd
