#pragma once

#include "io/cache/CacheStamp.h"
#include "io/dicom/DicomTypes.h"
#include "io/documents/DocumentTypes.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace brainmd {

struct ImportReport;

/// A parsed document row and the case it was matched to.
struct DocumentLink {
    qint64 caseId = 0;
    CaseDocument document;
};

/// A parsed label row and the case it was matched to.
struct LabelLink {
    qint64 caseId = 0;
    LabelRow row;
};

/// A parsed reference-slice row and the case it was matched to.
struct ReferenceSliceLink {
    qint64 caseId = 0;
    ReferenceSliceRow row;
};

/// A DICOM Segmentation placed on an imported series, as the store keeps it.
struct SegmentationRecord {
    qint64 caseId = 0;
    QString seriesKey;
    QString sopInstanceUid;
    QString filePath; ///< normalised absolute path of the SEG file
    qint64 size = 0;
    qint64 mtimeMs = 0;
    QString segmentsJson;  ///< the segments (number, label, category, type, colour)
    QString cachePath;     ///< the label map in the cache, relative to the cache folder
    CacheStamp cacheStamp; ///< of the label map's cache file as written
    qint64 voxelCount = 0; ///< voxels of the label map in any segment
    QStringList notes;     ///< what placing it on the series adjusted
    /// Per view, the slice of the largest cross-section of the mask (index in the volume
    /// reoriented to RAS, RAS position): the case's reference slices of the source
    /// "DICOM SEG". Empty when the mask is empty.
    std::vector<ReferenceSliceRow> referenceSlices;
};

/// The imported series a SEG refers to.
struct SeriesTarget {
    QString seriesKey;
    qint64 caseId = 0; ///< 0 when the series is not a case (a single slice)
    QString cachePath;
    CacheStamp cacheStamp;
};

/// Normalised absolute path: the form in which the store keeps file paths.
QString normalizedFilePath(const QString &path);

/// Storage port of the import workflow (implemented in db/): what the study already
/// knows about files, the writer of one assembled series, the import log and the side
/// files. Every write is one transaction: a series row always comes with all its
/// instances, a side file replaces what the same source stored before.
class ImportStore {
public:
    virtual ~ImportStore() = default;

    struct KnownFile {
        qint64 size = 0;
        qint64 mtimeMs = 0;
        QString cachePath; ///< the series' cache file, relative to the cache folder
        CacheStamp cacheStamp;
    };
    /// Every indexed file (images and stored DICOM SEG files) by normalised absolute path.
    virtual QHash<QString, KnownFile> knownFiles() const = 0;
    virtual bool seriesExists(const QString &seriesKey) const = 0;
    /// Absolute paths of the files of a known series.
    virtual QStringList filePathsOfSeries(const QString &seriesKey) const = 0;

    struct WriteResult {
        QString error;
        bool updated = false; ///< the series existed and was rewritten
        bool caseCreated = false;
    };
    /// Writes the series of `group` built into `assembled`, whose instances are exactly
    /// `files`, with its cache file and that file's stamp; a volume with more than one
    /// slice becomes a case.
    virtual WriteResult writeSeries(const SeriesGroup &group, const AssembledVolume &assembled,
                                    const std::vector<DicomFileInfo> &files,
                                    const QString &cacheRelativePath,
                                    const CacheStamp &cacheStamp) const = 0;

    /// The imported series with this SeriesInstanceUID, by key (more than one when it was
    /// split into sub-series).
    virtual std::vector<SeriesTarget> seriesByInstanceUid(const QString &uid) const = 0;
    /// Stores a placed SEG, replacing an earlier one with the same SOPInstanceUID. "" or
    /// the error.
    virtual QString writeSegmentation(const SegmentationRecord &record) const = 0;

    /// Records the start of an import (so that a killed one leaves a trace); its id or 0.
    virtual qint64 startRun(const QStringList &paths) const = 0;
    virtual void finishRun(qint64 runId, const ImportReport &report) const = 0;

    /// Replace everything earlier read from the same source. "" or the error.
    virtual QString replaceDocuments(const QString &sourcePath,
                                     const std::vector<DocumentLink> &links) const = 0;
    virtual QString replaceLabels(const LabelFile &file, const QString &path,
                                  const std::vector<LabelLink> &links) const = 0;
    virtual QString replaceReferenceSlices(const ReferenceSliceFile &file, const QString &path,
                                           const std::vector<ReferenceSliceLink> &links) const = 0;
};

} // namespace brainmd
