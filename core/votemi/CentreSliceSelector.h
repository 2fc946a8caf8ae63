#pragma once

#include "votemi/SliceSelector.h"

namespace brainmd {

/// Baseline: per view, the slice through the foreground centre (the centroid of the
/// Otsu foreground of the robustly scaled volume, rounded to the nearest slice; the grid
/// centre when there is no foreground). Ignores the parameters.
class CentreSliceSelector final : public SliceSelector {
public:
    std::string name() const override { return "centre"; }
    SelectionResult select(const Volume &rasVolume, const SelectionParameters &parameters,
                           ProgressReporter *progress) const override;
};

} // namespace brainmd
