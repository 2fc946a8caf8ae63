#pragma once

// Private to the DICOM module: DicomFileInfo as bytes, so that the decoder helper can read
// headers for the import (the header scan contained like the pixel decoding).

#include "io/dicom/DicomTypes.h"

#include <QByteArray>

namespace brainmd::dicom {

QByteArray encodeFileInfo(const DicomFileInfo &info);
/// False when `bytes` is not a complete encoding (a garbled reply).
bool decodeFileInfo(const QByteArray &bytes, DicomFileInfo *info);

} // namespace brainmd::dicom
