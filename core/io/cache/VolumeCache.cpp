#include "io/cache/VolumeCache.h"

#include "common/PrivateFiles.h"
#include "io/nifti/NiftiIO.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

bool VolumeCache::isWhole(const QString &relativePath, const CacheStamp &expected) const {
    const QString path = absolutePath(relativePath);
    if (expected.known())
        return QFileInfo(path).size() == expected.size;
    return QFile::exists(path) && niftiFileIsWhole(path);
}

QString VolumeCache::store(const QString &seriesKey, const Volume &volume,
                           CacheStamp *written) const {
    const QString volumesDir = QDir(m_root).filePath(QStringLiteral("volumes"));
    if (!createPrivateDir(m_root) || !createPrivateDir(volumesDir))
        return QCoreApplication::translate("brainmd", "Cannot create the cache folder %1.")
            .arg(volumesDir);
    const QString path = pathFor(seriesKey);
    if (QString error = writeNifti(volume, path, kCacheGzipLevel); !error.isEmpty())
        return error;
    // The folder is already user-only; this keeps the file so when it is copied elsewhere.
    makePrivate({path});
    if (written) {
        QString error;
        *written = stampOfFile(path, &error);
        return error;
    }
    return {};
}

CachedVolume VolumeCache::load(const QString &seriesKey) const {
    return loadRelative(relativePathFor(seriesKey));
}

CachedVolume VolumeCache::loadRelative(const QString &relativePath,
                                       const CacheStamp &expected) const {
    if (QString problem = verify(relativePath, expected); !problem.isEmpty())
        return {Volume(), problem};
    NiftiReadResult result = readNifti(absolutePath(relativePath));
    return {std::move(result.volume), result.error};
}

QString VolumeCache::verify(const QString &relativePath, const CacheStamp &expected) const {
    const QString path = absolutePath(relativePath);
    if (!QFile::exists(path)) {
        return QCoreApplication::translate("brainmd", "The cached volume %1 is missing; import "
                                                      "the series again to rebuild it.")
            .arg(path);
    }
    if (expected.known()) {
        QString error;
        const CacheStamp found = stampOfFile(path, &error);
        if (!error.isEmpty())
            return error;
        if (found.size != expected.size)
            return QCoreApplication::translate(
                       "brainmd", "The cached volume %1 is damaged (%2 bytes, the import wrote "
                                  "%3); import the series again to rebuild it.")
                .arg(path)
                .arg(found.size)
                .arg(expected.size);
        if (found.crc32 != expected.crc32) {
            const QString aside = path + QStringLiteral(".damaged");
            QFile::remove(aside);
            const bool moved = QFile::rename(path, aside);
            return QCoreApplication::translate(
                       "brainmd", "The cached volume %1 is damaged (its checksum differs from "
                                  "the one recorded at import)%2; import the series again to "
                                  "rebuild it.")
                .arg(path,
                     moved ? QCoreApplication::translate("brainmd", " and was moved aside to %1")
                                 .arg(aside)
                           : QString());
        }
        return {};
    }
    // No stamp (a database from before stamps): a cache file cut short (disk full, a copy
    // interrupted) would read as a volume whose last slices are zeros.
    if (!niftiFileIsWhole(path))
        return QCoreApplication::translate("brainmd", "The cached volume %1 is damaged (shorter "
                                                      "than its header says); import the "
                                                      "series again to rebuild it.")
            .arg(path);
    return {};
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
