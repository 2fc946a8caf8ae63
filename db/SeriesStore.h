#pragma once

#include "io/dicom/DicomTypes.h"
#include "ports/ImportStore.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace brainmd {

class Database;

/// The import's writer: stores one assembled series with its patient, study, instances
/// and case in a single transaction, and answers what the database already knows about
/// files. A series row therefore always comes with all its instances; the voxel cache
/// file is written before (see VolumeCache), so it exists too.
class SeriesStore {
public:
    explicit SeriesStore(const Database &db);

    using KnownFile = ImportStore::KnownFile;
    /// Every indexed file (image instances and stored DICOM SEG files) by absolute path.
    QHash<QString, KnownFile> knownFiles() const;
    bool seriesExists(const QString &seriesKey) const;
    /// Absolute paths of the files of a known series.
    QStringList filePathsOfSeries(const QString &seriesKey) const;
    /// Imported series with this SeriesInstanceUID (sub-series of a split one), by key.
    std::vector<SeriesTarget> seriesByInstanceUid(const QString &uid) const;

    using WriteResult = ImportStore::WriteResult;
    /// Writes the series of `group` built into `assembled`, whose instances are exactly
    /// `files` (the group's files minus those assembly could not use). A volume with more
    /// than one slice becomes a case; the case keys of the study are then recomputed
    /// ("<accession>" for a study with one case, else "<accession>-s<series number>").
    WriteResult write(const SeriesGroup &group, const AssembledVolume &assembled,
                      const std::vector<DicomFileInfo> &files, const QString &cacheRelativePath,
                      const CacheStamp &cacheStamp) const;

    /// A stamp from the cache_size and cache_crc32 columns (unknown when NULL).
    static CacheStamp stampOf(const QVariant &size, const QVariant &crc32);

    /// Where the voxel axes point, e.g. "LPS" for a plain axial DICOM series: the patient
    /// direction (L/R, P/A, S/I) closest to each of i, j, k.
    static QString orientationLabel(const Geometry &geometry);
    /// Normalised absolute path, the form stored in instances.file_path.
    static QString normalizedPath(const QString &path);

private:
    const Database &m_db;
};

} // namespace brainmd
