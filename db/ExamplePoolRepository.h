#pragma once

#include "ports/ExamplePoolStore.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace brainmd {

class Database;

/// Reads and writes example pools (tables example_pools, example_pool_cases).
class ExamplePoolRepository final : public ExamplePoolStore {
public:
    explicit ExamplePoolRepository(const Database &db);

    /// Stores the pool and its cases in one transaction; sets id and createdAt. Returns ""
    /// or the error (nothing stored then).
    QString insert(ExamplePool *pool) const override;
    std::optional<ExamplePool> byId(qint64 id) const override;
    /// All pools, newest first.
    std::vector<ExamplePool> list() const;

private:
    std::vector<ExamplePool> query(const QString &where, const QVariantList &values) const;

    const Database &m_db;
};

} // namespace brainmd
