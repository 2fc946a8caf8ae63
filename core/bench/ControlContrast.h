#pragma once

#include "bench/BenchScoring.h"

#include <QString>

#include <vector>

namespace brainmd {

/// A condition against its control (the same views and shots with blank images, or with
/// no image when the run has no blank): what seeing the case adds to what the backend
/// answers anyway. From the run's paired comparisons, oriented condition − control.
struct ControlContrast {
    QString condition;
    QString control;
    int items = 0;
    Interval difference; ///< accuracy, condition − control (cases resampled)
    double mcnemarP = 1.0;
    /// The interval lies above zero: the condition does better than its control.
    bool better() const { return difference.low > 0.0; }
};

/// One row per scored condition that is not a control and has one, in run order.
std::vector<ControlContrast> controlContrasts(const BenchScores &scores);

} // namespace brainmd
