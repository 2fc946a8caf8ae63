#include "db/CaseMatcher.h"

#include "db/Database.h"
#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace brainmd {

CaseMatcher::CaseMatcher(const Database &db) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!sql::exec(q, QStringLiteral("SELECT c.id, c.case_key, st.accession_number, p.patient_id "
                                     "FROM cases c JOIN series s ON s.id = c.series_id "
                                     "JOIN studies st ON st.id = s.study_id "
                                     "JOIN patients p ON p.id = st.patient_id")))
        return;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_byCaseKey.insert(q.value(1).toString(), id);
        if (!q.value(2).toString().isEmpty())
            m_byAccession.insert(q.value(2).toString(), id);
        if (!q.value(3).toString().isEmpty())
            m_byPatientId.insert(q.value(3).toString(), id);
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
