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

QString
ReferenceSliceRepository::replaceSource(const ReferenceSliceFile &file, const QString &path,
                                        const std::vector<ReferenceSliceLink> &links) const {
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery upsert(db);
    if (!sql::exec(upsert,
                   QStringLiteral("INSERT INTO reference_slice_sources (name, basis, path, "
                                  "imported_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE "
                                  "SET basis = excluded.basis, path = excluded.path, "
                                  "imported_at = excluded.imported_at RETURNING id"),
                   {file.name, file.basis, path, sql::nowUtc()}) ||
        !upsert.next())
        return sql::errorText(upsert);
    const qint64 sourceId = upsert.value(0).toLongLong();
    upsert.finish();
    if (QString error = sql::run(db,
                                 QStringLiteral("DELETE FROM reference_slices WHERE "
                                                "source_id = ?"),
                                 {sourceId});
        !error.isEmpty())
        return error;
    {
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
    }
    return transaction.commit() ? QString() : transaction.error();
}

} // namespace brainmd
