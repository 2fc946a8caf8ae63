#pragma once

// Private to the DICOM module: typed reads from and writes to GDCM data sets.

#include <QString>

#include <gdcmDataSet.h>
#include <gdcmTag.h>
#include <gdcmVR.h>

#include <optional>
#include <string>
#include <vector>

namespace brainmd::dicom {

inline const gdcm::Tag kPixelDataTag{0x7fe0, 0x0010};

/// Value of a string element without trailing padding; "" when absent or empty.
std::string rawString(const gdcm::DataSet &ds, const gdcm::Tag &tag);
/// Same as rawString, decoded per the data set's Specific Character Set (see DicomCharset.h).
QString text(const gdcm::DataSet &ds, const gdcm::Tag &tag);
/// Values of a multi-valued string element (backslash separated), trimmed.
std::vector<std::string> stringValues(const gdcm::DataSet &ds, const gdcm::Tag &tag);
/// DS / IS values; empty when absent or when any value does not parse.
std::vector<double> numbers(const gdcm::DataSet &ds, const gdcm::Tag &tag);
/// First DS / IS value, if any.
std::optional<double> firstNumber(const gdcm::DataSet &ds, const gdcm::Tag &tag);
/// A US element (host order, as GDCM keeps binary values in memory).
std::optional<int> unsignedShort(const gdcm::DataSet &ds, const gdcm::Tag &tag);
/// An FD element; falls back to a DS-style string for non-conforming writers.
std::optional<double> floatDouble(const gdcm::DataSet &ds, const gdcm::Tag &tag);

/// Number of items of sequence `tag` (0 when absent).
std::size_t itemCount(const gdcm::DataSet &ds, const gdcm::Tag &tag);
/// A copy of the data set of item `index` (0-based) of sequence `tag`. Copies, because
/// GDCM may parse a sequence lazily into a temporary.
std::optional<gdcm::DataSet> item(const gdcm::DataSet &ds, const gdcm::Tag &tag,
                                  std::size_t index = 0);
/// The first item of sequence `outer` inside a functional group item (e.g. the
/// PlanePositionSequence of one frame); empty when either is absent.
std::optional<gdcm::DataSet> functionalGroup(const std::optional<gdcm::DataSet> &groupItem,
                                             const gdcm::Tag &outer);

/// Formats a number as a DICOM DS (at most 16 characters, as precise as fits).
std::string formatDs(double value);
std::string formatDsList(const std::vector<double> &values);

/// Inserts (replaces) a string element, padded to even length as its VR requires.
void setString(gdcm::DataSet &ds, const gdcm::Tag &tag, gdcm::VR vr, const std::string &value);
void setString(gdcm::DataSet &ds, const gdcm::Tag &tag, gdcm::VR vr, const QString &value);
void setUnsignedShort(gdcm::DataSet &ds, const gdcm::Tag &tag, unsigned short value);
void setUnsignedLong(gdcm::DataSet &ds, const gdcm::Tag &tag, unsigned int value);
/// Inserts a sequence with the given items (undefined length).
void setSequence(gdcm::DataSet &ds, const gdcm::Tag &tag, const std::vector<gdcm::DataSet> &items);

} // namespace brainmd::dicom
