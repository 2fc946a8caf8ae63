#include "db/SeriesStore.h"

#include "db/CaseKeys.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace brainmd {

namespace {

QString patientKey(const QSqlDatabase &db, const DicomFileInfo &info) {
    const QString salt = sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = "
                                                        "'pseudonym_salt'"))
                             .toString();
    // Without a PatientID the study stands in, so anonymous studies are not merged.
    const QString identity = info.patientId.isEmpty()
                                 ? QStringLiteral("study:") + info.studyInstanceUid
                                 : QStringLiteral("id:") + info.patientId;
    const QByteArray hash = QCryptographicHash::hash((salt + QLatin1Char('\n') + identity).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex();
    return QStringLiteral("P-") + QString::fromLatin1(hash.left(16));
}

/// Runs an INSERT ... RETURNING id and gives the id, or 0 with `error` set.
qint64 insertReturningId(const QSqlDatabase &db, const QString &statement,
                         const QVariantList &values, QString *error) {
    QSqlQuery q(db);
    if (!sql::exec(q, statement, values) || !q.next()) {
        *error = sql::errorText(q);
        return 0;
    }
    return q.value(0).toLongLong();
}

qint64 upsertPatient(const QSqlDatabase &db, const DicomFileInfo &f, QString *error) {
    return insertReturningId(
        db,
        QStringLiteral("INSERT INTO patients (patient_key, patient_id, patient_name, birth_date, "
                       "sex) VALUES (?, ?, ?, ?, ?) ON CONFLICT (patient_key) DO UPDATE SET "
                       "patient_name = excluded.patient_name, birth_date = excluded.birth_date, "
                       "sex = excluded.sex RETURNING id"),
        {patientKey(db, f), f.patientId, f.patientName, f.patientBirthDate, f.patientSex}, error);
}

qint64 upsertStudy(const QSqlDatabase &db, const DicomFileInfo &f, qint64 patientId,
                   QString *error) {
    return insertReturningId(
        db,
        QStringLiteral("INSERT INTO studies (patient_id, study_instance_uid, accession_number, "
                       "study_date, study_time, description) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (study_instance_uid) DO UPDATE SET patient_id = "
                       "excluded.patient_id, accession_number = excluded.accession_number, "
                       "study_date = excluded.study_date, study_time = excluded.study_time, "
                       "description = excluded.description RETURNING id"),
        {patientId, f.studyInstanceUid, f.accessionNumber.trimmed(), f.studyDate, f.studyTime,
         f.studyDescription},
        error);
}

qint64 upsertSeries(const QSqlDatabase &db, const SeriesGroup &group, const AssembledVolume &a,
                    const std::vector<DicomFileInfo> &files, qint64 studyId,
                    const QString &cachePath, const CacheStamp &stamp, QString *error) {
    const DicomFileInfo &f = files.front();
    const Geometry &g = a.volume.geometry();
    const bool hasWindow = a.volume.headerWindow.has_value();
    const QString now = sql::nowUtc();
    const QString warnings = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(a.warnings)).toJson(QJsonDocument::Compact));
    return insertReturningId(
        db,
        QStringLiteral(
            "INSERT INTO series (study_id, series_key, series_instance_uid, series_number, "
            "split_description, description, modality, dim_x, dim_y, dim_z, spacing_x, "
            "spacing_y, spacing_z, orientation, voxel_type, window_center, window_width, "
            "instance_count, warnings, cache_path, cache_size, cache_crc32, imported_at, "
            "updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (series_key) DO UPDATE SET study_id = excluded.study_id, "
            "series_number = excluded.series_number, split_description = "
            "excluded.split_description, description = excluded.description, modality = "
            "excluded.modality, dim_x = excluded.dim_x, dim_y = excluded.dim_y, dim_z = "
            "excluded.dim_z, spacing_x = excluded.spacing_x, spacing_y = excluded.spacing_y, "
            "spacing_z = excluded.spacing_z, orientation = excluded.orientation, voxel_type = "
            "excluded.voxel_type, window_center = excluded.window_center, window_width = "
            "excluded.window_width, instance_count = excluded.instance_count, warnings = "
            "excluded.warnings, cache_path = excluded.cache_path, cache_size = "
            "excluded.cache_size, cache_crc32 = excluded.cache_crc32, updated_at = "
            "excluded.updated_at RETURNING id"),
        {studyId,
         group.seriesKey,
         group.seriesInstanceUid,
         f.seriesNumber,
         group.splitDescription,
         f.seriesDescription,
         f.modality,
         g.dims[0],
         g.dims[1],
         g.dims[2],
         g.spacing.x(),
         g.spacing.y(),
         g.spacing.z(),
         SeriesStore::orientationLabel(g),
         a.volume.type() == VoxelType::Int16 ? QStringLiteral("int16") : QStringLiteral("float32"),
         sql::nullable(hasWindow, hasWindow ? a.volume.headerWindow->center : 0.0),
         sql::nullable(hasWindow, hasWindow ? a.volume.headerWindow->width : 0.0),
         static_cast<int>(files.size()),
         warnings,
         cachePath,
         sql::nullable(stamp.known(), stamp.size),
         sql::nullable(stamp.known(), static_cast<qint64>(stamp.crc32)),
         now,
         now},
        error);
}

