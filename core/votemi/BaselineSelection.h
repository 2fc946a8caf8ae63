#pragma once

#include "votemi/ScaledVolume.h"
#include "votemi/SliceSelector.h"

#include <functional>

namespace brainmd {

/// The frame the baselines share: checks the volume, reports progress (and honours a
/// cancel) before and after, scales it once, and asks `pick` for the slice of each view
/// in kAllViews order (so a seeded pick draws in the same order on every run).
SelectionResult runBaselineSelection(const std::string &method, const Volume &rasVolume,
                                     const SelectionParameters &parameters,
                                     ProgressReporter *progress, const QString &message,
                                     const std::function<int(View, const ScaledVolume &)> &pick);

} // namespace brainmd
