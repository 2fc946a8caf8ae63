#pragma once

#include "volume/RasCase.h"

namespace brainmd {

class CaseCatalog;

/// A stored case as RasCase: read from the study's voxel cache, reoriented and windowed
/// by makeRasCase(). `error` says why when the case or its cache cannot be read.
RasCase loadRasCase(const CaseCatalog &cases, qint64 caseId);

} // namespace brainmd
