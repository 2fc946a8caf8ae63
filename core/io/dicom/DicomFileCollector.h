#pragma once

// Private to the DICOM module: turns the user's selection (files, folders, DICOMDIRs)
// into the list of files whose headers the scan reads.

#include "io/dicom/DicomTypes.h"

namespace brainmd::dicom {

struct CollectedFiles {
    QStringList files; ///< absolute paths, sorted, each once
    std::vector<FileProblem> problems;
};

/// Folders are walked recursively. A file named DICOMDIR (any case) is not returned: the
/// files it references are added instead (missing ones become problems).
CollectedFiles collectDicomFiles(const QStringList &paths);

/// Files referenced by a DICOMDIR, resolved relative to its folder (case-insensitively,
/// as media written on other systems often differ in case).
QStringList filesReferencedByDicomDir(const QString &dicomDirPath,
                                      std::vector<FileProblem> *problems);

} // namespace brainmd::dicom
