#pragma once

#include "io/seg/ContainedSegmentationReader.h"

#include <QString>

namespace brainmd {

class ImportStore;
struct ImportReport;

/// Brings DICOM Segmentation objects in as lesion truth: each SEG is read (DCMTK dcmseg),
/// placed on the imported series it references, its label map stored in the cache and
/// its largest cross-section per view stored as the case's "DICOM SEG" reference slices.
/// A SEG that cannot be used is a problem of the import report with the reason; it never
/// stops the import. Runs after the images, so that a SEG and its series can come in the
/// same import.
class SegmentationImporter {
public:
    SegmentationImporter(const ImportStore &store, QString cacheDir, ImportReport *report);

    void importFile(const QString &path);

private:
    const ImportStore &m_store;
    QString m_cacheDir;
    ImportReport *m_report;
    /// DCMTK in the helper process (the pixel decoder's warning covers its absence).
    ContainedSegmentationReader m_reader;
};

} // namespace brainmd
