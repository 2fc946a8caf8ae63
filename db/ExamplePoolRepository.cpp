#include "db/ExamplePoolRepository.h"

#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace brainmd {

ExamplePoolRepository::ExamplePoolRepository(const Database &db)
    : m_db(db) {}

QString ExamplePoolRepository::insert(ExamplePool *pool) const {
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    pool->createdAt = sql::nowUtc();
    QSqlQuery q(db);
    if (!sql::exec(
            q,
            QStringLiteral("INSERT INTO example_pools (method, count, parameters, "
                           "created_at) VALUES (?, ?, ?, ?)"),
            {pool->method, pool->count,
             QString::fromUtf8(QJsonDocument(pool->parameters).toJson(QJsonDocument::Compact)),
             pool->createdAt}))
        return sql::errorText(q);
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(
        QStringLiteral("INSERT INTO example_pool_cases (pool_id, rank, case_id) VALUES (?, ?, ?)"));
    for (std::size_t rank = 0; rank < pool->caseIds.size(); ++rank) {
        if (!sql::execBound(q, {id, static_cast<int>(rank), pool->caseIds[rank]}))
            return sql::errorText(q);
    }
    if (!transaction.commit())
        return transaction.error();
    pool->id = id;
    return {};
}

std::optional<ExamplePool> ExamplePoolRepository::byId(qint64 id) const {
    auto found = query(QStringLiteral("WHERE id = ?"), {id});
    return found.empty() ? std::nullopt : std::optional<ExamplePool>(std::move(found.front()));
}

std::vector<ExamplePool> ExamplePoolRepository::list() const {
    return query({}, {});
}

std::vector<ExamplePool> ExamplePoolRepository::query(const QString &where,
                                                      const QVariantList &values) const {
    std::vector<ExamplePool> pools;
    {
        QSqlQuery q(m_db.connection());
        if (!sql::exec(q,
                       QStringLiteral("SELECT id, method, count, parameters, created_at FROM "
                                      "example_pools %1 ORDER BY created_at DESC, id DESC")
                           .arg(where),
                       values))
            return pools;
        while (q.next()) {
            ExamplePool pool;
            pool.id = q.value(0).toLongLong();
            pool.method = q.value(1).toString();
            pool.count = q.value(2).toInt();
            pool.parameters = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            pool.createdAt = q.value(4).toString();
            pools.push_back(std::move(pool));
        }
    }
    for (ExamplePool &pool : pools) {
        QSqlQuery q(m_db.connection());
        if (!sql::exec(q,
                       QStringLiteral("SELECT p.case_id, c.case_key FROM example_pool_cases p JOIN "
                                      "cases c ON c.id = p.case_id WHERE p.pool_id = ? ORDER BY "
                                      "p.rank"),
                       {pool.id}))
            continue;
        while (q.next()) {
            pool.caseIds.push_back(q.value(0).toLongLong());
            pool.caseKeys.append(q.value(1).toString());
        }
    }
    return pools;
}

} // namespace brainmd
