#pragma once

#include "bench/Metrics.h"
#include "bench/Probabilistic.h"
#include "bench/Resampling.h"
#include "bench/TaskPack.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace brainmd {

/// One stored prediction as the scorer reads it.
struct StoredPrediction {
    qint64 caseId = 0;
    QString condition;
    QString questionId;
    int rotation = 0;
    QString truth;
    QString status; ///< answered, abstained, rejected, unparsed, error
    QString value;
    double probability = std::numeric_limits<double>::quiet_NaN();
    qint64 latencyMs = 0;
    int tokens = 0;
    int promptTokens = 0; ///< as the server reported them (0: not reported)
    int completionTokens = 0;
    QString error;
    QString rawAnswer;
};

struct QuestionScore {
    QString condition;
    QString questionId;
    QStringList classes;
    int positiveClass = -1;
    ClassificationScores scores;
    Interval accuracy;
    std::vector<std::vector<int>> confusion; ///< classes × (classes + 1), last: no answer
    std::vector<RocPoint> roc;
    std::vector<CalibrationBin> calibration;
};

struct ConditionScore {
    QString condition;
    int cases = 0;
    int items = 0;
    Interval accuracy;             ///< over all questions, cases resampled
    double balancedAccuracy = 0.0; ///< mean over questions
    double macroF1 = 0.0;          ///< mean over questions
    double kappa = 0.0;            ///< mean over questions
    double auroc = 0.0;            ///< mean over binary questions with probabilities (NaN: none)
    double abstentionRate = 0.0;
    double parseFailureRate = 0.0;
    double errorRate = 0.0;
    double meanLatencyMs = 0.0;
    double meanTokens = 0.0;
};

/// A against B on the items both answered for the same cases.
struct PairedComparison {
    QString a;
    QString b;
    int items = 0;
    int onlyA = 0; ///< right under A only
    int onlyB = 0;
    PairedDifference accuracyDifference; ///< A − B, cases resampled
    double mcnemarP = 1.0;
};

struct BenchScores {
    std::vector<ConditionScore> conditions;
    std::vector<QuestionScore> questions;
    std::vector<PairedComparison> comparisons;
};

/// Scores a run: rotations of an item are merged (right only if every rotation is),
/// per condition and question, with bootstrap intervals (cases resampled, `resamples`
/// draws from `seed`) and paired comparisons between conditions that differ only in the
/// slice source. `conditions` gives the order. Deterministic.
BenchScores scoreBenchRun(const TaskPack &pack, const QStringList &conditions,
                          const std::vector<StoredPrediction> &predictions, int resamples,
                          std::uint64_t seed);

} // namespace brainmd
