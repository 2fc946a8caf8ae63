#pragma once

// Small valid inputs for each fuzz target, generated rather than committed (the DICOM and
// NIfTI seeds come from the project's own writers, so they follow the format as written).

#include <QString>

namespace brainmd::fuzz {

/// Writes the seed inputs of `target` (a name from targets()) as files into `folder`,
/// creating it. Returns an error message, or "".
QString writeSeeds(const QString &target, const QString &folder);

} // namespace brainmd::fuzz
