#include "db/SqlImportStore.h"

#include "db/DocumentRepository.h"
#include "db/ImportRunLog.h"
#include "db/LabelRepository.h"
#include "db/ReferenceSliceRepository.h"
#include "db/SegmentationRepository.h"
#include "db/SeriesStore.h"

namespace brainmd {

SqlImportStore::SqlImportStore(const Database &db)
    : m_db(db) {}

QHash<QString, ImportStore::KnownFile> SqlImportStore::knownFiles() const {
    return SeriesStore(m_db).knownFiles();
}

bool SqlImportStore::seriesExists(const QString &seriesKey) const {
    return SeriesStore(m_db).seriesExists(seriesKey);
}

QStringList SqlImportStore::filePathsOfSeries(const QString &seriesKey) const {
    return SeriesStore(m_db).filePathsOfSeries(seriesKey);
}

ImportStore::WriteResult SqlImportStore::writeSeries(const SeriesGroup &group,
                                                     const AssembledVolume &assembled,
                                                     const std::vector<DicomFileInfo> &files,
                                                     const QString &cacheRelativePath,
                                                     const CacheStamp &cacheStamp) const {
    return SeriesStore(m_db).write(group, assembled, files, cacheRelativePath, cacheStamp);
}

std::vector<SeriesTarget> SqlImportStore::seriesByInstanceUid(const QString &uid) const {
    return SeriesStore(m_db).seriesByInstanceUid(uid);
}

QString SqlImportStore::writeSegmentation(const SegmentationRecord &record) const {
    return SegmentationRepository(m_db).write(record);
}

qint64 SqlImportStore::startRun(const QStringList &paths) const {
    return ImportRunLog(m_db).start(paths);
}

void SqlImportStore::finishRun(qint64 runId, const ImportReport &report) const {
    ImportRunLog(m_db).finish(runId, report);
}

QString SqlImportStore::replaceDocuments(const QString &sourcePath,
                                         const std::vector<DocumentLink> &links) const {
    return DocumentRepository(m_db).replaceSource(sourcePath, links);
}

QString SqlImportStore::replaceLabels(const LabelFile &file, const QString &path,
                                      const std::vector<LabelLink> &links) const {
    return LabelRepository(m_db).replaceSource(file, path, links);
}

QString SqlImportStore::replaceReferenceSlices(const ReferenceSliceFile &file, const QString &path,
                                               const std::vector<ReferenceSliceLink> &links) const {
    return ReferenceSliceRepository(m_db).replaceSource(file, path, links);
}

} // namespace brainmd
