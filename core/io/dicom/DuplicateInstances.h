#pragma once

// Private to the DICOM module: files of one series that carry the same SOPInstanceUID.

#include "io/dicom/DicomTypes.h"
#include "io/dicom/PixelDecoderClient.h"

#include <map>

namespace brainmd::dicom {

struct ResolvedDuplicates {
    /// Pixels of the copies that were kept, by path (decoded once, used by assembly).
    std::map<QString, std::vector<float>> decoded;
    std::vector<FileProblem> problems; ///< the copies left out, each with why
};

/// Keeps one file per SOPInstanceUID in `group`. Rule: every copy is decoded; of the
/// copies that decode, the first by path is used, so a copy that fails never wins over a
/// good one and the same folder gives the same choice on every import. The others are
/// listed as identical copies or as duplicates with different pixels.
ResolvedDuplicates resolveDuplicateInstances(SeriesGroup *group, PixelDecoderClient &decoder);

} // namespace brainmd::dicom
