#include "privacy/DateShift.h"

#include <QDate>
#include <QStringList>

namespace brainmd {

namespace {

const QString kDateFormat = QStringLiteral("yyyyMMdd");

/// One value (no backslash, no range); "" when it has no full date to shift.
QString shiftOne(const QString &value, int days, bool dateTime) {
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!dateTime && trimmed.size() != 8)
        return {};
    const QDate date = QDate::fromString(trimmed.left(8), kDateFormat);
    if (!date.isValid())
        return {};
    return date.addDays(days).toString(kDateFormat) + trimmed.mid(8);
}

QString shiftValue(const QString &value, int days, bool dateTime) {
    QStringList parts;
    for (const QString &single : value.split(QLatin1Char('\\'))) {
        // A DT offset ("-0500") holds a minus too; only a DA range splits on it.
        const QStringList range = dateTime ? QStringList{single} : single.split(QLatin1Char('-'));
        QStringList shifted;
        for (const QString &end : range) {
            const QString moved = shiftOne(end, days, dateTime);
            if (moved.isEmpty() && !end.trimmed().isEmpty())
                return {};
            shifted.append(moved);
        }
        parts.append(shifted.join(QLatin1Char('-')));
    }
    return parts.join(QLatin1Char('\\'));
}

} // namespace

QString shiftDicomDate(const QString &value, int days) {
    return shiftValue(value, days, false);
}

QString shiftDicomDateTime(const QString &value, int days) {
    return shiftValue(value, days, true);
}

} // namespace brainmd
