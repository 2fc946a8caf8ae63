#pragma once

#include "privacy/DeidentifyOptions.h"

#include <cstdint>
#include <string_view>

namespace brainmd {

/// What happens to one attribute (the action codes of PS3.15 Table E.1-1).
enum class TagAction {
    Keep,           ///< K
    Remove,         ///< X
    Empty,          ///< Z: kept with a zero-length value (Type 2 attributes)
    MapUid,         ///< U: the keyed replacement UID
    ShiftDate,      ///< DA / DT moved by the patient's offset (Modified Dates)
    Pseudonym,      ///< PatientName, PatientID: the patient's keyed pseudonym
    Dummy,          ///< D: a keyed stand-in, for attributes that must keep a value
    CleanDescriptor ///< C: kept when it holds no identifier of the header, else removed
};

/// The Basic Application Level Confidentiality Profile with the options of
/// DeidentifyOptions, as one decision per attribute. The attribute list is GDCM's
/// (gdcm::Anonymizer::GetBasicApplicationLevelConfidentialityProfileAttributes, which
/// follows the 2008 edition of Table E.1-1) plus the attributes later editions added that
/// turn up in MR and SEG objects: dates and times, identification sequences, request and
/// procedure-step attributes, device identities, clinical-trial ids, the icon image. On top
/// of the list, every private attribute, curve and overlay is removed and every person name (PN)
/// other than the patient's is emptied.
class DeidentifyProfile {
public:
    explicit DeidentifyProfile(DeidentifyOptions options);

    /// The action for attribute (group, element) whose value representation is `vr` (two
    /// letters, from the file or the dictionary). Sequences that are not removed are kept
    /// and their items go through the same profile.
    TagAction action(std::uint16_t group, std::uint16_t element, std::string_view vr) const;

    const DeidentifyOptions &options() const { return m_options; }

private:
    DeidentifyOptions m_options;
};

/// True for a UID the standard defines (SOP classes, transfer syntaxes, coding schemes):
/// such values identify no one and must stay as they are.
bool isStandardUid(std::string_view uid);

} // namespace brainmd
