#include "bench/TaskPack.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace brainmd {

namespace {

constexpr auto kFormat = "brainbench-taskpack";
constexpr int kFormatVersion = 1;

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

bool parseType(const QString &name, AnswerType *type) {
    if (name == QLatin1String("binary"))
        *type = AnswerType::Binary;
    else if (name == QLatin1String("single_choice"))
        *type = AnswerType::SingleChoice;
    else if (name == QLatin1String("free_text"))
        *type = AnswerType::FreeText;
    else
        return false;
    return true;
}

QString parseOptions(const QJsonValue &value, const QString &where, TaskQuestion *question) {
    if (!value.isArray())
        return tr("%1.options: expected an array").arg(where);
    const QJsonArray options = value.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < options.size(); ++i) {
        AnswerOption option;
        if (options[i].isString()) {
            option.value = options[i].toString();
        } else if (options[i].isObject()) {
            const QJsonObject object = options[i].toObject();
            option.value = object.value(QLatin1String("value")).toString();
            for (const QJsonValue synonym : object.value(QLatin1String("synonyms")).toArray())
                option.synonyms.append(synonym.toString().toLower());
        }
        option.value = option.value.trimmed().toLower();
        if (option.value.isEmpty())
            return tr("%1.options[%2]: expected a non-empty string or {\"value\": ...}")
                .arg(where)
                .arg(i);
        if (seen.contains(option.value))
            return tr("%1.options[%2]: duplicate option '%3'").arg(where).arg(i).arg(option.value);
        seen.insert(option.value);
        question->options.push_back(option);
    }
    return {};
}

QString parseQuestion(const QJsonValue &value, int index, TaskQuestion *question) {
    const QString where = QStringLiteral("questions[%1]").arg(index);
    if (!value.isObject())
        return tr("%1: expected an object").arg(where);
    const QJsonObject object = value.toObject();
    question->id = object.value(QLatin1String("id")).toString();
    question->prompt = object.value(QLatin1String("prompt")).toString();
    if (question->id.isEmpty() || question->prompt.isEmpty())
        return tr("%1: 'id' and 'prompt' are required strings").arg(where);
    // Ids name files (report plots, exports) and CSV columns: a plain word only, so a pack
    // from elsewhere cannot reach outside the report folder.
    static const QRegularExpression plainId(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!plainId.match(question->id).hasMatch())
        return tr("%1.id: '%2' must be 1 to 64 letters, digits, '_' or '-'")
            .arg(where, question->id);
    if (!parseType(object.value(QLatin1String("type")).toString(), &question->type))
        return tr("%1.type: expected 'binary', 'single_choice' or 'free_text'").arg(where);
    question->answerFrom =
        object.value(QLatin1String("answer_from")).toString(QStringLiteral("labels"));
    if (question->answerFrom != QLatin1String("labels") &&
        question->answerFrom != QLatin1String("view"))
        return tr("%1.answer_from: expected 'labels' or 'view'").arg(where);
    if (question->type != AnswerType::FreeText) {
        if (const QString error =
                parseOptions(object.value(QLatin1String("options")), where, question);
            !error.isEmpty())
            return error;
    }
    if (question->type == AnswerType::Binary && question->options.size() != 2)
        return tr("%1.options: a binary question needs exactly two options").arg(where);
    if (question->type == AnswerType::SingleChoice && question->options.size() < 2)
        return tr("%1.options: a single-choice question needs at least two options").arg(where);
    question->positive = object.value(QLatin1String("positive")).toString().toLower();
    if (question->type == AnswerType::Binary) {
        if (question->positive.isEmpty())
            question->positive = question->options.front().value;
        if (question->optionIndex(question->positive) < 0)
            return tr("%1.positive: '%2' is not one of the options").arg(where, question->positive);
    }
    return {};
}

} // namespace

int TaskQuestion::optionIndex(const QString &value) const {
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (options[i].value == value)
            return static_cast<int>(i);
    }
    return -1;
}

QStringList TaskQuestion::optionValues() const {
    QStringList values;
    for (const AnswerOption &option : options)
        values.append(option.value);
    return values;
}

const TaskQuestion *TaskPack::question(const QString &id) const {
    for (const TaskQuestion &q : questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

TaskPackResult parseTaskPack(const QByteArray &json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, tr("not valid JSON at offset %1: %2")
                                  .arg(parseError.offset)
                                  .arg(parseError.errorString())};
    if (!document.isObject())
        return {std::nullopt, tr("the task pack must be a JSON object")};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return {std::nullopt, tr("format: expected \"%1\"").arg(QLatin1String(kFormat))};
    if (root.value(QLatin1String("format_version")).toInt() != kFormatVersion)
        return {std::nullopt,
                tr("format_version: this program reads version %1").arg(kFormatVersion)};
    TaskPack pack;
    pack.name = root.value(QLatin1String("name")).toString();
    pack.version = root.value(QLatin1String("version")).toString();
    if (pack.name.isEmpty() || pack.version.isEmpty())
        return {std::nullopt, tr("'name' and 'version' are required strings")};
    pack.system = root.value(QLatin1String("system")).toString();
    pack.answerInstruction = root.value(QLatin1String("answer_instruction")).toString();
    pack.abstainText =
        root.value(QLatin1String("abstain_text")).toString(QStringLiteral("cannot tell"));
    const QJsonArray questions = root.value(QLatin1String("questions")).toArray();
    if (questions.isEmpty())
        return {std::nullopt, tr("questions: expected a non-empty array")};
    QSet<QString> ids;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        TaskQuestion question;
        if (const QString error = parseQuestion(questions[i], static_cast<int>(i), &question);
            !error.isEmpty())
            return {std::nullopt, error};
        if (ids.contains(question.id))
            return {std::nullopt,
                    tr("questions[%1].id: duplicate id '%2'").arg(i).arg(question.id)};
        ids.insert(question.id);
        pack.questions.push_back(question);
    }
    return {pack, {}};
}

TaskPackResult loadTaskPack(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, tr("cannot read the task pack %1: %2").arg(path, file.errorString())};
    TaskPackResult result = parseTaskPack(file.readAll());
    if (!result.error.isEmpty())
        result.error = tr("task pack %1: %2").arg(path, result.error);
    return result;
}

QString defaultTaskPackPath() {
    return QStringLiteral(":/brainmd/taskpacks/brainbench-default.json");
}

TaskPackResult defaultTaskPack() {
    return loadTaskPack(defaultTaskPackPath());
}

QString answerTypeName(AnswerType type) {
    switch (type) {
    case AnswerType::Binary:
        return QStringLiteral("binary");
    case AnswerType::SingleChoice:
        return QStringLiteral("single_choice");
    case AnswerType::FreeText:
        break;
    }
    return QStringLiteral("free_text");
}

TaskPackResult runTaskPack(const QString &path) {
    return path.isEmpty() ? defaultTaskPack() : loadTaskPack(path);
}

} // namespace brainmd
