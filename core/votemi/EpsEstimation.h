#pragma once

#include "votemi/VoteMiTypes.h"

#include <vector>

namespace brainmd {

class KdTree;
class ProgressReporter;

/// The k-distance curve: for query rows, the Euclidean distance to the k-th nearest
/// other row (the row itself is not counted), sorted ascending. With more than
/// `maxQueries` rows, only rows i·n / maxQueries (i = 0 … maxQueries − 1) are queried,
/// each against all rows: a regular sample of the same curve at a fraction of the cost.
/// Empty when cancelled.
std::vector<float> kDistanceCurve(const RowMatrix &points, int k, int maxQueries,
                                  ProgressReporter *progress = nullptr);
/// The same with a tree the caller built on `points` (any leaf size), to share it.
std::vector<float> kDistanceCurve(const KdTree &tree, const RowMatrix &points, int k,
                                  int maxQueries, ProgressReporter *progress = nullptr);

/// The knee of an ascending curve by the maximum distance to its chord: both axes are
/// normalised to [0, 1] (index / (n − 1), (value − first) / (last − first)) and the point
/// furthest below the chord from first to last is taken (first on ties). A curve with
/// no point below its chord (straight or concave) gives its median. Returns the value at
/// the knee; 0 for an empty curve.
float kneeByChord(const std::vector<float> &ascending);

} // namespace brainmd
