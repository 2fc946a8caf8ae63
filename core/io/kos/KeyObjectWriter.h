#pragma once

#include "io/dicom/InstanceFrames.h"

#include <QString>

#include <vector>

namespace brainmd {

/// A flagged image: one frame of a stored instance and why it was chosen ("axial").
struct KeyImage {
    InstanceFrame frame;
    QString label;
};

/// What a Key Object Selection document says. All images must belong to one study.
struct KeyObjectRequest {
    std::vector<KeyImage> images;
    QString description;       ///< Key Object Description (free text, e.g. who chose them)
    QString seriesDescription; ///< of the new series the document starts in the study
};

/// Writes a DICOM Key Object Selection document (TID 2010) titled "Best In Set"
/// (DCM 113013), the code PACS viewers such as Weasis show as key images, referencing
/// `request.images` and listing them as evidence. The document starts a new series in the
/// images' study and copies the patient and study attributes of the first image. Written
/// with DCMTK's dcmsr, which checks the SR structure as it is built. Returns "" or the error.
QString writeKeyObjectSelection(const KeyObjectRequest &request, const QString &path);

} // namespace brainmd
