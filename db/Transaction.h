#pragma once

#include <QSqlDatabase>
#include <QString>

namespace brainmd {

/// An explicit write transaction on one connection. It starts with BEGIN IMMEDIATE so
/// that the write lock is taken up front (and waited for under the busy timeout) rather
/// than failing half-way when a read transaction cannot be upgraded. Rolled back on
/// destruction unless commit() succeeded. Not nestable.
class Transaction {
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when BEGIN failed; error() says why.
    bool isActive() const { return m_active; }
    /// Commits; false (and the transaction rolled back) when COMMIT failed.
    bool commit();
    void rollback();
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace brainmd
