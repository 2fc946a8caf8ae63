#include "reading/ReportRedaction.h"

#include <QRegularExpression>
#include <QStringList>

namespace brainmd {

namespace {

// Headings whose text a reader may see before reading.
bool isSafeHeading(const QString &heading) {
    static const QRegularExpression safe(
        QStringLiteral("^(examination|exam|procedure|technique|protocol|clinical|indication|"
                       "history|reason|referral|presenting|symptom|comparison|request|"
                       "patient|age|sex|gender|date|klinische|indikation|anamnese|"
                       "fragestellung|technik|untersuchung)"),
        QRegularExpression::CaseInsensitiveOption);
    return safe.match(heading.trimmed()).hasMatch();
}

// "FINDINGS: text" -> heading "FINDINGS"; empty when the line starts no section.
QString headingOf(const QString &line) {
    static const QRegularExpression heading(
        QStringLiteral("^\\s*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ /&()-]{1,40}):"));
    const QRegularExpressionMatch m = heading.match(line);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QString withholdReport(const QString &text, const QString &placeholder) {
    QStringList out;
    bool showing = false; // before the first heading: not known to be safe
    bool placed = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString heading = headingOf(line);
        if (!heading.isEmpty()) {
            showing = isSafeHeading(heading) && !isWithheldHeading(heading);
            placed = false;
            if (!showing) {
                out << heading + QStringLiteral(": ") + placeholder;
                placed = true;
                continue;
            }
        }
        if (showing)
            out << line;
        else if (!placed) {
            out << placeholder;
            placed = true;
        }
    }
    return out.join(QLatin1Char('\n'));
}

QString withholdKeyedLines(const QString &text, const QString &placeholder) {
    static const QRegularExpression key(QStringLiteral("^\\s*\"?([A-Za-z_ -]+)\"?\\s*[:=]"));
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = key.match(line);
        if (m.hasMatch() && isWithheldHeading(m.captured(1)))
            out << m.captured(0) + QLatin1Char(' ') + placeholder;
        else
            out << line;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

bool isWithheldHeading(const QString &heading) {
    static const QRegularExpression withheld(
        QStringLiteral("(finding|impression|conclusion|opinion|diagnos|summary|result|"
                       "assessment|interpretation|report|comment|lesion|tumou?r|label|answer|"
                       "befund|beurteilung|diagnose|zusammenfassung)"),
        QRegularExpression::CaseInsensitiveOption);
    return withheld.match(heading).hasMatch();
}

QString withholdFindings(const QString &kind, const QString &text, const QString &placeholder) {
    if (kind == QLatin1String("demographics"))
        return text;
    if (kind == QLatin1String("report"))
        return withholdReport(text, placeholder);
    return withholdKeyedLines(text, placeholder);
}

} // namespace brainmd
