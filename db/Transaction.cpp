#include "db/Transaction.h"

#include "db/SqlUtil.h"

namespace brainmd {

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db) {
    m_error = sql::run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = m_error.isEmpty();
}

Transaction::~Transaction() {
    rollback();
}

bool Transaction::commit() {
    if (!m_active)
        return false;
    m_error = sql::run(m_db, QStringLiteral("COMMIT"));
    if (!m_error.isEmpty()) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback() {
    if (!m_active)
        return;
    sql::run(m_db, QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace brainmd
