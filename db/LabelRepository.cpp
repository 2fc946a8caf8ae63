#include "db/LabelRepository.h"

#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/Transaction.h"

#include <QSqlQuery>

namespace brainmd {

namespace {

std::vector<LabelSource> readSources(QSqlQuery &q) {
    std::vector<LabelSource> sources;
    while (q.next()) {
        sources.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                           q.value(6).toInt()});
    }
    return sources;
}

const QString kSelectSources = QStringLiteral(
    "SELECT s.id, s.name, s.kind, s.path, s.task_pack, s.imported_at, "
    "(SELECT count(*) FROM labels l WHERE l.source_id = s.id) FROM label_sources s ");

} // namespace

LabelRepository::LabelRepository(const Database &db)
    : m_db(db) {}

std::vector<LabelSource> LabelRepository::sources() const {
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, kSelectSources + QStringLiteral("ORDER BY s.name")))
        return {};
    return readSources(q);
}

std::optional<LabelSource> LabelRepository::sourceByName(const QString &name) const {
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, kSelectSources + QStringLiteral("WHERE s.name = ?"), {name}))
        return std::nullopt;
    std::vector<LabelSource> found = readSources(q);
    return found.empty() ? std::nullopt : std::optional<LabelSource>(found.front());
}

std::vector<StoredLabel> LabelRepository::labels(const QString &where, qint64 id) const {
    QSqlQuery q(m_db.connection());
    std::vector<StoredLabel> labels;
    if (!sql::exec(q,
                   QStringLiteral("SELECT l.source_id, s.name, l.case_id, l.question_id, l.answer "
                                  "FROM labels l JOIN label_sources s ON s.id = l.source_id ") +
                       where + QStringLiteral(" ORDER BY s.name, l.case_id, l.question_id"),
                   {id}))
        return labels;
    while (q.next()) {
        labels.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                          q.value(3).toString(), q.value(4).toString()});
    }
    return labels;
}

std::vector<StoredLabel> LabelRepository::labelsForCase(qint64 caseId) const {
    return labels(QStringLiteral("WHERE l.case_id = ?"), caseId);
}

std::vector<StoredLabel> LabelRepository::labelsForSource(qint64 sourceId) const {
    return labels(QStringLiteral("WHERE l.source_id = ?"), sourceId);
}

QString LabelRepository::replaceSource(const LabelFile &file, const QString &path,
                                       const std::vector<LabelLink> &links) const {
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QString kind = file.kind.isEmpty() ? QStringLiteral("file") : file.kind;
    QSqlQuery upsert(db);
    if (!sql::exec(
            upsert,
            QStringLiteral("INSERT INTO label_sources (name, kind, path, task_pack, imported_at) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET kind = "
                           "excluded.kind, path = excluded.path, task_pack = excluded.task_pack, "
                           "imported_at = excluded.imported_at RETURNING id"),
            {file.name, kind, path, file.taskPack, sql::nowUtc()}) ||
        !upsert.next())
        return sql::errorText(upsert);
    const qint64 sourceId = upsert.value(0).toLongLong();
    upsert.finish();
    if (QString error =
            sql::run(db, QStringLiteral("DELETE FROM labels WHERE source_id = ?"), {sourceId});
        !error.isEmpty())
        return error;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO labels (source_id, case_id, question_id, answer, source_row) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (source_id, case_id, question_id) DO UPDATE SET "
            "answer = excluded.answer, source_row = excluded.source_row"));
        for (const LabelLink &link : links) {
            if (!sql::execBound(q, {sourceId, link.caseId, link.row.questionId, link.row.answer,
                                    link.row.sourceRow}))
                return sql::errorText(q);
        }
    }
    return transaction.commit() ? QString() : transaction.error();
}

} // namespace brainmd
