#include "ports/SelectionStore.h"

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {

bool nearlyEqual(double a, double b) {
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a));
}

} // namespace

bool StoredSelection::sameResultAs(const StoredSelection &other) const {
    for (std::size_t v = 0; v < views.size(); ++v) {
        const StoredSelectionView &a = views[v];
        const StoredSelectionView &b = other.views[v];
        if (a.sliceIndex != b.sliceIndex || !nearlyEqual(a.positionMm, b.positionMm) ||
            a.voteProfile.size() != b.voteProfile.size())
            return false;
        for (std::size_t i = 0; i < a.voteProfile.size(); ++i) {
            if (!nearlyEqual(a.voteProfile[i], b.voteProfile[i]))
                return false;
        }
    }
    return true;
}

} // namespace brainmd
