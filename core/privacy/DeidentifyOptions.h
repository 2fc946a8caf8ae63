#pragma once

#include "privacy/PseudonymKey.h"

#include <QString>

namespace brainmd {

/// What a de-identification keeps beyond the Basic Application Level Confidentiality
/// Profile (PS3.15 E.1), as the options of PS3.15 E.3. Defaults suit a research release:
/// dates moved per patient, patient characteristics kept, descriptors removed.
struct DeidentifyOptions {
    /// Retain Longitudinal Temporal Information with Modified Dates (113107): dates move
    /// by the patient's keyed offset; off, dates and times are emptied or removed (113100).
    bool modifiedDates = true;
    /// Retain Patient Characteristics (113108): sex, age, size, weight, ethnic group,
    /// smoking and pregnancy status are kept.
    bool patientCharacteristics = true;
    /// Clean Descriptors (113105): descriptions, protocol names and comments are kept when
    /// they hold none of the identifiers of the file's own header (names, ids, accession
    /// number, institution, birth date); otherwise they are removed. Off, always removed.
    bool cleanDescriptors = false;
};

} // namespace brainmd
