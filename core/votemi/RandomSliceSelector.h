#pragma once

#include "votemi/SliceSelector.h"

namespace brainmd {

/// Baseline: per view (axial, coronal, sagittal in that order, one SeededRandom(seed)),
/// a slice drawn uniformly among the slices that contain foreground (Otsu on the
/// robustly scaled volume); among all slices when none does.
class RandomSliceSelector final : public SliceSelector {
public:
    std::string name() const override { return "random"; }
    SelectionResult select(const Volume &rasVolume, const SelectionParameters &parameters,
                           ProgressReporter *progress) const override;
};

} // namespace brainmd
