#pragma once

// Private to the DICOM module: decodes the pixels of one file with gdcm::ImageReader.

#include <QString>

#include <vector>

namespace brainmd::dicom {

/// Decodes all frames of `path` (any transfer syntax GDCM decodes) into stored values,
/// before rescale, frame after frame, i fastest. The file must hold `frames` greyscale
/// frames of columns × rows. Returns an error message, or "" on success.
QString decodePixels(const QString &path, int columns, int rows, int frames,
                     std::vector<float> *values);

} // namespace brainmd::dicom
