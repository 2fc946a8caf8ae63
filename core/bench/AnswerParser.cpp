#include "bench/AnswerParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace brainmd {

namespace {

const QStringList &abstainPhrases() {
    static const QStringList phrases{QStringLiteral("cannot tell"),
                                     QStringLiteral("can't tell"),
                                     QStringLiteral("cant tell"),
                                     QStringLiteral("cannot determine"),
                                     QStringLiteral("can't determine"),
                                     QStringLiteral("cannot be determined"),
                                     QStringLiteral("unable to determine"),
                                     QStringLiteral("unable to tell"),
                                     QStringLiteral("not possible to determine"),
                                     QStringLiteral("cannot say"),
                                     QStringLiteral("i don't know"),
                                     QStringLiteral("i do not know"),
                                     QStringLiteral("unknown"),
                                     QStringLiteral("uncertain"),
                                     QStringLiteral("not sure"),
                                     QStringLiteral("indeterminate"),
                                     QStringLiteral("insufficient information"),
                                     QStringLiteral("cannot assess"),
                                     QStringLiteral("unable to assess")};
    return phrases;
}

const QStringList &negationWords() {
    static const QStringList words{
        QStringLiteral("no"),     QStringLiteral("not"),      QStringLiteral("without"),
        QStringLiteral("absent"), QStringLiteral("negative"), QStringLiteral("none"),
        QStringLiteral("isn't"),  QStringLiteral("doesn't"),  QStringLiteral("don't"),
        QStringLiteral("nor"),    QStringLiteral("false")};
    return words;
}

const QStringList &affirmativeWords() {
    static const QStringList words{QStringLiteral("yes"),     QStringLiteral("present"),
                                   QStringLiteral("visible"), QStringLiteral("positive"),
                                   QStringLiteral("true"),    QStringLiteral("evident")};
    return words;
}

/// Strips reasoning blocks, code fences and a leading "answer:" so that the rules see
/// only the answer.
QString cleaned(QString text) {
    static const QRegularExpression think(QStringLiteral("<think>.*?</think>"),
                                          QRegularExpression::DotMatchesEverythingOption |
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fence(QStringLiteral("```[a-zA-Z]*"));
    static const QRegularExpression lead(
        QStringLiteral("^(final answer|the answer is|answer|response)\\s*[:\\-]?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(think);
    text.remove(fence);
    text = text.trimmed();
    text.remove(lead);
    static const QRegularExpression markup(QStringLiteral("[*_`\"]"));
    text.remove(markup);
    return text.trimmed().toLower();
}

/// The "answer" (or first string) value of a JSON object in the text, if there is one.
QString jsonAnswer(const QString &text, bool *found) {
    *found = false;
    const qsizetype open = text.indexOf(QLatin1Char('{'));
    const qsizetype close = text.lastIndexOf(QLatin1Char('}'));
    if (open < 0 || close <= open)
        return {};
    const QJsonDocument document =
        QJsonDocument::fromJson(text.mid(open, close - open + 1).toUtf8());
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    for (const char *key : {"answer", "Answer", "choice", "option", "value"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() || value.isBool()) {
            *found = true;
            return value.isBool() ? (value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                  : value.toString();
        }
    }
    return {};
}

bool containsPhrase(const QString &text, const QString &phrase) {
    const QRegularExpression pattern(QStringLiteral("(^|[^a-z0-9])") +
                                     QRegularExpression::escape(phrase) +
                                     QStringLiteral("($|[^a-z0-9])"));
    return pattern.match(text).hasMatch();
}

/// Option letter at the start: "b", "(b)", "b)", "b.", "option b", "b: no". A bare
/// article ("a small lesion") is not a letter.
int letterIndex(const QString &text, int optionCount) {
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:option\\s+|choice\\s+)?\\(?([a-z])(?:\\)|\\.|:|\\]|$|\\s*[\\-\\)]\\s)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const int index = match.captured(1).at(0).unicode() - QLatin1Char('a').unicode();
    return index >= 0 && index < optionCount ? index : -1;
}

/// Options whose value or a synonym is named; each counted once.
QStringList namedOptions(const QString &text, const TaskQuestion &question) {
    QStringList named;
    for (const AnswerOption &option : question.options) {
        bool hit = containsPhrase(text, option.value);
        for (const QString &synonym : option.synonyms)
            hit = hit || (!synonym.isEmpty() && containsPhrase(text, synonym));
        if (hit)
            named.append(option.value);
    }
    return named;
}

ParsedAnswer answered(const QString &value, const char *how) {
    return {ParsedAnswer::Status::Answered, value, QLatin1String(how)};
}

/// Yes / no by the first word, then by negation and affirmative words.
ParsedAnswer parseBinaryWords(const QString &text, const TaskQuestion &question) {
    const QString yes = question.positive;
    const QString no =
        question.options[0].value == yes ? question.options[1].value : question.options[0].value;
    static const QRegularExpression firstWord(QStringLiteral("^([a-z']+)"));
    const QString first = firstWord.match(text).captured(1);
    if (first == QLatin1String("yes") || first == QLatin1String("yeah") ||
        first == QLatin1String("y"))
        return answered(yes, "yes-no word");
    if (first == QLatin1String("no") || first == QLatin1String("nope") ||
        first == QLatin1String("n"))
        return answered(no, "yes-no word");
    for (const QString &word : negationWords()) {
        if (containsPhrase(text, word) || text.contains(QStringLiteral("n't")))
            return answered(no, "negation");
    }
    if (const QStringList named = namedOptions(text, question); named.size() == 1)
        return answered(named.front(), "synonym");
    for (const QString &word : affirmativeWords()) {
        if (containsPhrase(text, word))
            return answered(yes, "affirmative");
    }
    return {};
}

} // namespace

QString parsedStatusName(ParsedAnswer::Status status) {
    switch (status) {
    case ParsedAnswer::Status::Answered:
        return QStringLiteral("answered");
    case ParsedAnswer::Status::Abstained:
        return QStringLiteral("abstained");
    case ParsedAnswer::Status::Rejected:
        return QStringLiteral("rejected");
    case ParsedAnswer::Status::Unparsed:
        break;
    }
    return QStringLiteral("unparsed");
}

ParsedAnswer parseAnswer(const QString &raw, const TaskQuestion &question,
                         const QStringList &shownOrder, const QString &rejectionOption) {
    QString text = cleaned(raw);
    bool fromJson = false;
    if (const QString value = jsonAnswer(text, &fromJson); fromJson)
        text = cleaned(value);
    if (text.isEmpty())
        return {};
    if (question.type == AnswerType::FreeText)
        return answered(text, fromJson ? "json" : "free text");
    const QStringList order = shownOrder.isEmpty() ? question.optionValues() : shownOrder;
    const int letter = letterIndex(text, static_cast<int>(order.size()));
    const QString chosenByLetter = letter >= 0 ? order[letter] : QString();
    const QString rejection = rejectionOption.toLower();
    if (!rejection.isEmpty() && (chosenByLetter == rejection || containsPhrase(text, rejection)))
        return {ParsedAnswer::Status::Rejected, rejection, QStringLiteral("rejection")};
    for (const QString &phrase : abstainPhrases()) {
        if (text.contains(phrase))
            return {ParsedAnswer::Status::Abstained, {}, QStringLiteral("abstention")};
    }
    if (!chosenByLetter.isEmpty())
        return answered(chosenByLetter, "letter");
    if (question.type == AnswerType::Binary)
        return parseBinaryWords(text, question);
    const QStringList named = namedOptions(text, question);
    if (named.size() == 1)
        return answered(named.front(), fromJson ? "json" : "option text");
    if (named.size() > 1) {
        // "left; the right hemisphere is normal": only an option named first is taken.
        for (const QString &value : named) {
            if (text.startsWith(value) && !text.startsWith(value + QLatin1Char('/')))
                return answered(value, "leading option");
        }
    }
    return {};
}

} // namespace brainmd
