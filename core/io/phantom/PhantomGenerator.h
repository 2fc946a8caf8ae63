#pragma once

#include "io/phantom/PhantomTypes.h"
#include "jobs/Progress.h"

#include <cstdint>
#include <vector>

namespace brainmd {

/// Writes a phantom BrainMD dataset (see DESIGN.md, "Data and tests") into
/// options.outDir: one post-contrast T1 series per case drawn from the Colin27 / AAL
/// templates, plus reports, EHR, labels, reference slices, manifest, README and the
/// lesion-position summary (lesion-positions.json).
/// Cases run in parallel; every random choice comes from generators seeded by
/// (options.seed, case), so the same options give byte-identical files. Progress is
/// reported once per case; when the reporter asks to stop, no new case is started and
/// the side files are not written (result.cancelled).
PhantomResult generatePhantomDataset(const PhantomOptions &options, ProgressReporter *progress);

/// Which of `cases` cases carry a tumour: round(share × cases) of them, chosen by a
/// seeded shuffle.
std::vector<bool> phantomLesionAssignment(int cases, double share, std::uint64_t seed);

} // namespace brainmd
