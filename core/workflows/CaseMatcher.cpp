#include "workflows/CaseMatcher.h"

#include <QCoreApplication>

#include <algorithm>

namespace brainmd {

CaseMatcher::CaseMatcher(const std::vector<CaseIdentity> &cases) {
    for (const CaseIdentity &c : cases) {
        m_byCaseKey.insert(c.caseKey, c.id);
        if (!c.accession.isEmpty())
            m_byAccession.insert(c.accession, c.id);
        if (!c.patientId.isEmpty())
            m_byPatientId.insert(c.patientId, c.id);
    }
}

CaseMatcher::Match CaseMatcher::match(const QString &accessionNumber,
                                      const QString &patientId) const {
    Match result;
    const QString accession = accessionNumber.trimmed();
    const QString patient = patientId.trimmed();
    if (!accession.isEmpty()) {
        if (const auto it = m_byCaseKey.constFind(accession); it != m_byCaseKey.cend()) {
            result.caseIds = {it.value()};
        } else {
            const QList<qint64> ids = m_byAccession.values(accession);
            result.caseIds.assign(ids.cbegin(), ids.cend());
        }
        if (result.caseIds.empty())
            result.reason =
                QCoreApplication::translate("brainmd", "no case with accession number %1")
                    .arg(accession);
    } else if (!patient.isEmpty()) {
        const QList<qint64> ids = m_byPatientId.values(patient);
        result.caseIds.assign(ids.cbegin(), ids.cend());
        if (result.caseIds.empty())
            result.reason =
                QCoreApplication::translate("brainmd", "no case for the patient id given");
    } else {
        result.reason = QCoreApplication::translate(
            "brainmd", "the row has neither an accession number nor a patient id");
    }
    std::sort(result.caseIds.begin(), result.caseIds.end());
    return result;
}

} // namespace brainmd
