#pragma once

#include <QString>

namespace brainmd {

/// What a cache file was when the import wrote it: its size and the CRC-32 of its bytes.
/// Recorded with the series (and with each lesion mask) and checked when the file is read,
/// so that a file damaged later (a bad sector, an interrupted copy, a flipped byte in the
/// middle that the gzip trailer does not reveal until the end is read) is refused instead
/// of showing wrong voxels. CRC-32 (zlib, already used for the NIfTI files) because the
/// threat is accidental damage, not tampering, and it costs about 0.6 ms per MB against
/// 2.4 ms for SHA-1 and 13 ms for SHA-256 here.
struct CacheStamp {
    qint64 size = -1; ///< -1: not recorded (a database from before stamps)
    quint32 crc32 = 0;
    bool known() const { return size >= 0; }
    bool operator==(const CacheStamp &other) const = default;
};

/// The stamp of the file at `path`; size -1 and `error` set when it cannot be read.
CacheStamp stampOfFile(const QString &path, QString *error);

} // namespace brainmd
