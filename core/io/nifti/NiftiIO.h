#pragma once

#include "volume/Volume.h"

#include <QString>

namespace brainmd {

/// Result of a read: the volume, or an error message saying what was wrong and where.
struct NiftiReadResult {
    Volume volume;
    QString error; ///< empty on success
    bool ok() const { return error.isEmpty(); }
};

/// Reads a NIfTI-1 or NIfTI-2 file (.nii or .nii.gz) through niftilib. The sform is used
/// when its code is set, else the qform, else the pixel sizes alone. Integer types that
/// fit int16 (and scl_slope 1, scl_inter 0) stay Int16; everything else becomes Float32
/// with the scaling applied. Only the first 3D volume of a 4D file is read.
NiftiReadResult readNifti(const QString &path);

/// Writes `volume` as NIfTI-1 (gzip-compressed when the name ends in .gz) with qform and
/// sform both set to the volume's geometry. The file appears atomically: it is written
/// under a temporary name in the same folder and renamed. `gzipLevel` (1 fastest – 9
/// smallest) applies to .gz names; caches use 1, files for people the default 6.
/// Returns an error message or "".
QString writeNifti(const Volume &volume, const QString &path, int gzipLevel = 6);

/// Whether a file writeNifti() wrote is still whole: its size (.nii) or its gzip trailer
/// (.nii.gz, RFC 1952 ISIZE) matches what its header announces. niftilib reads a gzip
/// file cut short without an error, the missing voxels as zeros; this catches it reading
/// the header and 4 bytes. Only for files this program wrote (one gzip member).
bool niftiFileIsWhole(const QString &path);

} // namespace brainmd
