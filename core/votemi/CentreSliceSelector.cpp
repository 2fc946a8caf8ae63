#include "votemi/CentreSliceSelector.h"

#include "votemi/BaselineSelection.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace brainmd {

SelectionResult CentreSliceSelector::select(const Volume &rasVolume,
                                            const SelectionParameters &parameters,
                                            ProgressReporter *progress) const {
    return runBaselineSelection(
        name(), rasVolume, parameters, progress,
        QCoreApplication::translate("brainmd", "Finding the centre slices"),
        [](View view, const ScaledVolume &scaled) {
            const auto axis = static_cast<std::size_t>(viewAxis(view));
            return std::clamp(static_cast<int>(std::lround(scaled.foregroundCentre[axis])), 0,
                              scaled.dims[axis] - 1);
        });
}

} // namespace brainmd
