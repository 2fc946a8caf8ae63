#include "ports/ImportStore.h"

#include <QDir>
#include <QFileInfo>

namespace brainmd {

QString normalizedFilePath(const QString &path) {
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace brainmd
