#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace brainmd {

class Database;

/// A pool of cases to annotate for few-shot prompting, chosen by "votek" or "random".
/// `caseIds` are in the order the method picked them; few-shot examples are retrieved
/// only from a pool.
struct ExamplePool {
    qint64 id = 0;
    QString method; ///< "votek" or "random"
    int count = 0;  ///< cases asked for (caseIds may hold fewer when the database has fewer)
    QJsonObject parameters;
    QString createdAt; ///< ISO 8601 UTC
    std::vector<qint64> caseIds;
    QStringList caseKeys; ///< filled when reading
};

/// Reads and writes example pools (tables example_pools, example_pool_cases).
class ExamplePoolRepository {
public:
    explicit ExamplePoolRepository(const Database &db);

    /// Stores the pool and its cases in one transaction; sets id and createdAt. Returns ""
    /// or the error (nothing stored then).
    QString insert(ExamplePool *pool) const;
    std::optional<ExamplePool> byId(qint64 id) const;
    /// All pools, newest first.
    std::vector<ExamplePool> list() const;

private:
    std::vector<ExamplePool> query(const QString &where, const QVariantList &values) const;

    const Database &m_db;
};

} // namespace brainmd
