#pragma once

#include "reading/AnnotationTypes.h"

#include <vector>

namespace brainmd {

class Database;

/// The adjudicated consensus of a case (table consensus, append-only; latest row per
/// item wins, a null value clears). Items: "view:axial", "view:coronal", "view:sagittal"
/// (value = slice index) and question ids (value = answer).
class ConsensusRepository {
public:
    explicit ConsensusRepository(const Database &db);

    static QString viewItem(View view);

    /// Returns the row id, 0 on error. An empty `value` clears the item.
    qint64 set(qint64 caseId, qint64 adjudicatorId, const QString &item,
               const QString &value) const;
    /// Current (non-cleared) items of a case, sorted by item.
    std::vector<ConsensusItem> forCase(qint64 caseId) const;

private:
    const Database &m_db;
};

} // namespace brainmd
