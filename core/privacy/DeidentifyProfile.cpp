#include "privacy/DeidentifyProfile.h"

#include <gdcmAnonymizer.h>

#include <algorithm>
#include <set>

namespace brainmd {

namespace {

constexpr std::uint32_t tag(std::uint16_t group, std::uint16_t element) {
    return (std::uint32_t(group) << 16) | element;
}

// Attributes of Table E.1-1 (current edition) that GDCM's 2008 list lacks and that MR,
// SEG and key objects carry. Dates and person names need no entry: every DA / DT is
// shifted or cleared and every PN emptied by value representation.
constexpr std::uint32_t kAddedToGdcm[] = {
    tag(0x0008, 0x0012), tag(0x0008, 0x0013), tag(0x0008, 0x0020), tag(0x0008, 0x0021),
    tag(0x0008, 0x0022), tag(0x0008, 0x0023), tag(0x0008, 0x0024), tag(0x0008, 0x0025),
    tag(0x0008, 0x002A), tag(0x0008, 0x0030), tag(0x0008, 0x0031), tag(0x0008, 0x0032),
    tag(0x0008, 0x0033), tag(0x0008, 0x0034), tag(0x0008, 0x0035), tag(0x0008, 0x0082),
    tag(0x0008, 0x0096), tag(0x0008, 0x009C), tag(0x0008, 0x009D), tag(0x0008, 0x0201),
    tag(0x0008, 0x1049), tag(0x0008, 0x1052), tag(0x0008, 0x1062), tag(0x0008, 0x1072),
    tag(0x0008, 0x1084), tag(0x0008, 0x1110), tag(0x0008, 0x1111), tag(0x0008, 0x1120),
    tag(0x0008, 0x4000), tag(0x0010, 0x0021), tag(0x0010, 0x0050), tag(0x0010, 0x0101),
    tag(0x0010, 0x0102), tag(0x0010, 0x1002), tag(0x0010, 0x1005), tag(0x0010, 0x1040),
    tag(0x0010, 0x1050), tag(0x0010, 0x1060), tag(0x0010, 0x1080), tag(0x0010, 0x1081),
    tag(0x0010, 0x2000), tag(0x0010, 0x2110), tag(0x0010, 0x2150), tag(0x0010, 0x2152),
    tag(0x0010, 0x2154), tag(0x0010, 0x21A0), tag(0x0010, 0x21C0), tag(0x0010, 0x21D0),
    tag(0x0010, 0x21F0), tag(0x0010, 0x2203), tag(0x0010, 0x2297), tag(0x0010, 0x2299),
    tag(0x0018, 0x0010), tag(0x0018, 0x1002), tag(0x0018, 0x1004), tag(0x0018, 0x1005),
    tag(0x0018, 0x1007), tag(0x0018, 0x1008), tag(0x0018, 0x1012), tag(0x0018, 0x1014),
    tag(0x0018, 0x1200), tag(0x0018, 0x1201), tag(0x0018, 0x1400), tag(0x0018, 0x4000),
    tag(0x0018, 0x700A), tag(0x0018, 0x9424), tag(0x0032, 0x0012), tag(0x0032, 0x1020),
    tag(0x0032, 0x1021), tag(0x0032, 0x1030), tag(0x0032, 0x1032), tag(0x0032, 0x1033),
    tag(0x0032, 0x1060), tag(0x0032, 0x1070), tag(0x0032, 0x4000), tag(0x0038, 0x0004),
    tag(0x0038, 0x0010), tag(0x0038, 0x0011), tag(0x0038, 0x0060), tag(0x0038, 0x0061),
    tag(0x0038, 0x0062), tag(0x0038, 0x0300), tag(0x0038, 0x0400), tag(0x0038, 0x0500),
    tag(0x0038, 0x4000), tag(0x0040, 0x0001), tag(0x0040, 0x0002), tag(0x0040, 0x0003),
    tag(0x0040, 0x0004), tag(0x0040, 0x0005), tag(0x0040, 0x0006), tag(0x0040, 0x0007),
    tag(0x0040, 0x0009), tag(0x0040, 0x0010), tag(0x0040, 0x0011), tag(0x0040, 0x0241),
    tag(0x0040, 0x0242), tag(0x0040, 0x0243), tag(0x0040, 0x0244), tag(0x0040, 0x0245),
    tag(0x0040, 0x0250), tag(0x0040, 0x0251), tag(0x0040, 0x0253), tag(0x0040, 0x0254),
    tag(0x0040, 0x0280), tag(0x0040, 0x1001), tag(0x0040, 0x1004), tag(0x0040, 0x1005),
    tag(0x0040, 0x1010), tag(0x0040, 0x1011), tag(0x0040, 0x1102), tag(0x0040, 0x1103),
    tag(0x0040, 0x1400), tag(0x0040, 0x2001), tag(0x0040, 0x2008), tag(0x0040, 0x2009),
    tag(0x0040, 0x2010), tag(0x0040, 0x2016), tag(0x0040, 0x2017), tag(0x0040, 0x2400),
    tag(0x0040, 0x3001), tag(0x0040, 0xA07A), tag(0x0040, 0xA07C), tag(0x0040, 0xA088),
    tag(0x0070, 0x0084), tag(0x0070, 0x0086), tag(0x0400, 0x0100), tag(0x0400, 0x0402),
    tag(0x0400, 0x0403), tag(0x0400, 0x0404), tag(0x0400, 0x0500), tag(0x0400, 0x0550),
    tag(0x0400, 0x0561), tag(0x300E, 0x0008), tag(0x4008, 0x0114), tag(0x4FFE, 0x0001),
    tag(0xFFFA, 0xFFFA)};

// Kept with an empty value: Type 2 in the common IODs, so removing them would make the
// object invalid (Z in Table E.1-1).
constexpr std::uint32_t kEmptyNotRemove[] = {
    tag(0x0008, 0x0020), tag(0x0008, 0x0023), tag(0x0008, 0x0030), tag(0x0008, 0x0033),
    tag(0x0008, 0x0050), tag(0x0008, 0x0090), tag(0x0010, 0x0030), tag(0x0010, 0x0040),
    tag(0x0020, 0x0010), tag(0x0070, 0x0084)};

// Retain Patient Characteristics (PS3.15 E.3.5).
constexpr std::uint32_t kPatientCharacteristics[] = {
    tag(0x0010, 0x0040), tag(0x0010, 0x1010), tag(0x0010, 0x1020), tag(0x0010, 0x1030),
    tag(0x0010, 0x2160), tag(0x0010, 0x21A0), tag(0x0010, 0x21C0), tag(0x0010, 0x2203)};

// Free-text descriptors the Clean Descriptors option may keep (PS3.15 E.3.5, "C").
constexpr std::uint32_t kDescriptors[] = {
    tag(0x0008, 0x1030), tag(0x0008, 0x103E), tag(0x0008, 0x1080), tag(0x0008, 0x2111),
    tag(0x0010, 0x21B0), tag(0x0010, 0x4000), tag(0x0018, 0x0010), tag(0x0018, 0x1030),
    tag(0x0018, 0x1400), tag(0x0018, 0x4000), tag(0x0018, 0x9424), tag(0x0020, 0x4000),
    tag(0x0032, 0x1060), tag(0x0032, 0x4000), tag(0x0040, 0x0007), tag(0x0040, 0x0254)};

// UIDs that name a class, a syntax or a coding scheme rather than an instance; private
// SOP classes do not start with the standard's root, so these go by attribute.
constexpr std::uint32_t kClassUids[] = {
    tag(0x0002, 0x0002), tag(0x0002, 0x0010), tag(0x0002, 0x0012), tag(0x0008, 0x0016),
    tag(0x0008, 0x001A), tag(0x0008, 0x001B), tag(0x0008, 0x0062), tag(0x0008, 0x010C),
    tag(0x0008, 0x010D), tag(0x0008, 0x1150), tag(0x0004, 0x1510), tag(0x0004, 0x1512)};

template <std::size_t N> bool contains(const std::uint32_t (&list)[N], std::uint32_t t) {
    return std::find(std::begin(list), std::end(list), t) != std::end(list);
}

/// GDCM's list and ours, built once.
const std::set<std::uint32_t> &profileAttributes() {
    static const std::set<std::uint32_t> attributes = [] {
        std::set<std::uint32_t> all(std::begin(kAddedToGdcm), std::end(kAddedToGdcm));
        for (const gdcm::Tag &t :
             gdcm::Anonymizer::GetBasicApplicationLevelConfidentialityProfileAttributes())
            all.insert(tag(t.GetGroup(), t.GetElement()));
        return all;
    }();
    return attributes;
}

} // namespace

DeidentifyProfile::DeidentifyProfile(DeidentifyOptions options)
    : m_options(options) {}

TagAction DeidentifyProfile::action(std::uint16_t group, std::uint16_t element,
                                    std::string_view vr) const {
    const std::uint32_t t = tag(group, element);
    const bool listed = profileAttributes().count(t) > 0;
    const auto removeOrEmpty = [t] {
        return contains(kEmptyNotRemove, t) ? TagAction::Empty : TagAction::Remove;
    };
    if ((group % 2) == 1 || element == 0x0000)
        return TagAction::Remove; // private attributes and group lengths
    if ((group & 0xFF00) == 0x5000 || ((group & 0xFF00) == 0x6000 && element >= 0x3000))
        return TagAction::Remove; // curves, overlay data and comments can carry text
    if (t == tag(0x0010, 0x0010) || t == tag(0x0010, 0x0020))
        return TagAction::Pseudonym;
    if (t == tag(0x0018, 0x1000))
        return TagAction::Dummy; // Type 1 in the Enhanced General Equipment of SEG objects
    if (contains(kClassUids, t))
        return TagAction::Keep;
    if (vr == "UI")
        return TagAction::MapUid;
    if (m_options.patientCharacteristics && contains(kPatientCharacteristics, t))
        return TagAction::Keep;
    if (contains(kDescriptors, t))
        return m_options.cleanDescriptors ? TagAction::CleanDescriptor : TagAction::Remove;
    if (t == tag(0x0010, 0x0030))
        return TagAction::Empty; // the birth date is Z even with modified dates
    if (t == tag(0x0010, 0x0032))
        return TagAction::Remove;
    if (vr == "DA" || vr == "DT")
        return m_options.modifiedDates ? TagAction::ShiftDate
                                       : (listed ? removeOrEmpty() : TagAction::Keep);
    if (vr == "TM")
        return m_options.modifiedDates || !listed ? TagAction::Keep : removeOrEmpty();
    if (vr == "PN")
        return TagAction::Empty;
    return listed ? removeOrEmpty() : TagAction::Keep;
}

bool isStandardUid(std::string_view uid) {
    return uid.substr(0, 14) == "1.2.840.10008.";
}

} // namespace brainmd
