#pragma once

// Private to the DICOM module: the parts of writeDicomSeries shared by the classic
// (one file per slice) and the enhanced (one multi-frame file) writers.

#include "io/dicom/DicomSeriesWriter.h"

#include <QString>

#include <gdcmDataSet.h>
#include <gdcmTransferSyntax.h>

#include <cstdint>
#include <vector>

namespace brainmd::dicom {

inline constexpr const char *kMrImageStorage = "1.2.840.10008.5.1.4.1.1.4";
inline constexpr const char *kEnhancedMrImageStorage = "1.2.840.10008.5.1.4.1.1.4.1";

gdcm::TransferSyntax toGdcm(DicomTransferSyntax syntax);

/// Character set, patient, study, series, frame of reference, equipment and VOI LUT
/// (when the window width is positive).
void addCommonModules(gdcm::DataSet &ds, const DicomSeriesMetadata &meta);
/// Image pixel module for signed 16-bit greyscale, `frames` > 1 adds NumberOfFrames.
void addImagePixelModule(gdcm::DataSet &ds, int columns, int rows, int frames);
/// SOPClassUID, SOPInstanceUID and InstanceNumber.
void addSopIdentity(gdcm::DataSet &ds, const char *sopClassUid, const QString &sopInstanceUid,
                    int instanceNumber);

/// ImageOrientationPatient of the volume (row = direction column 0, column = column 1).
std::vector<double> orientationOf(const Geometry &geometry);
/// ImagePositionPatient of slice k.
std::vector<double> positionOfSlice(const Geometry &geometry, int k);
/// PixelSpacing as DICOM orders it: row spacing (along j), column spacing (along i).
std::vector<double> pixelSpacingOf(const Geometry &geometry);

/// Encodes `frames` frames of columns × rows int16 values into the PixelData element of
/// `ds` with the given transfer syntax. Returns an error message or "".
QString addPixelData(gdcm::DataSet &ds, const std::int16_t *voxels, int columns, int rows,
                     int frames, DicomTransferSyntax syntax);

/// Writes `ds` with a file meta header derived from it. Returns an error message or "".
QString writeDataSet(const gdcm::DataSet &ds, DicomTransferSyntax syntax, const QString &path);

/// The volume's voxels as int16 (Float32 accepted when every value is an integer in the
/// int16 range). Returns false when they cannot be stored without change.
bool voxelsAsInt16(const Volume &volume, std::vector<std::int16_t> *out);

} // namespace brainmd::dicom
