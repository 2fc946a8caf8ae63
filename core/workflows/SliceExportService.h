#pragma once

#include "jobs/Progress.h"
#include "ports/SliceChoiceStore.h"

#include <QStringList>

namespace brainmd {

class StudyStorage;

struct SliceExportOptions {
    QString outDir;
    bool nifti = true; ///< one 2D NIfTI per chosen slice
    bool kos = true;   ///< one DICOM Key Object Selection ("Best In Set") per case
};

struct SliceExportReport {
    int cases = 0;     ///< cases with at least one chosen slice
    QStringList files; ///< written, manifest included
    QStringList notes; ///< "case: what could not be exported and why"
    QString error;     ///< set when nothing could be written (bad folder, source)
    bool cancelled = false;
};

/// Exports the representative slices of a source (BrainMD-select layout):
///   <out>/brainmd-select.json                 manifest: source, per slice case, view,
///                                             index, RAS position (mm), files
///   <out>/<case>/<case>_<view>.nii.gz         the slice as a 2D NIfTI in patient space
///   <out>/<case>/<case>_best-in-set.dcm       KOS referencing the acquired images
/// A key object can only flag images that exist in the archive, so it references the
/// chosen slices that coincide with an acquired image plane (the axial view of an axial
/// acquisition, say); reformatted views are reported in `notes`. Case keys come from the
/// imported data, so they are reduced to safe file names. Files are private to the user.
SliceExportReport exportSlices(const StudyStorage &storage, const SliceSource &source,
                               const std::vector<qint64> &caseIds,
                               const SliceExportOptions &options, ProgressReporter *progress);

/// `text` as a file name: letters, digits, '.', '-' and '_' kept, anything else '_', no
/// leading dot, never empty.
QString safeFileName(const QString &text);

} // namespace brainmd
