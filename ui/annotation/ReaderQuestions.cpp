#include "ui/annotation/ReaderQuestions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace brainmd {

namespace {

std::vector<ReaderQuestion> builtInQuestions() {
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

std::vector<ReaderQuestion> readerQuestions(const TaskPack &pack) {
    std::vector<ReaderQuestion> questions;
    for (const TaskQuestion &q : pack.questions) {
        if (q.answerFrom != QLatin1String("labels") || q.type == AnswerType::FreeText ||
            q.options.empty())
            continue;
        ReaderQuestion question{q.id, q.prompt, q.optionValues()};
        // Prompts are templates for models; keep the question itself for readers.
        question.text.remove(QStringLiteral("{options}"));
        question.text.remove(QRegularExpression(QStringLiteral("^Looking at \\{view\\}:\\s*")));
        question.text = question.text.trimmed();
        if (question.text.isEmpty())
            continue;
        question.text[0] = question.text[0].toUpper();
        questions.push_back(question);
    }
    return questions;
}

std::vector<ReaderQuestion> defaultReaderQuestions() {
    const TaskPackResult pack = defaultTaskPack();
    if (pack.pack) {
        std::vector<ReaderQuestion> questions = readerQuestions(*pack.pack);
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

} // namespace brainmd
