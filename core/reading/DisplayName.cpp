#include "reading/DisplayName.h"

#include <QCoreApplication>

namespace brainmd {

QString displayName(const QString &id) {
    QString text = id;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return QCoreApplication::translate("brainmd", text.toUtf8().constData());
}

} // namespace brainmd
