#pragma once

// Private to the DICOM module. Debian's GDCM is built with assertions, and some truncated
// or damaged files abort the process inside gdcm::Reader. This walk over the element
// headers (values are skipped by seeking, pixels never read) makes sure a file is whole
// before GDCM sees it.

#include <QString>

namespace brainmd::dicom {

enum class StructureStatus {
    Ok,        ///< every element (those after the pixel data too) fits in the file
    NotDicom,  ///< no DICOM preamble and no plausible data set
    Truncated, ///< a DICOM file that ends inside an element or is otherwise malformed
    /// Whole up to the pixel data, but the bytes after it make no element: the header can be
    /// read, a full read (pixel decoding) would abort inside GDCM.
    TrailingData,
};

/// Walks the file meta group and the data set (sequences and encapsulated pixel data
/// included) checking that every declared length fits in the file. When the result is
/// Truncated and `detail` is given, it says what the walk stopped at (one line).
StructureStatus checkDicomStructure(const QString &path, QString *detail = nullptr);

} // namespace brainmd::dicom
