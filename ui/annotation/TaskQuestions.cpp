#include "ui/annotation/TaskQuestions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace brainmd {

namespace {

QStringList optionsOf(const QJsonObject &q) {
    QStringList options;
    for (const QJsonValue &o : q.value(QStringLiteral("options")).toArray()) {
        if (o.isString())
            options << o.toString();
        else if (o.isObject())
            options << o.toObject()
                           .value(o.toObject().contains(QStringLiteral("id"))
                                      ? QStringLiteral("id")
                                      : QStringLiteral("value"))
                           .toString();
    }
    const QString type =
        q.value(QStringLiteral("answer_type")).toString(q.value(QStringLiteral("type")).toString());
    if (options.isEmpty() && type == QLatin1String("binary"))
        options = {QStringLiteral("yes"), QStringLiteral("no")};
    return options;
}

std::vector<TaskQuestion> builtInQuestions() {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("brainmd", text);
    };
    const QStringList yesNo{QStringLiteral("yes"), QStringLiteral("no")};
    return {
        {QStringLiteral("lesion_present"), tr("Is a lesion present?"), yesNo},
        {QStringLiteral("lesion_side"),
         tr("Side of the lesion"),
         {QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("none")}},
        {QStringLiteral("lesion_lobe"),
         tr("Lobe of the lesion"),
         {QStringLiteral("frontal"), QStringLiteral("parietal"), QStringLiteral("temporal"),
          QStringLiteral("occipital"), QStringLiteral("other"), QStringLiteral("none")}},
        {QStringLiteral("enhancement"), tr("Contrast enhancement?"), yesNo},
        {QStringLiteral("oedema"), tr("Oedema?"), yesNo},
        {QStringLiteral("mass_effect"), tr("Mass effect?"), yesNo},
        {QStringLiteral("size_class"),
         tr("Size class"),
         {QStringLiteral("none"), QStringLiteral("small"), QStringLiteral("medium"),
          QStringLiteral("large")}},
    };
}

} // namespace

std::vector<TaskQuestion> parseTaskQuestions(const QByteArray &json) {
    std::vector<TaskQuestion> questions;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &value : root.value(QStringLiteral("questions")).toArray()) {
        const QJsonObject q = value.toObject();
        TaskQuestion question;
        question.id = q.value(QStringLiteral("id")).toString();
        question.text = q.value(QStringLiteral("text"))
                            .toString(q.value(QStringLiteral("label"))
                                          .toString(q.value(QStringLiteral("prompt")).toString()));
        question.options = optionsOf(q);
        // Prompts are templates for models; keep the question itself for readers.
        question.text.remove(QStringLiteral("{options}"));
        question.text.remove(QRegularExpression(QStringLiteral("^Looking at \\{view\\}:\\s*")));
        question.text = question.text.trimmed();
        if (!question.text.isEmpty())
            question.text[0] = question.text[0].toUpper();
        const QString source =
            q.value(QStringLiteral("answer_from")).toString(QStringLiteral("labels"));
        if (!question.id.isEmpty() && !question.options.isEmpty() &&
            source == QLatin1String("labels"))
            questions.push_back(question);
    }
    return questions;
}

std::vector<TaskQuestion> defaultTaskQuestions() {
    const QDir packs(QStringLiteral(":/brainmd/workstation/taskpacks"));
    for (const QString &name :
         packs.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(packs.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        std::vector<TaskQuestion> questions = parseTaskQuestions(file.readAll());
        if (!questions.empty())
            return questions;
    }
    return builtInQuestions();
}

// The answer values of the built-in questions, listed for lupdate: stored untranslated,
// shown in the reader's language.
[[maybe_unused]] constexpr const char *kOptionLabels[] = {
    QT_TRANSLATE_NOOP("brainmd", "yes"),       QT_TRANSLATE_NOOP("brainmd", "no"),
    QT_TRANSLATE_NOOP("brainmd", "left"),      QT_TRANSLATE_NOOP("brainmd", "right"),
    QT_TRANSLATE_NOOP("brainmd", "none"),      QT_TRANSLATE_NOOP("brainmd", "frontal"),
    QT_TRANSLATE_NOOP("brainmd", "parietal"),  QT_TRANSLATE_NOOP("brainmd", "temporal"),
    QT_TRANSLATE_NOOP("brainmd", "occipital"), QT_TRANSLATE_NOOP("brainmd", "other"),
    QT_TRANSLATE_NOOP("brainmd", "small"),     QT_TRANSLATE_NOOP("brainmd", "medium"),
    QT_TRANSLATE_NOOP("brainmd", "large")};

QString displayName(const QString &id) {
    QString text = id;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return QCoreApplication::translate("brainmd", text.toUtf8().constData());
}

} // namespace brainmd
