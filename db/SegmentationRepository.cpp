#include "db/SegmentationRepository.h"

#include "db/Database.h"
#include "db/ReferenceSliceRepository.h"
#include "db/SeriesStore.h"
#include "db/SqlUtil.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace brainmd {

namespace {

QString notesJson(const QStringList &notes) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(notes)).toJson(QJsonDocument::Compact));
}

QStringList notesFromJson(const QString &json) {
    QStringList notes;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        notes.append(value.toString());
    return notes;
}

} // namespace

SegmentationRepository::SegmentationRepository(const Database &db)
    : m_db(db) {}

QString SegmentationRepository::referenceSourceName() {
    return QStringLiteral("DICOM SEG");
}

QString SegmentationRepository::write(const SegmentationRecord &record) const {
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (QString error = sql::run(
            db,
            QStringLiteral(
                "INSERT INTO segmentations (case_id, series_key, sop_instance_uid, file_path, "
                "file_size, file_mtime_ms, segments, cache_path, cache_size, cache_crc32, "
                "voxel_count, notes, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (sop_instance_uid) DO UPDATE "
                "SET case_id = excluded.case_id, series_key = excluded.series_key, file_path = "
                "excluded.file_path, file_size = excluded.file_size, file_mtime_ms = "
                "excluded.file_mtime_ms, segments = excluded.segments, cache_path = "
                "excluded.cache_path, cache_size = excluded.cache_size, cache_crc32 = "
                "excluded.cache_crc32, voxel_count = excluded.voxel_count, notes = excluded.notes, "
                "imported_at = excluded.imported_at"),
            {record.caseId, record.seriesKey, record.sopInstanceUid, record.filePath, record.size,
             record.mtimeMs, record.segmentsJson, record.cachePath, record.cacheStamp.size,
             static_cast<qint64>(record.cacheStamp.crc32), record.voxelCount,
             notesJson(record.notes), sql::nowUtc()});
        !error.isEmpty())
        return error;
    const QString basis = QCoreApplication::translate(
        "brainmd", "largest cross-section per view of the lesion mask of a DICOM SEG");
    if (QString error = ReferenceSliceRepository::replaceCaseSlicesInTransaction(
            db, referenceSourceName(), basis, record.caseId, record.referenceSlices);
        !error.isEmpty())
        return error;
    return transaction.commit() ? QString() : transaction.error();
}

std::vector<StoredSegmentation> SegmentationRepository::forCase(qint64 caseId) const {
    return select(QStringLiteral("WHERE case_id = ? ORDER BY id DESC"), {caseId});
}

std::vector<StoredSegmentation> SegmentationRepository::all() const {
    return select(QStringLiteral("ORDER BY id"), {});
}

std::vector<StoredSegmentation> SegmentationRepository::select(const QString &where,
                                                               const QVariantList &values) const {
    std::vector<StoredSegmentation> result;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT id, case_id, series_key, sop_instance_uid, file_path, "
                                  "segments, cache_path, imported_at, voxel_count, notes, "
                                  "cache_size, cache_crc32 FROM segmentations ") +
                       where,
                   values))
        return result;
    while (q.next()) {
        result.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString(), q.value(7).toString(), q.value(8).toLongLong(),
                          notesFromJson(q.value(9).toString()),
                          SeriesStore::stampOf(q.value(10), q.value(11))});
    }
    return result;
}

} // namespace brainmd
