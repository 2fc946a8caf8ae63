#include "db/CaseEventRepository.h"

#include "db/Database.h"
#include "db/SqlUtil.h"

#include <QSqlQuery>

namespace brainmd {

QString caseEventKindName(CaseEventKind kind) {
    switch (kind) {
    case CaseEventKind::Opened:
        return QStringLiteral("opened");
    case CaseEventKind::Committed:
        return QStringLiteral("committed");
    case CaseEventKind::Skipped:
        return QStringLiteral("skipped");
    case CaseEventKind::Postponed:
        return QStringLiteral("postponed");
    case CaseEventKind::Time:
        return QStringLiteral("time");
    case CaseEventKind::Confidence:
        return QStringLiteral("confidence");
    case CaseEventKind::Comment:
        return QStringLiteral("comment");
    case CaseEventKind::PoorQuality:
        break;
    }
    return QStringLiteral("poor_quality");
}

CaseEventRepository::CaseEventRepository(const Database &db)
    : m_db(db) {}

qint64 CaseEventRepository::add(const Authorship &who, qint64 caseId, CaseEventKind kind,
                                const QString &value, double seconds) const {
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO case_events (reader_id, session_id, case_id, kind, "
                                  "value, seconds, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                  "RETURNING id"),
                   {who.readerId, sql::nullable(who.sessionId > 0, who.sessionId), caseId,
                    caseEventKindName(kind), value.isNull() ? QString(QLatin1String("")) : value,
                    seconds, sql::nowUtc()}) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

CaseReadState CaseEventRepository::state(qint64 readerId, qint64 caseId, int pass) const {
    CaseReadState st;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT e.kind, e.value, e.seconds FROM case_events e "
                                  "LEFT JOIN sessions s ON s.id = e.session_id "
                                  "WHERE e.reader_id = ? AND e.case_id = ? "
                                  "AND COALESCE(s.pass, 1) = ? ORDER BY e.id"),
                   {readerId, caseId, pass}))
        return st;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (kind == QLatin1String("committed"))
            st.committed = value != QLatin1String("0");
        else if (kind == QLatin1String("skipped"))
            st.skipped = value != QLatin1String("0");
        else if (kind == QLatin1String("postponed"))
            st.postponed = value != QLatin1String("0");
        else if (kind == QLatin1String("poor_quality"))
            st.poorQuality = value == QLatin1String("1");
        else if (kind == QLatin1String("confidence"))
            st.confidence = value.isEmpty() ? std::nullopt : std::optional<int>(value.toInt());
        else if (kind == QLatin1String("comment"))
            st.comment = value;
        else if (kind == QLatin1String("time"))
            st.secondsSpent += q.value(2).toDouble();
    }
    return st;
}

bool CaseEventRepository::hasCommitted(qint64 readerId, qint64 caseId) const {
    return sql::scalar(
               m_db.connection(),
               QStringLiteral("SELECT value FROM case_events WHERE reader_id = ? AND "
                              "case_id = ? AND kind = 'committed' ORDER BY id DESC LIMIT 1"),
               {readerId, caseId})
               .toString() == QLatin1String("1");
}

std::vector<qint64> CaseEventRepository::committedCases(qint64 readerId, int pass) const {
    QSqlQuery q(m_db.connection());
    std::vector<qint64> ids;
    if (!sql::exec(q,
                   QStringLiteral("SELECT case_id FROM (SELECT e.case_id, e.value, ROW_NUMBER() "
                                  "OVER (PARTITION BY e.case_id ORDER BY e.id DESC) AS rn "
                                  "FROM case_events e LEFT JOIN sessions s ON s.id = e.session_id "
                                  "WHERE e.reader_id = ? AND e.kind = 'committed' AND "
                                  "COALESCE(s.pass, 1) = ?) WHERE rn = 1 AND value = '1' "
                                  "ORDER BY case_id"),
                   {readerId, pass}))
        return ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

CaseProgress CaseEventRepository::progress(qint64 caseId) const {
    CaseProgress p;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(
            q,
            QStringLiteral(
                "SELECT c.status, "
                "EXISTS (SELECT 1 FROM case_events WHERE case_id = c.id) OR "
                "EXISTS (SELECT 1 FROM slice_annotations WHERE case_id = c.id) OR "
                "EXISTS (SELECT 1 FROM answers WHERE case_id = c.id), "
                "(SELECT count(*) FROM (SELECT value, ROW_NUMBER() OVER (PARTITION BY reader_id "
                "ORDER BY id DESC) AS rn FROM case_events WHERE case_id = c.id AND "
                "kind = 'committed') WHERE rn = 1 AND value = '1'), "
                "EXISTS (SELECT 1 FROM (SELECT value, ROW_NUMBER() OVER (PARTITION BY item "
                "ORDER BY id DESC) AS rn FROM consensus WHERE case_id = c.id) WHERE rn = 1 AND "
                "value IS NOT NULL) FROM cases c WHERE c.id = ?"),
            {caseId}) ||
        !q.next())
        return p;
    p.excluded = q.value(0).toString() == QLatin1String("excluded");
    p.anyActivity = q.value(1).toBool();
    p.committedReaders = q.value(2).toInt();
    p.adjudicated = q.value(3).toBool();
    return p;
}

QString CaseEventRepository::refreshStatus(qint64 caseId) const {
    return sql::run(m_db.connection(), QStringLiteral("UPDATE cases SET status = ? WHERE id = ?"),
                    {caseStatus(progress(caseId)), caseId});
}

} // namespace brainmd