QString replaceInstances(const QSqlDatabase &db, qint64 seriesId,
                         const std::vector<DicomFileInfo> &files) {
    if (QString e =
            sql::run(db, QStringLiteral("DELETE FROM instances WHERE series_id = ?"), {seriesId});
        !e.isEmpty())
        return e;
    QSqlQuery removeByPath(db);
    removeByPath.prepare(QStringLiteral("DELETE FROM instances WHERE file_path = ?"));
    QSqlQuery insert(db);
    // A SOP instance met at a new path (the data was moved or copied) follows the file.
    insert.prepare(QStringLiteral(
        "INSERT INTO instances (series_id, sop_instance_uid, file_path, file_size, mtime_ms, "
        "instance_number, frames) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sop_instance_uid) "
        "DO UPDATE SET series_id = excluded.series_id, file_path = excluded.file_path, "
        "file_size = excluded.file_size, mtime_ms = excluded.mtime_ms, instance_number = "
        "excluded.instance_number, frames = excluded.frames"));
    for (const DicomFileInfo &f : files) {
        const QString path = SeriesStore::normalizedPath(f.path);
        if (!sql::execBound(removeByPath, {path}))
            return sql::errorText(removeByPath);
        if (!sql::execBound(insert, {seriesId, f.sopInstanceUid, path, f.size, f.mtimeMs,
                                     f.instanceNumber, f.frames}))
            return sql::errorText(insert);
    }
    return {};
}

/// Creates the case of a 3D series when it has none; true when one was created.
bool ensureCase(const QSqlDatabase &db, qint64 seriesId, const QString &seriesKey, QString *error) {
    QSqlQuery q(db);
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO cases (series_id, case_key, status, created_at) "
                                  "VALUES (?, ?, 'new', ?) ON CONFLICT (series_id) DO NOTHING"),
                   {seriesId, QStringLiteral("#new#") + seriesKey, sql::nowUtc()})) {
        *error = sql::errorText(q);
        return false;
    }
    return q.numRowsAffected() == 1;
}

} // namespace

SeriesStore::SeriesStore(const Database &db)
    : m_db(db) {}

QHash<QString, SeriesStore::KnownFile> SeriesStore::knownFiles() const {
    QHash<QString, KnownFile> known;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (sql::exec(q, QStringLiteral("SELECT i.file_path, i.file_size, i.mtime_ms, s.cache_path, "
                                    "s.cache_size, s.cache_crc32 FROM instances i JOIN series s "
                                    "ON s.id = i.series_id"))) {
        while (q.next()) {
            known.insert(q.value(0).toString(),
                         {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                          SeriesStore::stampOf(q.value(4), q.value(5))});
        }
    }
    // A stored DICOM SEG is a known file too: unchanged, with its label map whole, it is
    // not read again (older schemas have no such table; nothing to add then).
    QSqlQuery masks(m_db.connection());
    masks.setForwardOnly(true);
    if (sql::exec(masks, QStringLiteral("SELECT file_path, file_size, file_mtime_ms, cache_path, "
                                        "cache_size, cache_crc32 FROM segmentations"))) {
        while (masks.next()) {
            known.insert(masks.value(0).toString(),
                         {masks.value(1).toLongLong(), masks.value(2).toLongLong(),
                          masks.value(3).toString(),
                          SeriesStore::stampOf(masks.value(4), masks.value(5))});
        }
    }
    return known;
}

