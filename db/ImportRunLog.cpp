#include "db/ImportRunLog.h"

#include "db/Database.h"
#include "db/SqlUtil.h"
#include "workflows/ImportReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace brainmd {

namespace {

QString compact(const QJsonDocument &document) {
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonObject countsJson(const ImportReport &report) {
    const ImportCounts &c = report.counts;
    return {
        {QStringLiteral("files_seen"), c.filesSeen},
        {QStringLiteral("files_new"), c.filesNew},
        {QStringLiteral("files_unchanged"), c.filesUnchanged},
        {QStringLiteral("series_imported"), c.seriesImported},
        {QStringLiteral("series_updated"), c.seriesUpdated},
        {QStringLiteral("series_skipped"), c.seriesSkipped},
        {QStringLiteral("cases_created"), c.casesCreated},
        {QStringLiteral("documents_linked"), c.documentsLinked},
        {QStringLiteral("labels_linked"), c.labelsLinked},
        {QStringLiteral("reference_slices_linked"), c.referenceSlicesLinked},
        {QStringLiteral("segmentations_linked"), c.segmentationsLinked},
        {QStringLiteral("series_with_warnings"), static_cast<int>(report.seriesWarnings.size())},
        {QStringLiteral("cancelled"), report.cancelled}};
}

QJsonArray problemsJson(const ImportReport &report) {
    QJsonArray problems;
    for (const FileProblem &p : report.problems)
        problems.append(
            QJsonObject{{QStringLiteral("path"), p.path}, {QStringLiteral("reason"), p.reason}});
    for (const UnmatchedRow &r : report.unmatchedRows)
        problems.append(QJsonObject{{QStringLiteral("path"), r.path},
                                    {QStringLiteral("row"), r.row},
                                    {QStringLiteral("reason"), r.reason}});
    return problems;
}

} // namespace

ImportRunLog::ImportRunLog(const Database &db)
    : m_db(db) {}

qint64 ImportRunLog::start(const QStringList &paths) const {
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO import_runs (started_at, paths) VALUES (?, ?) "
                                  "RETURNING id"),
                   {sql::nowUtc(), compact(QJsonDocument(QJsonArray::fromStringList(paths)))}) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

void ImportRunLog::finish(qint64 runId, const ImportReport &report) const {
    if (runId == 0)
        return;
    const QString error =
        sql::run(m_db.connection(),
                 QStringLiteral("UPDATE import_runs SET finished_at = ?, summary = ?, problems = ? "
                                "WHERE id = ?"),
                 {sql::nowUtc(), compact(QJsonDocument(countsJson(report))),
                  compact(QJsonDocument(problemsJson(report))), runId});
    if (!error.isEmpty())
        qWarning("brainmd: cannot record the import run: %s", qPrintable(error));
}

} // namespace brainmd
