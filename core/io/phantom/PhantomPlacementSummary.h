#pragma once

#include "io/phantom/PhantomTypes.h"

#include <array>
#include <map>
#include <vector>

namespace brainmd {

/// Where a phantom dataset put its lesions, as a check that the truth does not sit where
/// the `centre` baseline looks: per view, |reference slice - centre slice| over the cases
/// with a lesion, and how many (largest) lesions fall in each lobe and on each side.
struct PhantomPlacementSummary {
    int cases = 0;
    int lesionCases = 0;
    int multipleLesionCases = 0; ///< cases with satellites
    int lesions = 0;             ///< all lesions, satellites included
    /// Per View: mean and (population) standard deviation of |referenceOffsetMm|, NaN
    /// without lesion cases.
    std::array<double, 3> meanDistanceMm{0.0, 0.0, 0.0};
    std::array<double, 3> sdDistanceMm{0.0, 0.0, 0.0};
    std::map<QString, int> lobes; ///< PhantomLesion::lobe of the largest lesion → cases
    std::map<QString, int> sides; ///< "left" / "right" → cases
};

PhantomPlacementSummary summarizePhantomPlacement(const std::vector<PhantomCaseTruth> &cases);

/// Writes the summary and one row per lesion case (key, lobe, side, diameter, lesion
/// count, signed offsets per view) as JSON ("brainmd-phantom-lesion-positions"). Returns
/// an error message, or "".
QString writePhantomPlacementJson(const PhantomPlacementSummary &summary,
                                  const std::vector<PhantomCaseTruth> &cases, const QString &path);

} // namespace brainmd
