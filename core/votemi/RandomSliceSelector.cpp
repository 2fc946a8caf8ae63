#include "votemi/RandomSliceSelector.h"

#include "common/SeededRandom.h"
#include "votemi/BaselineSelection.h"

#include <QCoreApplication>

namespace brainmd {

SelectionResult RandomSliceSelector::select(const Volume &rasVolume,
                                            const SelectionParameters &parameters,
                                            ProgressReporter *progress) const {
    SeededRandom random(parameters.seed);
    return runBaselineSelection(
        name(), rasVolume, parameters, progress,
        QCoreApplication::translate("brainmd", "Drawing random slices"),
        [&random](View view, const ScaledVolume &scaled) {
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
            return candidates[static_cast<std::size_t>(random.below(candidates.size()))];
        });
}

} // namespace brainmd
