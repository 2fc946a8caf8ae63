#pragma once

// Helpers shared by the DICOM tests: synthetic volumes, metadata, tag edits.

#include "io/dicom/DicomScanner.h"
#include "io/dicom/DicomSeriesWriter.h"

#include <QString>

namespace brainmd::test {

/// Direction cosines rotated by `degreesX` about x then `degreesY` about y.
Eigen::Matrix3d rotation(double degreesX, double degreesY, double degreesZ = 0);

/// A volume whose voxels encode their index (so that a reordering shows), Int16.
Volume syntheticVolume(std::array<int, 3> dims, const Eigen::Vector3d &spacing,
                       const Eigen::Vector3d &origin, const Eigen::Matrix3d &direction);

/// Metadata with fixed UIDs derived from `seriesNumber`.
DicomSeriesMetadata metadata(int seriesNumber = 1);

/// Replaces string elements of a written file in place (VR given as two letters).
bool setTags(const QString &path,
             const std::vector<std::tuple<quint16, quint16, QString, QString>> &tags);

/// Replaces one string element with bytes as they are (a value in a character set other
/// than UTF-8, an ISO 2022 escape sequence); padded to even length with a space.
bool setRawTag(const QString &path, quint16 group, quint16 element, const QString &vr,
               const QByteArray &bytes);

/// Replaces a US element (e.g. BitsAllocated) of a written file, keeping everything else.
bool setUnsignedShortTag(const QString &path, quint16 group, quint16 element, quint16 value);

/// Removes an element from a written file.
bool removeTag(const QString &path, quint16 group, quint16 element);

/// Adds `delta` to every stored 16-bit pixel value of a written native file (same header,
/// different pixels).
bool changePixels(const QString &path, int delta);

/// Keeps only the first `bytes` bytes of the native pixel data of a written file.
bool truncatePixels(const QString &path, int bytes);

/// Appends `bytes` zero bytes to the native pixel data of a written file.
bool padPixels(const QString &path, int bytes);

/// scanDicom + groupIntoSeries over one folder.
struct Imported {
    DicomScanResult scan;
    std::vector<SeriesGroup> groups;
};
Imported importFolder(const QString &folder);

/// Largest distance between corresponding corners of two grids, in mm.
double cornerDistance(const Geometry &a, const Geometry &b);

/// True when both volumes hold the same values in the same order.
bool sameVoxels(const Volume &a, const Volume &b);

} // namespace brainmd::test
