#pragma once

#include <vector>

namespace brainmd {

/// A probability and whether the item is truly positive.
struct ProbabilityOutcome {
    double probability = 0.0;
    bool positive = false;
};

/// Area under the ROC curve by the Mann–Whitney statistic; ties between a positive and a
/// negative count one half. NaN when either class is missing or every probability is the
/// same (nothing is ranked).
double auroc(const std::vector<ProbabilityOutcome> &outcomes);

/// One point of an ROC curve (false-positive rate, true-positive rate).
struct RocPoint {
    double fpr = 0.0;
    double tpr = 0.0;
};

/// ROC curve from (0, 0) to (1, 1), one point per distinct threshold (tied scores move
/// diagonally). Empty when either class is missing.
std::vector<RocPoint> rocCurve(const std::vector<ProbabilityOutcome> &outcomes);

/// One bin of a reliability diagram.
struct CalibrationBin {
    double lower = 0.0;
    double upper = 0.0;
    int count = 0;
    double meanProbability = 0.0;
    double positiveRate = 0.0;
};

/// `bins` equal-width bins over [0, 1]; p = 1 falls into the last bin.
std::vector<CalibrationBin> calibrationBins(const std::vector<ProbabilityOutcome> &outcomes,
                                            int bins = 10);

/// Expected calibration error: Σ (n_b / N) · |mean p_b − positive rate_b| over the bins.
/// NaN for no outcomes.
double expectedCalibrationError(const std::vector<ProbabilityOutcome> &outcomes, int bins = 10);

/// Mean squared difference between probability and outcome (1 positive, 0 negative).
double brierScore(const std::vector<ProbabilityOutcome> &outcomes);

} // namespace brainmd
