#pragma once

// Private to the DICOM module: text values in the character set their data set declares.

#include <QString>

#include <string>

namespace brainmd::dicom {

/// Whether a value is a person name: '^' and '=' then end an ISO 2022 code extension too.
enum class DicomTextKind { Plain, PersonName };

/// Decodes a text value per Specific Character Set (0008,0005) as DICOM PS3.5 §6.1 defines
/// it: single-byte sets (ISO_IR 100 ... 166), UTF-8 (ISO_IR 192), GB18030, GBK and the ISO
/// 2022 code extensions with escape sequences (Japanese, Korean, Chinese). DCMTK's dcmdata
/// does the conversion. ASCII and UTF-8 take a fast path; a value DCMTK cannot convert (an
/// unknown term, a broken escape sequence) is read as Latin-1 so that nothing is dropped.
QString decodeDicomText(const std::string &raw, const std::string &specificCharacterSet,
                        DicomTextKind kind = DicomTextKind::Plain);

} // namespace brainmd::dicom
