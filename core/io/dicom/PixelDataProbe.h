#pragma once

// Private to the DICOM module: finds out, without reading the pixels, whether a file has
// a PixelData element and whether its declared length fits the image and the file.

#include <QtGlobal>

#include <istream>

namespace brainmd::dicom {

struct PixelDataProbe {
    bool present = false;
    bool encapsulated = false; ///< undefined length: compressed fragments follow
    quint64 length = 0;        ///< declared value length (native pixel data)
    qint64 valueOffset = 0;    ///< file offset of the first pixel byte
};

/// `stream` must be positioned where gdcm::Reader::ReadUpToTag(PixelData, {PixelData})
/// stopped, i.e. just after the element header of PixelData if there is one.
PixelDataProbe probePixelData(std::istream &stream, bool explicitVr, bool bigEndian);

} // namespace brainmd::dicom
