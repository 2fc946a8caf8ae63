#include "ui/annotation/AnnotationExport.h"

#include "db/AnnotationRepository.h"
#include "db/CaseRepository.h"
#include "ui/annotation/Agreement.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace brainmd {

namespace {

QHash<qint64, QString> caseKeys(const Database &db) {
    QHash<qint64, QString> keys;
    for (const CaseSummary &c : CaseRepository(db).list())
        keys.insert(c.id, c.caseKey);
    return keys;
}

QString writeAll(const QString &path, const QByteArray &bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("brainmd", "cannot write %1: %2")
            .arg(path, file.errorString());
    return {};
}

QString csvField(QString text) {
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return text;
}

} // namespace

QString exportAnnotationsJson(const Database &db, const QString &path) {
    const AnnotationRepository repo(db);
    const QHash<qint64, QString> keys = caseKeys(db);
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

QString exportAnnotationsCsv(const Database &db, const QString &path) {
    const AnnotationRepository repo(db);
    const QHash<qint64, QString> keys = caseKeys(db);
    QStringList lines{QStringLiteral(
        "kind,case_key,reader,pass,session,item,value,position_mm,suggested,created_at")};
    for (const SliceMark &m : repo.allCurrentMarks()) {
        lines << QStringList{QStringLiteral("slice"),
                             csvField(keys.value(m.caseId)),
                             csvField(m.readerName),
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
                             csvField(keys.value(a.caseId)),
                             csvField(a.readerName),
                             QString::number(a.pass),
                             QString::number(a.sessionId),
                             csvField(a.questionId),
                             csvField(a.value),
                             QString(),
                             csvField(a.suggestedValue),
                             a.createdAt}
                     .join(QLatin1Char(','));
    }
    return writeAll(path, (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

QString exportAgreement(const Database &db, const QString &path) {
    const AnnotationRepository repo(db);
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
