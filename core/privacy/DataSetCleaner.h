#pragma once

// Private to the privacy module: applies a DeidentifyProfile to a GDCM data set, items of
// sequences included.

#include "privacy/DeidentifyProfile.h"
#include "privacy/PseudonymKey.h"

#include <gdcmDataElement.h>
#include <gdcmDataSet.h>

#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace brainmd {

/// A value of `de` as text without its padding (trailing spaces and NULs).
std::string elementText(const gdcm::DataElement &de);
/// The two-letter VR of `de`: its own, or the dictionary's when the file does not say
/// (implicit VR, UN).
std::string elementVr(const gdcm::DataElement &de);
/// Sets `de` to `text`, padded to even length as its VR wants (NUL for UI, else space).
void setElementText(gdcm::DataElement &de, const std::string &vr, std::string text);

class DataSetCleaner {
public:
    /// `identifiers`: texts from the header that a kept descriptor may not contain
    /// (compared without regard to case).
    DataSetCleaner(const DeidentifyProfile &profile, const PseudonymKey &key, std::string pseudonym,
                   int dateOffsetDays, QStringList identifiers);

    void clean(gdcm::DataSet &dataSet);
    /// The replacement of a (possibly multi-valued) UID value; remembered in uids().
    std::string mapUidValue(const std::string &value);

    const std::map<std::string, std::string> &uids() const { return m_uids; }
    const QStringList &cleanedDescriptors() const { return m_cleaned; }

private:
    /// False when the element is to be dropped.
    bool apply(gdcm::DataElement &de, TagAction action, const std::string &vr);
    void cleanSequence(gdcm::DataElement &de);
    bool holdsIdentifier(const std::string &text) const;

    const DeidentifyProfile &m_profile;
    const PseudonymKey &m_key;
    std::string m_pseudonym;
    int m_offsetDays;
    QStringList m_identifiers;
    std::map<std::string, std::string> m_uids;
    QStringList m_cleaned;
};

/// Texts of `dataSet`'s top level that identify the patient or the place: names and their
/// components, ids, accession number, institution, station, birth date, instance UIDs
/// (3+ characters).
QStringList identifyingTexts(const gdcm::DataSet &dataSet);

} // namespace brainmd
