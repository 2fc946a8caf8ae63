#pragma once

#include "io/phantom/PhantomTypes.h"
#include "volume/Volume.h"

#include <cstdint>
#include <vector>

namespace brainmd {

/// A deterministic DICOM UID, "2.25." followed by the decimal value of a 128-bit hash of
/// (seed, case, purpose), e.g. purpose "study", "series", "frame", "sop".
QString phantomUid(std::uint64_t seed, int caseIndex, const char *purpose);

/// Writes a rendered case: a DICOM MR series in <outDir>/dicom/<case-key>/ (fixed dates,
/// pseudonymous identity, window from the voxels) and, when asked, a NIfTI copy
/// <outDir>/nifti/<case-key>.nii.gz. Returns an error message, or "".
QString writePhantomSeries(const Volume &volume, const PhantomCaseTruth &truth,
                           const PhantomOptions &options);

/// Writes the lesion of a case with one (`lesionMask`: voxel for voxel on the grid of
/// `volume`, nonzero inside) as a DICOM Segmentation <outDir>/dicom/<case-key>/SEG0001.dcm
/// with one segment "Lesion", referencing the series writePhantomSeries() wrote. Returns
/// an error message, or "".
QString writePhantomSegmentation(const Volume &volume, const std::vector<std::uint8_t> &lesionMask,
                                 const PhantomCaseTruth &truth, const PhantomOptions &options);

} // namespace brainmd
