#include "db/DocumentRepository.h"

#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/Transaction.h"

#include <QSqlQuery>

namespace brainmd {

namespace {

std::vector<StoredDocument> readDocuments(QSqlQuery &q) {
    std::vector<StoredDocument> documents;
    while (q.next()) {
        documents.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(),
                             q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                             q.value(5).toInt(), q.value(6).toString()});
    }
    return documents;
}

const QString kSelect = QStringLiteral(
    "SELECT id, case_id, kind, text, source_path, source_row, imported_at FROM documents ");

} // namespace

DocumentRepository::DocumentRepository(const Database &db)
    : m_db(db) {}

std::vector<StoredDocument> DocumentRepository::documentsForCase(qint64 caseId) const {
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   kSelect + QStringLiteral("WHERE case_id = ? ORDER BY kind <> 'report', kind, "
                                            "imported_at, id"),
                   {caseId}))
        return {};
    return readDocuments(q);
}

std::optional<StoredDocument> DocumentRepository::reportForCase(qint64 caseId) const {
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   kSelect + QStringLiteral("WHERE case_id = ? AND kind = 'report' "
                                            "ORDER BY imported_at DESC, id DESC LIMIT 1"),
                   {caseId}))
        return std::nullopt;
    std::vector<StoredDocument> found = readDocuments(q);
    return found.empty() ? std::nullopt : std::optional<StoredDocument>(found.front());
}

int DocumentRepository::count() const {
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM documents")).toInt();
}

QString DocumentRepository::replaceSource(const QString &sourcePath,
                                          const std::vector<DocumentLink> &links) const {
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (QString error = sql::run(db, QStringLiteral("DELETE FROM documents WHERE source_path = ?"),
                                 {sourcePath});
        !error.isEmpty())
        return error;
    const QString now = sql::nowUtc();
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO documents (case_id, kind, text, source_path, source_row, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, kind, source_path) DO UPDATE SET "
            "text = excluded.text, source_row = excluded.source_row"));
        for (const DocumentLink &link : links) {
            const CaseDocument &d = link.document;
            if (!sql::execBound(q, {link.caseId, d.kind, d.text, sourcePath, d.sourceRow, now}))
                return sql::errorText(q);
        }
    }
    return transaction.commit() ? QString() : transaction.error();
}

} // namespace brainmd
