#include "workflows/AnnotationExport.h"

#include "common/CsvWriter.h"
#include "common/PrivateFiles.h"
#include "ports/AnnotationCatalog.h"
#include "ports/CaseCatalog.h"
#include "ports/StudyStorage.h"
#include "reading/Agreement.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace brainmd {

namespace {

QHash<qint64, QString> caseKeys(const StudyStorage &storage) {
    QHash<qint64, QString> keys;
    for (const CaseSummary &c : storage.cases()->list())
        keys.insert(c.id, c.caseKey);
    return keys;
}

// Exports name cases by key (accession numbers) and readers: private like the database.
QString writeAll(const QString &path, const QByteArray &bytes) {
    return writePrivateFile(path, bytes);
}

} // namespace

QString exportAnnotationsJson(const StudyStorage &storage, const QString &path) {
    const std::unique_ptr<AnnotationCatalog> annotations = storage.annotations();
    const AnnotationCatalog &repo = *annotations;
    const QHash<qint64, QString> keys = caseKeys(storage);
    QJsonArray marks, answers;
    for (const SliceMark &m : repo.allCurrentMarks()) {
        marks.append(QJsonObject{{QStringLiteral("case_key"), keys.value(m.caseId)},
                                 {QStringLiteral("reader"), m.readerName},
                                 {QStringLiteral("pass"), m.pass},
                                 {QStringLiteral("session"), m.sessionId},
                                 {QStringLiteral("view"), QString::fromLatin1(viewName(m.view))},
                                 {QStringLiteral("slice_index"), m.sliceIndex},
                                 {QStringLiteral("position_mm"), m.positionMm},
                                 {QStringLiteral("created_at"), m.createdAt}});
    }
    for (const AnswerRecord &a : repo.allCurrentAnswers()) {
        answers.append(QJsonObject{{QStringLiteral("case_key"), keys.value(a.caseId)},
                                   {QStringLiteral("reader"), a.readerName},
                                   {QStringLiteral("pass"), a.pass},
                                   {QStringLiteral("session"), a.sessionId},
                                   {QStringLiteral("question_id"), a.questionId},
                                   {QStringLiteral("value"), a.value},
                                   {QStringLiteral("suggested_value"), a.suggestedValue},
                                   {QStringLiteral("created_at"), a.createdAt}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("brainmd-annotations")},
                           {QStringLiteral("format_version"), 1},
                           {QStringLiteral("slice_marks"), marks},
                           {QStringLiteral("answers"), answers}};
    return writeAll(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString exportAnnotationsCsv(const StudyStorage &storage, const QString &path) {
    const std::unique_ptr<AnnotationCatalog> annotations = storage.annotations();
    const AnnotationCatalog &repo = *annotations;
    const QHash<qint64, QString> keys = caseKeys(storage);
    QStringList lines{QStringLiteral(
        "kind,case_key,reader,pass,session,item,value,position_mm,suggested,created_at")};
    for (const SliceMark &m : repo.allCurrentMarks()) {
        lines << QStringList{QStringLiteral("slice"),
                             csvCell(keys.value(m.caseId)),
                             csvCell(m.readerName),
                             QString::number(m.pass),
                             QString::number(m.sessionId),
                             QString::fromLatin1(viewName(m.view)),
                             QString::number(m.sliceIndex),
                             QString::number(m.positionMm, 'f', 3),
                             QString(),
                             m.createdAt}
                     .join(QLatin1Char(','));
    }
    for (const AnswerRecord &a : repo.allCurrentAnswers()) {
        lines << QStringList{QStringLiteral("answer"),
                             csvCell(keys.value(a.caseId)),
                             csvCell(a.readerName),
                             QString::number(a.pass),
                             QString::number(a.sessionId),
                             csvCell(a.questionId),
                             csvCell(a.value),
                             QString(),
                             csvCell(a.suggestedValue),
                             a.createdAt}
                     .join(QLatin1Char(','));
    }
    return writeAll(path, (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

QString exportAgreement(const StudyStorage &storage, const QString &path) {
    const std::unique_ptr<AnnotationCatalog> annotations = storage.annotations();
    const AnnotationCatalog &repo = *annotations;
    const AgreementSummary summary =
        computeAgreement(repo.allCurrentMarks(), repo.allCurrentAnswers());
    const bool html = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
                      path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    if (!html)
        return writeAll(path, agreementCsv(summary).toUtf8());
    const QString title = QCoreApplication::translate("brainmd", "Reader agreement");
    const QString page = QStringLiteral("<!DOCTYPE html><html><head><meta charset='utf-8'>"
                                        "<title>%1</title></head><body><h1>%1</h1>%2</body>"
                                        "</html>\n")
                             .arg(title, agreementHtml(summary));
    return writeAll(path, page.toUtf8());
}

} // namespace brainmd
