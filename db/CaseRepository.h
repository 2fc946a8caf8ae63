#pragma once

#include "ports/CaseCatalog.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace brainmd {

class Database;

/// Reads cases and their volumes.
class CaseRepository final : public CaseCatalog {
public:
    explicit CaseRepository(const Database &db);

    /// Cases sorted by case key.
    std::vector<CaseSummary> list(const CaseFilter &filter = {}) const override;
    int count() const;
    std::optional<CaseSummary> caseById(qint64 id) const override;
    std::optional<CaseSummary> caseByKey(const QString &caseKey) const;

    /// Sets the work status; returns "" or the error (unknown status or case).
    QString setStatus(qint64 caseId, const QString &status) const;
    /// "new", "in_progress", "done", "excluded".
    static QStringList statuses();

    /// The case's volume as imported (DICOM voxel order, true geometry; callers reorient),
    /// with description and header window restored.
    CachedVolume volumeFor(qint64 caseId) const override;
    std::optional<CaseLabelMap> labelMapFor(qint64 caseId) const override;
    std::vector<CaseIdentity> identities() const override;

private:
    std::vector<CaseSummary> query(const QString &where, const QVariantList &values,
                                   const QString &tail = {}) const;

    const Database &m_db;
};

} // namespace brainmd
