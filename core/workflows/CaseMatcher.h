#pragma once

#include "ports/CaseCatalog.h"

#include <QHash>
#include <QString>

#include <vector>

namespace brainmd {

/// Finds the cases a row of a side file (documents, labels, reference slices) belongs to.
/// A row's accession number may name a case key exactly ("A123-s4", to address one series
/// of a study with several); otherwise it matches every case of the studies with that
/// accession number. Rows without an accession number match the cases of the patient id.
/// A row with an accession number that matches nothing is not matched by patient id:
/// a report must never land on another study of the same patient.
class CaseMatcher {
public:
    /// Builds the lookup tables from a snapshot of the cases (CaseCatalog::identities());
    /// build a new matcher after importing series.
    explicit CaseMatcher(const std::vector<CaseIdentity> &cases);

    struct Match {
        std::vector<qint64> caseIds; ///< empty: unmatched
        QString reason;              ///< why unmatched (never contains the patient id)
    };
    Match match(const QString &accessionNumber, const QString &patientId) const;

private:
    QHash<QString, qint64> m_byCaseKey;
    QMultiHash<QString, qint64> m_byAccession;
    QMultiHash<QString, qint64> m_byPatientId;
};

} // namespace brainmd
