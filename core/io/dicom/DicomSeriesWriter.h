#pragma once

#include "volume/Volume.h"

#include <QString>

namespace brainmd {

/// Identity and description of a series to write. Dates and times are given, never
/// taken from the clock, so that the same input writes the same bytes.
struct DicomSeriesMetadata {
    QString patientName, patientId, patientBirthDate, patientSex;
    QString studyInstanceUid, seriesInstanceUid, frameOfReferenceUid;
    /// Root for the SOPInstanceUIDs: instance n gets "<sopUidRoot>.<n+1>".
    QString sopUidRoot;
    QString accessionNumber, studyDate, studyTime, studyDescription;
    QString seriesDescription;
    QString institutionName;
    int seriesNumber = 1;
    double windowCenter = 0, windowWidth = 0; ///< written when width > 0
};

enum class DicomTransferSyntax {
    ExplicitLittle,
    ImplicitLittle,
    ExplicitBig,
    JpegLossless,
    JpegLs,
    Jpeg2000,
    Rle
};

struct DicomWriteOptions {
    DicomTransferSyntax transferSyntax = DicomTransferSyntax::ExplicitLittle;
    /// One Enhanced MR multi-frame file instead of one file per slice.
    bool enhancedMultiFrame = false;
};

/// Writes `volume` (Int16; values stored as is, slope 1, intercept 0) as an MR series:
/// one file per slice k named IM%04d.dcm, ImagePositionPatient / ImageOrientationPatient
/// / PixelSpacing / SliceThickness from the geometry. Creates `folder` if needed.
/// Returns an error message, or "" on success.
QString writeDicomSeries(const Volume &volume, const DicomSeriesMetadata &meta,
                         const QString &folder, const DicomWriteOptions &options = {});

} // namespace brainmd
