#include "io/cache/VolumeCache.h"

#include "common/PrivateFiles.h"
#include "io/nifti/NiftiIO.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <cerrno>

#include <signal.h>

namespace brainmd {

namespace {
// The cache is read back far more often than it is written, and by this program only:
// gzip level 1 writes several times faster than 6 for a few per cent more disk.
constexpr int kCacheGzipLevel = 1;

/// Whether process `pid` still runs (kill with signal 0 probes without signalling; EPERM
/// means it runs under another user).
bool processAlive(qint64 pid) {
    if (pid <= 0 || pid > 0x7fffffff)
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

} // namespace

VolumeCache::VolumeCache(const QString &cacheDir)
    : m_root(cacheDir) {}

QString VolumeCache::relativePathFor(const QString &seriesKey) {
    const QByteArray hash =
        QCryptographicHash::hash(seriesKey.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("volumes/%1.nii.gz").arg(QString::fromLatin1(hash));
}

QString VolumeCache::pathFor(const QString &seriesKey) const {
    return absolutePath(relativePathFor(seriesKey));
}

QString VolumeCache::absolutePath(const QString &relativePath) const {
    return QDir(m_root).filePath(relativePath);
}

bool VolumeCache::contains(const QString &seriesKey) const {
    return QFile::exists(pathFor(seriesKey));
}

bool VolumeCache::isWhole(const QString &relativePath) const {
    const QString path = absolutePath(relativePath);
    return QFile::exists(path) && niftiFileIsWhole(path);
}

QString VolumeCache::store(const QString &seriesKey, const Volume &volume) const {
    const QString volumesDir = QDir(m_root).filePath(QStringLiteral("volumes"));
    if (!createPrivateDir(m_root) || !createPrivateDir(volumesDir))
        return QCoreApplication::translate("brainmd", "Cannot create the cache folder %1.")
            .arg(volumesDir);
    const QString path = pathFor(seriesKey);
    if (QString error = writeNifti(volume, path, kCacheGzipLevel); !error.isEmpty())
        return error;
    // The folder is already user-only; this keeps the file so when it is copied elsewhere.
    makePrivate({path});
    return {};
}

CachedVolume VolumeCache::load(const QString &seriesKey) const {
    return loadRelative(relativePathFor(seriesKey));
}

CachedVolume VolumeCache::loadRelative(const QString &relativePath) const {
    const QString path = absolutePath(relativePath);
    if (!QFile::exists(path)) {
        return {Volume(), QCoreApplication::translate(
                              "brainmd", "The cached volume %1 is missing; import the series "
                                         "again to rebuild it.")
                              .arg(path)};
    }
    NiftiReadResult result = readNifti(path);
    // A cache file cut short (disk full, a copy interrupted) would read as a volume whose
    // last slices are zeros, and selection and export would go on with it.
    if (result.error.isEmpty() && !niftiFileIsWhole(path))
        return {Volume(), QCoreApplication::translate(
                              "brainmd", "The cached volume %1 is damaged (shorter than its "
                                         "header says); import the series again to rebuild it.")
                              .arg(path)};
    return {std::move(result.volume), result.error};
}

QStringList VolumeCache::sweepAbandonedWrites() const {
    // The name writeNifti() gives its temporary file: ".<target>.tmp<pid>-<counter>.nii[.gz]".
    static const QRegularExpression temporary(
        QStringLiteral("^\\..+\\.tmp(\\d+)-\\d+\\.nii(\\.gz)?$"));
    QStringList removed;
    const QDir volumes(QDir(m_root).filePath(QStringLiteral("volumes")));
    const QStringList hidden = volumes.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : hidden) {
        const QRegularExpressionMatch match = temporary.match(name);
        if (!match.hasMatch() || processAlive(match.captured(1).toLongLong()))
            continue;
        if (QFile::remove(volumes.filePath(name)))
            removed.append(volumes.filePath(name));
    }
    return removed;
}

} // namespace brainmd
