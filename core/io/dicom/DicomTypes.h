#pragma once

#include "volume/Volume.h"

#include <QString>
#include <QStringList>

#include <Eigen/Core>

#include <array>
#include <optional>
#include <vector>

namespace brainmd {

/// A file the import could not use, with a one-line reason for the import report.
struct FileProblem {
    QString path;
    QString reason;
};

/// The header facts of one DICOM image file that import, grouping and the database need.
struct DicomFileInfo {
    QString path;
    qint64 size = 0;
    qint64 mtimeMs = 0; ///< modification time, ms since the epoch

    QString sopInstanceUid, sopClassUid, seriesInstanceUid, studyInstanceUid;
    QString frameOfReferenceUid, transferSyntaxUid;
    QString patientId, patientName, patientBirthDate, patientSex;
    QString accessionNumber, studyDate, studyTime, studyDescription;
    QString seriesDescription, modality;
    int seriesNumber = 0, instanceNumber = 0, acquisitionNumber = 0;
    int rows = 0, columns = 0, frames = 1;
    QStringList imageType;          ///< ImageType values, e.g. ORIGINAL\PRIMARY\M
    std::optional<double> echoTime; ///< ms
    std::optional<double> bValue;   ///< diffusion b-value, s/mm²
    /// Position and orientation of the first frame (LPS); absent for some non-images.
    std::optional<Eigen::Vector3d> imagePosition;
    std::optional<std::array<double, 6>> imageOrientation;
    /// What GDCM reported while reading the header (one line); empty when nothing.
    QString libraryMessages;
};

/// Files of one 3D series after grouping and sub-series splitting.
struct SeriesGroup {
    /// Stable identity of the group: the SeriesInstanceUID when the series was not split,
    /// else the UID followed by "." and a short hash of the attributes that split it
    /// (the same files always give the same key, whatever else is imported with them).
    QString seriesKey;
    QString seriesInstanceUid;
    QString splitDescription; ///< e.g. "echo time 15 ms"; empty when not split
    std::vector<DicomFileInfo> files;
};

/// A series turned into a volume, with what was odd about it.
struct AssembledVolume {
    Volume volume;
    QStringList warnings;              ///< gaps, uneven spacing, gantry tilt, ...
    std::vector<FileProblem> problems; ///< files of the group that could not be used
    QString error;                     ///< set when no volume could be made
    bool ok() const { return error.isEmpty(); }
};

} // namespace brainmd
