#pragma once

#include "ports/SelectionStore.h"

#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace brainmd {

class Database;

/// Reads and writes slice selections (tables selections, selection_views).
class SelectionRepository final : public SelectionStore {
public:
    explicit SelectionRepository(const Database &db);

    /// Stores `selection` and its three views in one transaction as the next revision of
    /// its identity (1 when new); sets id, revision, createdAt and softwareVersion (when
    /// empty). Returns "" or the error (nothing is stored then).
    QString insert(StoredSelection *selection) const override;

    /// The highest revision stored for the identity, if any.
    std::optional<StoredSelection> latest(qint64 caseId, const QString &method,
                                          const QString &parameterHash) const override;
    std::optional<StoredSelection> byId(qint64 id) const override;
    /// The highest revision of every identity of a case, newest first.
    std::vector<StoredSelection> forCase(qint64 caseId) const;
    /// Per case, the most recent selection made with `method` (and `parameterHash` when
    /// given), sorted by case key.
    std::vector<StoredSelection> latestPerCase(const QString &method,
                                               const QString &parameterHash = {}) const override;
    int count() const;

private:
    std::vector<StoredSelection> query(const QString &where, const QVariantList &values,
                                       const QString &tail) const;
    bool readViews(StoredSelection *selection) const;

    const Database &m_db;
};

} // namespace brainmd
