#pragma once

#include "ports/ImportStore.h"

namespace brainmd {

class Database;

/// The import workflow's port on a case database: series and instances (SeriesStore),
/// the import_runs log (ImportRunLog) and the side-file tables (documents, labels,
/// reference slices), each write in its own transaction.
class SqlImportStore final : public ImportStore {
public:
    explicit SqlImportStore(const Database &db);

    QHash<QString, KnownFile> knownFiles() const override;
    bool seriesExists(const QString &seriesKey) const override;
    QStringList filePathsOfSeries(const QString &seriesKey) const override;
    WriteResult writeSeries(const SeriesGroup &group, const AssembledVolume &assembled,
                            const std::vector<DicomFileInfo> &files,
                            const QString &cacheRelativePath,
                            const CacheStamp &cacheStamp) const override;
    std::vector<SeriesTarget> seriesByInstanceUid(const QString &uid) const override;
    QString writeSegmentation(const SegmentationRecord &record) const override;
    qint64 startRun(const QStringList &paths) const override;
    void finishRun(qint64 runId, const ImportReport &report) const override;
    QString replaceDocuments(const QString &sourcePath,
                             const std::vector<DocumentLink> &links) const override;
    QString replaceLabels(const LabelFile &file, const QString &path,
                          const std::vector<LabelLink> &links) const override;
    QString replaceReferenceSlices(const ReferenceSliceFile &file, const QString &path,
                                   const std::vector<ReferenceSliceLink> &links) const override;

private:
    const Database &m_db;
};

} // namespace brainmd
