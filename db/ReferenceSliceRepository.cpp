#include "db/ReferenceSliceRepository.h"

#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/Transaction.h"

#include <QSqlQuery>

namespace brainmd {

namespace {

const QString kSelectSources =
    QStringLiteral("SELECT s.id, s.name, s.basis, s.path, s.imported_at, "
                   "(SELECT count(*) FROM reference_slices r WHERE r.source_id = s.id) "
                   "FROM reference_slice_sources s ");

std::vector<ReferenceSliceSource> readSources(QSqlQuery &q) {
    std::vector<ReferenceSliceSource> sources;
    while (q.next()) {
        sources.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString(), q.value(5).toInt()});
    }
    return sources;
}

} // namespace

ReferenceSliceRepository::ReferenceSliceRepository(const Database &db)
    : m_db(db) {}

std::vector<ReferenceSliceSource> ReferenceSliceRepository::sources() const {
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, kSelectSources + QStringLiteral("ORDER BY s.name")))
        return {};
    return readSources(q);
}

std::optional<ReferenceSliceSource>
ReferenceSliceRepository::sourceByName(const QString &name) const {
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, kSelectSources + QStringLiteral("WHERE s.name = ?"), {name}))
        return std::nullopt;
    std::vector<ReferenceSliceSource> found = readSources(q);
    return found.empty() ? std::nullopt : std::optional<ReferenceSliceSource>(found.front());
}

std::vector<StoredReferenceSlice> ReferenceSliceRepository::slicesForCase(qint64 caseId) const {
    QSqlQuery q(m_db.connection());
    std::vector<StoredReferenceSlice> slices;
    if (!sql::exec(q,
                   QStringLiteral("SELECT r.source_id, s.name, r.case_id, r.view, r.slice_index, "
                                  "r.position_mm FROM reference_slices r JOIN "
                                  "reference_slice_sources s ON s.id = r.source_id "
                                  "WHERE r.case_id = ? ORDER BY s.name, r.view"),
                   {caseId}))
        return slices;
    while (q.next()) {
        StoredReferenceSlice slice{q.value(0).toLongLong(), q.value(1).toString(),
                                   q.value(2).toLongLong(), View::Axial,
                                   q.value(4).toInt(),      q.value(5).toDouble()};
        viewFromName(q.value(3).toString(), &slice.view);
        slices.push_back(slice);
    }
    return slices;
}

namespace {

/// Creates or updates the source `name`; its id, or 0 with `error` set.
qint64 upsertSource(const QSqlDatabase &db, const QString &name, const QString &basis,
                    const QString &path, QString *error) {
    QSqlQuery upsert(db);
    if (!sql::exec(upsert,
                   QStringLiteral("INSERT INTO reference_slice_sources (name, basis, path, "
                                  "imported_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE "
                                  "SET basis = excluded.basis, path = excluded.path, "
                                  "imported_at = excluded.imported_at RETURNING id"),
                   {name, basis, path, sql::nowUtc()}) ||
        !upsert.next()) {
        *error = sql::errorText(upsert);
        return 0;
    }
    return upsert.value(0).toLongLong();
}

QString insertSlices(const QSqlDatabase &db, qint64 sourceId,
                     const std::vector<ReferenceSliceLink> &links) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO reference_slices (source_id, case_id, view, slice_index, position_mm, "
        "source_row) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, case_id, view) DO "
        "UPDATE SET slice_index = excluded.slice_index, position_mm = excluded.position_mm, "
        "source_row = excluded.source_row"));
    for (const ReferenceSliceLink &link : links) {
        const ReferenceSliceRow &r = link.row;
        if (!sql::execBound(q, {sourceId, link.caseId, QString::fromLatin1(viewName(r.view)),
                                r.sliceIndex, r.positionMm, r.sourceRow}))
            return sql::errorText(q);
    }
    return {};
}

} // namespace

QString
ReferenceSliceRepository::replaceSource(const ReferenceSliceFile &file, const QString &path,
                                        const std::vector<ReferenceSliceLink> &links) const {
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QString error;
    const qint64 sourceId = upsertSource(db, file.name, file.basis, path, &error);
    if (sourceId == 0)
        return error;
    if (error = sql::run(db, QStringLiteral("DELETE FROM reference_slices WHERE source_id = ?"),
                         {sourceId});
        !error.isEmpty())
        return error;
    if (error = insertSlices(db, sourceId, links); !error.isEmpty())
        return error;
    return transaction.commit() ? QString() : transaction.error();
}

QString ReferenceSliceRepository::replaceCaseSlicesInTransaction(
    const QSqlDatabase &db, const QString &name, const QString &basis, qint64 caseId,
    const std::vector<ReferenceSliceRow> &rows) {
    QString error;
    const qint64 sourceId = upsertSource(db, name, basis, QString(), &error);
    if (sourceId == 0)
        return error;
    if (error = sql::run(db,
                         QStringLiteral("DELETE FROM reference_slices WHERE source_id = ? AND "
                                        "case_id = ?"),
                         {sourceId, caseId});
        !error.isEmpty())
        return error;
    std::vector<ReferenceSliceLink> links;
    for (const ReferenceSliceRow &row : rows)
        links.push_back({caseId, row});
    return insertSlices(db, sourceId, links);
}

} // namespace brainmd
