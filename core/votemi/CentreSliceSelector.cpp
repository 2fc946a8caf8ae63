#include "votemi/CentreSliceSelector.h"

#include "jobs/Progress.h"
#include "votemi/ScaledVolume.h"

#include <QCoreApplication>

#include <cmath>

namespace brainmd {

SelectionResult CentreSliceSelector::select(const Volume &rasVolume,
                                            const SelectionParameters &parameters,
                                            ProgressReporter *progress) const {
    SelectionResult result;
    result.method = name();
    result.parameters = parameters;
    result.error = checkRasVolume(rasVolume);
    if (!result.error.isEmpty()) {
        return result;
    }
    const auto message = QCoreApplication::translate("brainmd", "Finding the centre slices");
    if (!reportProgress(progress, 0.0, message)) {
        result.cancelled = true;
        return result;
    }
    const ScaledVolume scaled = scaleVolume(rasVolume);
    for (View view : kAllViews) {
        const auto axis = static_cast<std::size_t>(viewAxis(view));
        ViewSelection &out = result.views[static_cast<std::size_t>(view)];
        out.view = view;
        out.sliceIndex = std::clamp(static_cast<int>(std::lround(scaled.foregroundCentre[axis])), 0,
                                    scaled.dims[axis] - 1);
        out.positionMm = slicePositionMm(rasVolume.geometry(), view, out.sliceIndex);
    }
    result.cancelled = !reportProgress(progress, 1.0, message);
    return result;
}

} // namespace brainmd
