#include "votemi/RandomSliceSelector.h"

#include "jobs/Progress.h"
#include "votemi/ScaledVolume.h"
#include "votemi/SeededRandom.h"

#include <QCoreApplication>

namespace brainmd {

SelectionResult RandomSliceSelector::select(const Volume &rasVolume,
                                            const SelectionParameters &parameters,
                                            ProgressReporter *progress) const {
    SelectionResult result;
    result.method = name();
    result.parameters = parameters;
    result.error = checkRasVolume(rasVolume);
    if (!result.error.isEmpty()) {
        return result;
    }
    const auto message = QCoreApplication::translate("brainmd", "Drawing random slices");
    if (!reportProgress(progress, 0.0, message)) {
        result.cancelled = true;
        return result;
    }
    const ScaledVolume scaled = scaleVolume(rasVolume);
    SeededRandom random(parameters.seed);
    for (View view : kAllViews) {
        const auto axis = static_cast<std::size_t>(viewAxis(view));
        std::vector<int> candidates;
        const auto &counts = scaled.foregroundPerSlice[axis];
        for (std::size_t s = 0; s < counts.size(); ++s) {
            if (counts[s] > 0) {
                candidates.push_back(static_cast<int>(s));
            }
        }
        if (candidates.empty()) {
            for (int s = 0; s < scaled.dims[axis]; ++s) {
                candidates.push_back(s);
            }
        }
        ViewSelection &out = result.views[static_cast<std::size_t>(view)];
        out.view = view;
        out.sliceIndex = candidates[static_cast<std::size_t>(random.below(candidates.size()))];
        out.positionMm = slicePositionMm(rasVolume.geometry(), view, out.sliceIndex);
    }
    result.cancelled = !reportProgress(progress, 1.0, message);
    return result;
}

} // namespace brainmd
