#include "db/AnnotationRepository.h"

#include "db/Database.h"
#include "db/SqlUtil.h"

#include <QSqlQuery>

namespace brainmd {

namespace {

qint64 insertReturningId(const Database &db, const QString &statement, const QVariantList &values) {
    QSqlQuery q(db.connection());
    if (!sql::exec(q, statement + QStringLiteral(" RETURNING id"), values) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QVariant sessionValue(const Authorship &who) {
    return sql::nullable(who.sessionId > 0, who.sessionId);
}

// Latest live row per (reader, pass, case, key) of an append-only table with retractions.
QString currentRowsSql(const QString &table, const QString &key, const QString &columns,
                       const QString &where) {
    return QStringLiteral("SELECT * FROM (SELECT %3, ROW_NUMBER() OVER (PARTITION BY t.reader_id, "
                          "COALESCE(s.pass, 1), t.case_id, t.%2 ORDER BY t.id DESC) AS rn "
                          "FROM %1 t JOIN readers rd ON rd.id = t.reader_id "
                          "LEFT JOIN sessions s ON s.id = t.session_id "
                          "WHERE t.retracts IS NULL AND NOT EXISTS (SELECT 1 FROM %1 x WHERE "
                          "x.retracts = t.id) "
                          "%4) WHERE rn = 1")
        .arg(table, key, columns, where);
}

} // namespace

AnnotationRepository::AnnotationRepository(const Database &db)
    : m_db(db) {}

qint64 AnnotationRepository::addMark(const Authorship &who, qint64 caseId, View view,
                                     int sliceIndex, double positionMm,
                                     std::optional<int> suggestedIndex) const {
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO slice_annotations (reader_id, session_id, case_id, view, "
                       "slice_index, position_mm, suggested_index, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {who.readerId, sessionValue(who), caseId, QString::fromLatin1(viewName(view)), sliceIndex,
         positionMm, sql::nullable(suggestedIndex.has_value(), suggestedIndex.value_or(0)),
         sql::nowUtc()});
}

qint64 AnnotationRepository::retractMark(const Authorship &who, qint64 markId) const {
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO slice_annotations (reader_id, session_id, case_id, view, "
                       "retracts, created_at) SELECT ?, ?, case_id, view, id, ? "
                       "FROM slice_annotations WHERE id = ?"),
        {who.readerId, sessionValue(who), sql::nowUtc(), markId});
}

qint64 AnnotationRepository::addAnswer(const Authorship &who, qint64 caseId,
                                       const QString &questionId, const QString &value,
                                       const QString &suggestedValue,
                                       std::optional<double> confidence) const {
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO answers (reader_id, session_id, case_id, question_id, value, "
                       "suggested_value, confidence, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {who.readerId, sessionValue(who), caseId, questionId, value,
         sql::nullable(!suggestedValue.isEmpty(), suggestedValue),
         sql::nullable(confidence.has_value(), confidence.value_or(0.0)), sql::nowUtc()});
}

qint64 AnnotationRepository::retractAnswer(const Authorship &who, qint64 answerId) const {
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO answers (reader_id, session_id, case_id, question_id, "
                       "retracts, created_at) SELECT ?, ?, case_id, question_id, id, ? "
                       "FROM answers WHERE id = ?"),
        {who.readerId, sessionValue(who), sql::nowUtc(), answerId});
}

std::vector<SliceMark> AnnotationRepository::marks(const QString &where,
                                                   const QVariantList &values) const {
    const QString columns = QStringLiteral(
        "t.id, t.reader_id, rd.name, COALESCE(t.session_id, 0), COALESCE(s.pass, 1) AS pass, "
        "t.case_id, t.view, t.slice_index, t.position_mm, t.suggested_index, t.created_at");
    QSqlQuery q(m_db.connection());
    std::vector<SliceMark> out;
    if (!sql::exec(q,
                   currentRowsSql(QStringLiteral("slice_annotations"), QStringLiteral("view"),
                                  columns, where) +
                       QStringLiteral(" ORDER BY case_id, name, pass, view"),
                   values))
        return out;
    while (q.next()) {
        SliceMark m;
        m.id = q.value(0).toLongLong();
        m.readerId = q.value(1).toLongLong();
        m.readerName = q.value(2).toString();
        m.sessionId = q.value(3).toLongLong();
        m.pass = q.value(4).toInt();
        m.caseId = q.value(5).toLongLong();
        viewFromName(q.value(6).toString(), &m.view);
        m.sliceIndex = q.value(7).toInt();
        m.positionMm = q.value(8).toDouble();
        if (!q.value(9).isNull())
            m.suggestedIndex = q.value(9).toInt();
        m.createdAt = q.value(10).toString();
        out.push_back(m);
    }
    return out;
}

std::vector<AnswerRecord> AnnotationRepository::answers(const QString &where,
                                                        const QVariantList &values) const {
    const QString columns = QStringLiteral(
        "t.id, t.reader_id, rd.name, COALESCE(t.session_id, 0), COALESCE(s.pass, 1) AS pass, "
        "t.case_id, t.question_id, t.value, t.suggested_value, t.confidence, t.created_at");
    QSqlQuery q(m_db.connection());
    std::vector<AnswerRecord> out;
    if (!sql::exec(q,
                   currentRowsSql(QStringLiteral("answers"), QStringLiteral("question_id"), columns,
                                  where) +
                       QStringLiteral(" ORDER BY case_id, name, pass, question_id"),
                   values))
        return out;
    while (q.next()) {
        AnswerRecord a;
        a.id = q.value(0).toLongLong();
        a.readerId = q.value(1).toLongLong();
        a.readerName = q.value(2).toString();
        a.sessionId = q.value(3).toLongLong();
        a.pass = q.value(4).toInt();
        a.caseId = q.value(5).toLongLong();
        a.questionId = q.value(6).toString();
        a.value = q.value(7).toString();
        a.suggestedValue = q.value(8).toString();
        if (!q.value(9).isNull())
            a.confidence = q.value(9).toDouble();
        a.createdAt = q.value(10).toString();
        out.push_back(a);
    }
    return out;
}

std::vector<SliceMark> AnnotationRepository::currentMarks(qint64 caseId, qint64 readerId) const {
    if (readerId > 0)
        return marks(QStringLiteral("AND t.case_id = ? AND t.reader_id = ?"), {caseId, readerId});
    return marks(QStringLiteral("AND t.case_id = ?"), {caseId});
}

std::vector<AnswerRecord> AnnotationRepository::currentAnswers(qint64 caseId,
                                                               qint64 readerId) const {
    if (readerId > 0)
        return answers(QStringLiteral("AND t.case_id = ? AND t.reader_id = ?"), {caseId, readerId});
    return answers(QStringLiteral("AND t.case_id = ?"), {caseId});
}

std::vector<SliceMark> AnnotationRepository::allCurrentMarks() const {
    return marks({}, {});
}

std::vector<AnswerRecord> AnnotationRepository::allCurrentAnswers() const {
    return answers({}, {});
}

int AnnotationRepository::markRowCount() const {
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM slice_annotations"))
        .toInt();
}

int AnnotationRepository::answerRowCount() const {
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM answers")).toInt();
}

} // namespace brainmd
