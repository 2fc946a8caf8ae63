#include "db/ConsensusRepository.h"

#include "db/Database.h"
#include "db/SqlUtil.h"

#include <QSqlQuery>

namespace brainmd {

ConsensusRepository::ConsensusRepository(const Database &db)
    : m_db(db) {}

QString ConsensusRepository::viewItem(View view) {
    return QStringLiteral("view:") + QString::fromLatin1(viewName(view));
}

qint64 ConsensusRepository::set(qint64 caseId, qint64 adjudicatorId, const QString &item,
                                const QString &value) const {
    QSqlQuery q(m_db.connection());
    if (!sql::exec(
            q,
            QStringLiteral("INSERT INTO consensus (case_id, adjudicator_id, item, value, "
                           "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {caseId, adjudicatorId, item, sql::nullable(!value.isEmpty(), value), sql::nowUtc()}) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::vector<ConsensusItem> ConsensusRepository::forCase(qint64 caseId) const {
    QSqlQuery q(m_db.connection());
    std::vector<ConsensusItem> items;
    if (!sql::exec(
            q,
            QStringLiteral("SELECT case_id, item, value, adjudicator_id, created_at FROM "
                           "(SELECT *, ROW_NUMBER() OVER (PARTITION BY item ORDER BY id DESC) "
                           "AS rn FROM consensus WHERE case_id = ?) WHERE rn = 1 AND value "
                           "IS NOT NULL ORDER BY item"),
            {caseId}))
        return items;
    while (q.next()) {
        items.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toLongLong(), q.value(4).toString()});
    }
    return items;
}

} // namespace brainmd
