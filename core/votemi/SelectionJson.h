#pragma once

#include "votemi/SliceSelector.h"

#include <string>

namespace brainmd {

/// The result as JSON: method, cancelled, error, per view {view, slice, positionMm,
/// votes}, the parameters used, counts and stage timings. With `includeDebug` also the
/// debug data (embeddings, labels, chosen patch ids, per-patch view / slice / u / v),
/// for a debug dump. `indent` < 0 gives one line.
std::string selectionToJson(const SelectionResult &result, bool includeDebug, int indent = 2);

} // namespace brainmd
