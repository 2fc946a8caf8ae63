#pragma once

#include <vector>

namespace brainmd {

/// Cohen's κ from a contingency table: `table[i][j]` counts the items rater A put in
/// category i and rater B in category j. Rows and columns share their first categories;
/// extra columns (e.g. a model's non-answers) count as disagreement and add nothing to
/// chance agreement. NaN when there are no items or when chance agreement is total (one
/// category only: κ says nothing then). The one κ of the program: reader agreement
/// (core/reading) and model scores (core/bench/Metrics) both call it.
double cohenKappa(const std::vector<std::vector<double>> &table);

} // namespace brainmd
