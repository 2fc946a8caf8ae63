#include "db/CaseRepository.h"

#include "db/Database.h"
#include "db/SegmentationRepository.h"
#include "db/SeriesStore.h"
#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace brainmd {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.case_key, st.accession_number, p.patient_key, st.study_instance_uid, "
    "st.study_date, st.description, s.series_key, s.series_instance_uid, s.description, "
    "s.modality, s.series_number, s.dim_x, s.dim_y, s.dim_z, s.spacing_x, s.spacing_y, "
    "s.spacing_z, s.orientation, s.warnings, c.status, c.created_at, "
    "(SELECT count(*) FROM documents d WHERE d.case_id = c.id AND d.kind = 'report'), "
    "(SELECT count(*) FROM documents d WHERE d.case_id = c.id), "
    "(SELECT count(*) FROM labels l WHERE l.case_id = c.id), "
    "(SELECT count(*) FROM reference_slices r WHERE r.case_id = c.id) "
    "FROM cases c JOIN series s ON s.id = c.series_id JOIN studies st ON st.id = s.study_id "
    "JOIN patients p ON p.id = st.patient_id ");

QStringList parseWarnings(const QString &json) {
    QStringList warnings;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        warnings.append(value.toString());
    return warnings;
}

CaseSummary readSummary(const QSqlQuery &q) {
    CaseSummary c;
    c.id = q.value(0).toLongLong();
    c.caseKey = q.value(1).toString();
    c.accession = q.value(2).toString();
    c.patientKey = q.value(3).toString();
    c.studyInstanceUid = q.value(4).toString();
    c.studyDate = q.value(5).toString();
    c.studyDescription = q.value(6).toString();
    c.seriesKey = q.value(7).toString();
    c.seriesInstanceUid = q.value(8).toString();
    c.seriesDescription = q.value(9).toString();
    c.modality = q.value(10).toString();
    c.seriesNumber = q.value(11).toInt();
    for (int a = 0; a < 3; ++a) {
        c.dims[a] = q.value(12 + a).toInt();
        c.spacing[a] = q.value(15 + a).toDouble();
    }
    c.orientation = q.value(18).toString();
    c.warnings = parseWarnings(q.value(19).toString());
    c.status = q.value(20).toString();
    c.createdAt = q.value(21).toString();
    c.hasReport = q.value(22).toInt() > 0;
    c.documentCount = q.value(23).toInt();
    c.labelCount = q.value(24).toInt();
    c.referenceCount = q.value(25).toInt();
    return c;
}

QString likePattern(const QString &text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

CaseRepository::CaseRepository(const Database &db)
    : m_db(db) {}

std::vector<CaseSummary> CaseRepository::query(const QString &where, const QVariantList &values,
                                               const QString &tail) const {
    std::vector<CaseSummary> cases;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!sql::exec(q, kSelect + where + QStringLiteral(" ORDER BY c.case_key") + tail, values)) {
        qWarning("brainmd: listing cases failed: %s", qPrintable(sql::errorText(q)));
        return cases;
    }
    while (q.next())
        cases.push_back(readSummary(q));
    return cases;
}

std::vector<CaseSummary> CaseRepository::list(const CaseFilter &filter) const {
    QStringList conditions;
    QVariantList values;
    if (!filter.text.trimmed().isEmpty()) {
        conditions.append(QStringLiteral(
            "(c.case_key LIKE ? ESCAPE '\\' OR st.accession_number LIKE ? ESCAPE '\\' OR "
            "s.description LIKE ? ESCAPE '\\' OR st.description LIKE ? ESCAPE '\\')"));
        const QString pattern = likePattern(filter.text.trimmed());
        values << pattern << pattern << pattern << pattern;
    }
    if (!filter.status.isEmpty()) {
        conditions.append(QStringLiteral("c.status = ?"));
        values << filter.status;
    }
    const QString where = conditions.isEmpty()
                              ? QString()
                              : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    QString tail;
    if (filter.limit > 0)
        tail = QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(qMax(0, filter.offset));
    return query(where, values, tail);
}

int CaseRepository::count() const {
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM cases")).toInt();
}

std::optional<CaseSummary> CaseRepository::caseById(qint64 id) const {
    std::vector<CaseSummary> found = query(QStringLiteral("WHERE c.id = ?"), {id});
    return found.empty() ? std::nullopt : std::optional<CaseSummary>(found.front());
}

std::optional<CaseSummary> CaseRepository::caseByKey(const QString &caseKey) const {
    std::vector<CaseSummary> found = query(QStringLiteral("WHERE c.case_key = ?"), {caseKey});
    return found.empty() ? std::nullopt : std::optional<CaseSummary>(found.front());
}

QStringList CaseRepository::statuses() {
    return {QStringLiteral("new"),  QStringLiteral("in_progress"),
            QStringLiteral("read"), QStringLiteral("adjudicated"),
            QStringLiteral("done"), QStringLiteral("excluded")};
}

QString CaseRepository::setStatus(qint64 caseId, const QString &status) const {
    if (!statuses().contains(status))
        return QCoreApplication::translate("brainmd", "Unknown case status \"%1\".").arg(status);
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE cases SET status = ? WHERE id = ?"), {status, caseId}))
        return sql::errorText(q);
    if (q.numRowsAffected() != 1)
        return QCoreApplication::translate("brainmd", "No case with id %1.").arg(caseId);
    return {};
}

CachedVolume CaseRepository::volumeFor(qint64 caseId) const {
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT s.cache_path, s.description, s.modality, "
                                  "s.window_center, s.window_width, s.cache_size, s.cache_crc32 "
                                  "FROM cases c "
                                  "JOIN series s ON s.id = c.series_id WHERE c.id = ?"),
                   {caseId}) ||
        !q.next()) {
        return {Volume(),
                QCoreApplication::translate("brainmd", "No case with id %1.").arg(caseId)};
    }
    CachedVolume result =
        VolumeCache(m_db.cacheDir())
            .loadRelative(q.value(0).toString(), SeriesStore::stampOf(q.value(5), q.value(6)));
    if (result.ok()) {
        result.volume.description = q.value(1).toString();
        if (!q.value(4).isNull() && q.value(4).toDouble() > 0)
            result.volume.headerWindow = WindowLevel{q.value(3).toDouble(), q.value(4).toDouble()};
    }
    return result;
}

std::optional<CaseLabelMap> CaseRepository::labelMapFor(qint64 caseId) const {
    const std::vector<StoredSegmentation> stored = SegmentationRepository(m_db).forCase(caseId);
    if (stored.empty())
        return std::nullopt;
    const StoredSegmentation &newest = stored.front();
    return CaseLabelMap{
        newest.sopInstanceUid, newest.segmentsJson,
        VolumeCache(m_db.cacheDir()).loadRelative(newest.cachePath, newest.cacheStamp)};
}

std::vector<CaseIdentity> CaseRepository::identities() const {
    std::vector<CaseIdentity> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!sql::exec(q, QStringLiteral("SELECT c.id, c.case_key, st.accession_number, p.patient_id "
                                     "FROM cases c JOIN series s ON s.id = c.series_id "
                                     "JOIN studies st ON st.id = s.study_id "
                                     "JOIN patients p ON p.id = st.patient_id")))
        return out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString()});
    return out;
}

} // namespace brainmd