bool SeriesStore::seriesExists(const QString &seriesKey) const {
    return sql::scalar(m_db.connection(),
                       QStringLiteral("SELECT count(*) FROM series WHERE series_key = ?"),
                       {seriesKey})
               .toInt() > 0;
}

QStringList SeriesStore::filePathsOfSeries(const QString &seriesKey) const {
    QStringList paths;
    QSqlQuery q(m_db.connection());
    if (sql::exec(q,
                  QStringLiteral("SELECT i.file_path FROM instances i JOIN series s ON "
                                 "s.id = i.series_id WHERE s.series_key = ? ORDER BY i.file_path"),
                  {seriesKey})) {
        while (q.next())
            paths.append(q.value(0).toString());
    }
    return paths;
}

CacheStamp SeriesStore::stampOf(const QVariant &size, const QVariant &crc32) {
    if (size.isNull() || crc32.isNull())
        return {};
    return {size.toLongLong(), static_cast<quint32>(crc32.toLongLong())};
}

std::vector<SeriesTarget> SeriesStore::seriesByInstanceUid(const QString &uid) const {
    std::vector<SeriesTarget> targets;
    QSqlQuery q(m_db.connection());
    if (sql::exec(q,
                  QStringLiteral("SELECT s.series_key, coalesce(c.id, 0), s.cache_path, "
                                 "s.cache_size, s.cache_crc32 FROM series s LEFT JOIN cases c ON "
                                 "c.series_id = s.id WHERE s.series_instance_uid = ? ORDER BY "
                                 "s.series_key"),
                  {uid})) {
        while (q.next())
            targets.push_back({q.value(0).toString(), q.value(1).toLongLong(),
                               q.value(2).toString(), stampOf(q.value(3), q.value(4))});
    }
    return targets;
}

SeriesStore::WriteResult SeriesStore::write(const SeriesGroup &group,
                                            const AssembledVolume &assembled,
                                            const std::vector<DicomFileInfo> &files,
                                            const QString &cacheRelativePath,
                                            const CacheStamp &cacheStamp) const {
    WriteResult result;
    if (files.empty()) {
        result.error = QCoreApplication::translate("brainmd", "no usable files");
        return result;
    }
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        result.error = transaction.error();
        return result;
    }
    result.updated = seriesExists(group.seriesKey);
    QString &error = result.error;
    const qint64 patientId = upsertPatient(db, files.front(), &error);
    const qint64 studyId = patientId ? upsertStudy(db, files.front(), patientId, &error) : 0;
    const qint64 seriesId = studyId ? upsertSeries(db, group, assembled, files, studyId,
                                                   cacheRelativePath, cacheStamp, &error)
                                    : 0;
    if (seriesId == 0)
        return result;
    if (error = replaceInstances(db, seriesId, files); !error.isEmpty())
        return result;
    if (assembled.volume.nz() > 1) {
        result.caseCreated = ensureCase(db, seriesId, group.seriesKey, &error);
        if (error.isEmpty())
            error = assignCaseKeys(db, studyId);
    }
    if (error.isEmpty() && !transaction.commit())
        error = transaction.error();
    return result;
}

QString SeriesStore::orientationLabel(const Geometry &geometry) {
    static const char positive[] = {'L', 'P', 'S'};
    static const char negative[] = {'R', 'A', 'I'};
    QString label;
    for (int c = 0; c < 3; ++c) {
        const Eigen::Vector3d axis = geometry.direction.col(c);
        int best = 0;
        for (int r = 1; r < 3; ++r) {
            if (std::abs(axis[r]) > std::abs(axis[best]))
                best = r;
        }
        label += QLatin1Char(axis[best] >= 0 ? positive[best] : negative[best]);
    }
    return label;
}

QString SeriesStore::normalizedPath(const QString &path) {
    return normalizedFilePath(path);
}

} // namespace brainmd
