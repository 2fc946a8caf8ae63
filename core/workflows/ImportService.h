#pragma once

#include "io/dicom/DicomTypes.h"
#include "jobs/Progress.h"
#include "workflows/ImportReport.h"

#include <QStringList>

#include <memory>

namespace brainmd {

class StudyStorage;

/// Imports DICOM folders and their side files into a study (the import workflow; run it
/// in a worker thread, its storage ports use that thread's connection).
///
/// For each folder, brainmd-dataset.json (if any) names documents, labels and reference
/// files to import with it. Files already indexed with the same size and mtime are
/// skipped without being read; a series that gained or changed files is rebuilt whole.
/// Each series is written as cache file first, then one transaction (patient, study,
/// series, instances, case), so a killed import leaves only complete series and a second
/// run completes it. DICOM Segmentation objects among the files are placed on the series
/// they reference once the images are in (SegmentationImporter). Progress: scanning
/// 0–0.3, series 0.3–0.95, segmentations and side files the rest; cancelling stops
/// between series and keeps what was committed.
class ImportService {
public:
    explicit ImportService(std::shared_ptr<const StudyStorage> storage);

    ImportReport import(const QStringList &paths, const ImportOptions &options,
                        ProgressReporter *progress);

private:
    ImportOptions collectSideFiles(const QStringList &paths, const ImportOptions &options,
                                   ImportReport *report) const;
    void scan(const QStringList &paths, const ImportOptions &sideFiles, ProgressReporter *progress,
              ImportReport *report, std::vector<DicomFileInfo> *images,
              QStringList *segmentations) const;
    void importSegmentations(const QStringList &paths, ProgressReporter *progress,
                             ImportReport *report) const;
    SeriesGroup withKnownFiles(SeriesGroup group, ImportReport *report) const;
    /// False when the user cancelled before the series was written.
    bool importSeries(SeriesGroup group, ProgressReporter *progress, ImportReport *report) const;
    void importSideFiles(const ImportOptions &sideFiles, ProgressReporter *progress,
                         ImportReport *report) const;

    std::shared_ptr<const StudyStorage> m_storage;
};

} // namespace brainmd
