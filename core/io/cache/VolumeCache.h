#pragma once

#include "io/cache/CacheStamp.h"
#include "volume/Volume.h"

#include <QString>
#include <QStringList>

namespace brainmd {

/// Result of loading a cached volume.
struct CachedVolume {
    Volume volume;
    QString error; ///< empty on success
    bool ok() const { return error.isEmpty(); }
};

/// The voxel cache of a database: one compressed NIfTI per series,
/// "<db file>.cache/volumes/<sha1 of series key>.nii.gz". Volumes are stored as imported
/// (DICOM voxel order, true geometry); callers reorient. Folders are created user-only
/// (0700) and files 0600. Thread-safe: it holds only the root path.
class VolumeCache {
public:
    /// `cacheDir` is Database::cacheDir().
    explicit VolumeCache(const QString &cacheDir);

    /// Path relative to the cache folder, as stored in series.cache_path.
    static QString relativePathFor(const QString &seriesKey);
    /// Absolute path of the cache file for `seriesKey`.
    QString pathFor(const QString &seriesKey) const;
    /// Absolute path for a relative cache path read from the database.
    QString absolutePath(const QString &relativePath) const;

    bool contains(const QString &seriesKey) const;
    /// The cache file exists and is as long as the import wrote it (the stamp's size when
    /// known, else as its header says, see niftiFileIsWhole): cheap, reads no voxels.
    bool isWhole(const QString &relativePath, const CacheStamp &expected = {}) const;
    /// Writes the volume atomically (temporary file + rename) and, when `written` is given,
    /// the stamp of the file written. Returns "" or the error.
    QString store(const QString &seriesKey, const Volume &volume,
                  CacheStamp *written = nullptr) const;
    /// Fails, naming the file, when it is missing, unreadable, cut short or, when
    /// `expected` is known, not the file that was written (size or checksum differ).
    CachedVolume load(const QString &seriesKey) const;
    CachedVolume loadRelative(const QString &relativePath, const CacheStamp &expected = {}) const;
    /// Why the file is not the one written ("" when it is): missing, cut short, or size
    /// or checksum differ from `expected` (when known). Reads the whole file. A file whose
    /// checksum differs is moved aside to "<file>.damaged", so that the next import, which
    /// checks sizes only, sees it missing and rebuilds it.
    QString verify(const QString &relativePath, const CacheStamp &expected) const;

    /// Removes the temporary files of cache writes whose process is gone (an import killed
    /// mid-write leaves ".<name>.tmp<pid>-<n>.nii.gz" behind). Files of running processes,
    /// e.g. a second import on the same database, are left alone. Returns the removed paths.
    QStringList sweepAbandonedWrites() const;

private:
    QString m_root;
};

} // namespace brainmd
