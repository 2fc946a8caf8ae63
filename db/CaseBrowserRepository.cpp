#include "db/CaseBrowserRepository.h"

#include "db/Database.h"
#include "db/SqlUtil.h"

#include <QSqlQuery>

namespace brainmd {

namespace {

const QString kFrom = QStringLiteral(
    " FROM cases c JOIN series s ON s.id = c.series_id JOIN studies st ON st.id = s.study_id ");

const QString kReaders = QStringLiteral(
    "(SELECT count(DISTINCT reader_id) FROM (SELECT reader_id FROM slice_annotations a WHERE "
    "a.case_id = c.id AND a.retracts IS NULL UNION SELECT reader_id FROM answers w WHERE "
    "w.case_id = c.id AND w.retracts IS NULL))");

const QString kCommitted = QStringLiteral(
    "(SELECT count(*) FROM (SELECT value, ROW_NUMBER() OVER (PARTITION BY reader_id ORDER BY "
    "id DESC) AS rn FROM case_events e WHERE e.case_id = c.id AND e.kind = 'committed') "
    "WHERE rn = 1 AND value = '1')");

const QString kMethods = QStringLiteral(
    "(SELECT group_concat(method, ', ') FROM (SELECT DISTINCT method FROM selections x "
    "WHERE x.case_id = c.id ORDER BY method))");

QString likePattern(const QString &text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString sortExpression(CaseSortColumn column) {
    switch (column) {
    case CaseSortColumn::Accession:
        return QStringLiteral("st.accession_number");
    case CaseSortColumn::Description:
        return QStringLiteral("s.description");
    case CaseSortColumn::Modality:
        return QStringLiteral("s.modality");
    case CaseSortColumn::Status:
        return QStringLiteral("c.status");
    case CaseSortColumn::Readers:
        return QStringLiteral("readers");
    case CaseSortColumn::Selections:
        return QStringLiteral("methods");
    case CaseSortColumn::Created:
        return QStringLiteral("c.created_at");
    case CaseSortColumn::CaseKey:
        break;
    }
    return QStringLiteral("c.case_key");
}

} // namespace

CaseBrowserRepository::CaseBrowserRepository(const Database &db)
    : m_db(db) {}

QString CaseBrowserRepository::whereClause(const CaseQuery &query, QVariantList *values) const {
    QStringList conditions;
    // Each "?" gets its own value; a value used twice is bound twice.
    const auto add = [&](const QString &condition, const QVariantList &bound) {
        conditions << condition;
        *values << bound;
    };
    if (const QString text = query.text.trimmed(); !text.isEmpty()) {
        const QString p = likePattern(text);
        add(QStringLiteral("(c.case_key LIKE ? ESCAPE '\\' OR st.accession_number LIKE ? ESCAPE "
                           "'\\' OR s.description LIKE ? ESCAPE '\\' OR st.description LIKE ? "
                           "ESCAPE '\\')"),
            {p, p, p, p});
    }
    if (!query.status.isEmpty())
        add(QStringLiteral("c.status = ?"), {query.status});
    if (!query.readerName.isEmpty()) {
        add(QStringLiteral("c.id IN (SELECT a.case_id FROM slice_annotations a JOIN readers r ON "
                           "r.id = a.reader_id WHERE r.name = ? UNION SELECT w.case_id FROM "
                           "answers w JOIN readers r ON r.id = w.reader_id WHERE r.name = ?)"),
            {query.readerName, query.readerName});
    }
    if (!query.selectionMethod.isEmpty())
        add(QStringLiteral("c.id IN (SELECT case_id FROM selections WHERE method = ?)"),
            {query.selectionMethod});
    if (const QString label = query.label.trimmed(); !label.isEmpty()) {
        const qsizetype eq = label.indexOf(QLatin1Char('='));
        if (eq < 0)
            add(QStringLiteral("c.id IN (SELECT case_id FROM labels WHERE question_id = ?)"),
                {label});
        else
            add(QStringLiteral("c.id IN (SELECT case_id FROM labels WHERE question_id = ? AND "
                               "answer = ?)"),
                {label.left(eq).trimmed(), label.mid(eq + 1).trimmed()});
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

std::vector<CaseRow> CaseBrowserRepository::list(const CaseQuery &query) const {
    QVariantList values;
    const QString where = whereClause(query, &values);
    QString sqlText =
        QStringLiteral("SELECT c.id, c.case_key, st.accession_number, s.description, s.modality, "
                       "s.dim_x, s.dim_y, s.dim_z, c.status, %1 AS readers, %2 AS methods, "
                       "c.created_at, %3 AS committed")
            .arg(kReaders, kMethods, kCommitted) +
        kFrom + where +
        QStringLiteral(" ORDER BY %1 %2, c.case_key")
            .arg(sortExpression(query.sortColumn),
                 query.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    if (query.limit > 0)
        sqlText +=
            QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(qMax(0, query.offset));
    QSqlQuery q(m_db.connection());
    std::vector<CaseRow> rows;
    if (!sql::exec(q, sqlText, values))
        return rows;
    while (q.next()) {
        CaseRow r;
        r.id = q.value(0).toLongLong();
        r.caseKey = q.value(1).toString();
        r.accession = q.value(2).toString();
        r.description = q.value(3).toString();
        r.modality = q.value(4).toString();
        r.dims = QStringLiteral("%1×%2×%3")
                     .arg(q.value(5).toInt())
                     .arg(q.value(6).toInt())
                     .arg(q.value(7).toInt());
        r.status = q.value(8).toString();
        r.readerCount = q.value(9).toInt();
        r.selectionMethods = q.value(10).toString();
        r.createdAt = q.value(11).toString();
        r.committedReaders = q.value(12).toInt();
        rows.push_back(r);
    }
    return rows;
}

int CaseBrowserRepository::count(const CaseQuery &query) const {
    QVariantList values;
    const QString where = whereClause(query, &values);
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*)") + kFrom + where, values)
        .toInt();
}

QStringList CaseBrowserRepository::selectionMethods() const {
    QSqlQuery q(m_db.connection());
    QStringList methods;
    if (!sql::exec(q, QStringLiteral("SELECT DISTINCT method FROM selections ORDER BY method")))
        return methods;
    while (q.next())
        methods << q.value(0).toString();
    return methods;
}

} // namespace brainmd
