#pragma once

#include "volume/Volume.h"
#include "volume/WindowLevel.h"

#include <QString>

namespace brainmd {

/// A case ready to show or render: its volume reoriented to the closest RAS axes (a
/// permutation and flips, no interpolation) and its display window.
struct RasCase {
    Volume volume;
    WindowLevel window;
    QString error; ///< why there is no volume; empty on success
    bool ok() const { return error.isEmpty(); }
};

/// The one conversion every viewer, thumbnail, export and BrainBench image uses, so that
/// a case looks the same wherever it is shown: reorient `imported` (DICOM voxel order, as
/// cached) to RAS; window from the DICOM header when it has one, else the 0.5–99.5 %
/// percentile window of the voxels.
RasCase makeRasCase(const Volume &imported);

} // namespace brainmd
