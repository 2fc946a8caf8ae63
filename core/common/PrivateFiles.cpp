#include "common/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace brainmd {

namespace {

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateDir = kPrivateFile | QFileDevice::ExeOwner;

} // namespace

bool createPrivateDir(const QString &dir) {
    const QString path = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (QFileInfo(path).isDir())
        return true;
    // Create from the first missing ancestor down, each one private, so that no new
    // parent is left world-readable.
    if (const QString parent = QFileInfo(path).path(); parent != path && !createPrivateDir(parent))
        return false;
    return (QDir().mkdir(path) || QFileInfo(path).isDir()) &&
           QFile::setPermissions(path, kPrivateDir);
}

QString writePrivateFile(const QString &path, const QByteArray &bytes) {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("brainmd", text);
    };
    if (!createPrivateDir(QFileInfo(path).absolutePath()))
        return tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    file.setPermissions(kPrivateFile);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString makePrivate(const QStringList &files) {
    for (const QString &file : files) {
        if (!QFile::setPermissions(file, kPrivateFile))
            return file;
    }
    return {};
}

} // namespace brainmd
