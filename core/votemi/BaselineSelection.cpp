#include "votemi/BaselineSelection.h"

#include "jobs/Progress.h"

namespace brainmd {

SelectionResult runBaselineSelection(const std::string &method, const Volume &rasVolume,
                                     const SelectionParameters &parameters,
                                     ProgressReporter *progress, const QString &message,
                                     const std::function<int(View, const ScaledVolume &)> &pick) {
    SelectionResult result;
    result.method = method;
    result.parameters = parameters;
    result.error = checkRasVolume(rasVolume);
    if (!result.error.isEmpty()) {
        return result;
    }
    if (!reportProgress(progress, 0.0, message)) {
        result.cancelled = true;
        return result;
    }
    const ScaledVolume scaled = scaleVolume(rasVolume);
    for (View view : kAllViews) {
        ViewSelection &out = result.views[static_cast<std::size_t>(view)];
        out.view = view;
        out.sliceIndex = pick(view, scaled);
        out.positionMm = slicePositionMm(rasVolume.geometry(), view, out.sliceIndex);
    }
    result.cancelled = !reportProgress(progress, 1.0, message);
    return result;
}

} // namespace brainmd
