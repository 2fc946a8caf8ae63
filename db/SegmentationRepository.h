#pragma once

#include "ports/ImportStore.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace brainmd {

class Database;

/// A stored DICOM SEG of a case (see 0007_segmentations.sql).
struct StoredSegmentation {
    qint64 id = 0;
    qint64 caseId = 0;
    QString seriesKey, sopInstanceUid, filePath, segmentsJson, cachePath, importedAt;
    qint64 voxelCount = 0;
    QStringList notes;
    CacheStamp cacheStamp;
};

/// Reads and writes the segmentations table and, with each SEG, the case's reference
/// slices of the source "DICOM SEG".
class SegmentationRepository {
public:
    explicit SegmentationRepository(const Database &db);

    /// The name of the reference-slice source that SEG masks feed.
    static QString referenceSourceName();

    /// Stores `record` (replacing the row with the same SOPInstanceUID) and replaces the
    /// case's "DICOM SEG" reference slices by record.referenceSlices, in one transaction.
    QString write(const SegmentationRecord &record) const;
    /// The case's segmentations, newest first.
    std::vector<StoredSegmentation> forCase(qint64 caseId) const;
    /// Every stored segmentation, by id.
    std::vector<StoredSegmentation> all() const;

private:
    std::vector<StoredSegmentation> select(const QString &where, const QVariantList &values) const;

    const Database &m_db;
};

} // namespace brainmd
