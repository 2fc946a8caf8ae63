#include "workflows/SegmentationImporter.h"

#include "io/cache/VolumeCache.h"
#include "io/seg/DicomSegmentation.h"
#include "ports/ImportStore.h"
#include "volume/LargestCrossSection.h"
#include "workflows/ImportReport.h"
#include "workflows/SegmentJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

/// The cache key of a SEG's label map; apart from every series key (those never start so).
QString cacheKeyOf(const QString &sopInstanceUid) {
    return QStringLiteral("seg:") + sopInstanceUid;
}

std::vector<ReferenceSliceRow> referenceRowsOf(const Volume &labels) {
    const CrossSections sections = largestCrossSections(labels);
    std::vector<ReferenceSliceRow> rows;
    if (sections.total == 0)
        return rows;
    for (const View view : kAllViews) {
        ReferenceSliceRow row;
        row.view = view;
        row.sliceIndex = sections.slice[static_cast<std::size_t>(view)];
        row.positionMm = sections.positionMm[static_cast<std::size_t>(view)];
        rows.push_back(row);
    }
    return rows;
}

qint64 labelledVoxels(const Volume &labels) {
    const std::int16_t *data = labels.int16Data();
    qint64 count = 0;
    for (std::size_t n = 0; data && n < labels.voxelCount(); ++n)
        count += data[n] != 0 ? 1 : 0;
    return count;
}

} // namespace

SegmentationImporter::SegmentationImporter(const ImportStore &store, QString cacheDir,
                                           ImportReport *report)
    : m_store(store)
    , m_cacheDir(std::move(cacheDir))
    , m_report(report) {}

void SegmentationImporter::importFile(const QString &path) {
    const QFileInfo info(path);
    const qint64 mtimeMs = info.lastModified().toMSecsSinceEpoch();
    const auto refuse = [&](const QString &reason) {
        m_report->problems.push_back(
            {path, tr("DICOM SEG (lesion mask) not used: %1").arg(reason)});
    };
    QString error;
    const SegmentationObject seg = m_reader.read(path, &error);
    if (!error.isEmpty())
        return refuse(error);
    if (seg.referencedSeriesInstanceUid.isEmpty())
        return refuse(tr("it names no referenced image series (ReferencedSeriesSequence)"));
    const std::vector<SeriesTarget> targets =
        m_store.seriesByInstanceUid(seg.referencedSeriesInstanceUid);
    if (targets.empty()) {
        return refuse(tr("its image series %1 is not imported; import the series together "
                         "with the SEG or before it")
                          .arg(seg.referencedSeriesInstanceUid));
    }
    // A split series has several sub-series: the SEG belongs to the one its frames fit.
    const VolumeCache cache(m_cacheDir);
    QString firstMisfit;
    for (const SeriesTarget &target : targets) {
        if (target.caseId == 0)
            continue;
        const CachedVolume image = cache.loadRelative(target.cachePath, target.cacheStamp);
        if (!image.error.isEmpty()) {
            firstMisfit = firstMisfit.isEmpty() ? image.error : firstMisfit;
            continue;
        }
        SegmentationOnGrid placed = placeOnGrid(seg, image.volume.geometry());
        if (!placed.error.isEmpty()) {
            firstMisfit = firstMisfit.isEmpty() ? placed.error : firstMisfit;
            continue;
        }
        const QString key = cacheKeyOf(seg.sopInstanceUid);
        CacheStamp stamp;
        if (const QString saved = cache.store(key, placed.labels, &stamp); !saved.isEmpty())
            return refuse(tr("its label map could not be saved: %1").arg(saved));
        SegmentationRecord record;
        record.caseId = target.caseId;
        record.seriesKey = target.seriesKey;
        record.sopInstanceUid = seg.sopInstanceUid;
        record.filePath = normalizedFilePath(path);
        record.size = info.size();
        record.mtimeMs = mtimeMs;
        record.segmentsJson = segmentsToJson(placed.segments);
        record.cachePath = VolumeCache::relativePathFor(key);
        record.cacheStamp = stamp;
        record.voxelCount = labelledVoxels(placed.labels);
        record.notes = placed.notes;
        record.referenceSlices = referenceRowsOf(placed.labels);
        if (const QString written = m_store.writeSegmentation(record); !written.isEmpty())
            return refuse(tr("it could not be stored: %1").arg(written));
        ++m_report->counts.segmentationsLinked;
        if (!placed.notes.isEmpty()) {
            m_report->seriesWarnings.push_back(
                {target.seriesKey, tr("DICOM SEG %1").arg(info.fileName()), placed.notes});
        }
        return;
    }
    refuse(firstMisfit.isEmpty() ? tr("its image series %1 is a single image, not a case")
                                       .arg(seg.referencedSeriesInstanceUid)
                                 : tr("it does not fit its image series: %1").arg(firstMisfit));
}

} // namespace brainmd
