#include "common/CsvWriter.h"

namespace brainmd {

namespace {

bool looksLikeFormula(const QString &cell) {
    if (cell.isEmpty())
        return false;
    if (cell.front() == QLatin1Char('\t') || cell.front() == QLatin1Char('\r'))
        return true;
    const QString trimmed = cell.trimmed();
    if (trimmed.isEmpty() || !QStringLiteral("=+-@").contains(trimmed.front()))
        return false;
    bool number = false;
    trimmed.toDouble(&number);
    return !number;
}

} // namespace

QString csvCell(const QString &text) {
    QString cell = text;
    if (looksLikeFormula(cell))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return cell;
}

QString csvLine(const QStringList &cells) {
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &cell : cells)
        escaped.append(csvCell(cell));
    return escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace brainmd
