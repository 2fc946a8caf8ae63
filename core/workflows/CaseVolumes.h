#pragma once

#include "io/seg/DicomSegmentation.h"
#include "volume/RasCase.h"

#include <vector>

namespace brainmd {

class CaseCatalog;

/// A stored case as RasCase: read from the study's voxel cache, reoriented and windowed
/// by makeRasCase(). `error` says why when the case or its cache cannot be read.
RasCase loadRasCase(const CaseCatalog &cases, qint64 caseId);

/// A case's lesion mask ready to overlay on its RasCase.
struct RasLabelMap {
    bool present = false; ///< the case has a DICOM SEG
    Volume labels;        ///< Int16 segment numbers, reoriented like the case's RasCase
    std::vector<SegmentDescription> segments;
    QString error; ///< why a present mask cannot be shown (damaged cache ...)
};

/// The case's newest DICOM SEG label map, reoriented to RAS exactly as loadRasCase()
/// reorients the image, so that voxel (i, j, k) of both is the same place.
RasLabelMap loadRasLabelMap(const CaseCatalog &cases, qint64 caseId);

} // namespace brainmd
