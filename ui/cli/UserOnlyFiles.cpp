#include "ui/cli/UserOnlyFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace brainmd {

QString makeUserOnly(const QStringList &files) {
    for (const QString &file : files) {
        if (!QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return file;
    }
    return {};
}

bool createUserOnlyDir(const QString &dir) {
    if (QFileInfo(dir).isDir())
        return true;
    return QDir().mkpath(dir) &&
           QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
}

} // namespace brainmd
