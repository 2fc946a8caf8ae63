#pragma once

#include "io/phantom/PhantomTypes.h"

#include <vector>

namespace brainmd {

/// Writes the side files of a phantom dataset into options.outDir: reports.json and
/// ehr.json (brainmd-documents), labels.json (brainmd-labels "phantom-truth"),
/// reference-slices.json (brainmd-reference-slices "phantom-truth"), the
/// brainmd-dataset.json manifest naming them, README.txt and lesion-positions.json
/// (writePhantomPlacementJson; named by the manifest as "other", so not imported). Appends the
/// paths written to `files`. Returns an error message, or "".
QString writePhantomSideFiles(const PhantomOptions &options,
                              const std::vector<PhantomCaseTruth> &cases, QStringList *files);

} // namespace brainmd
