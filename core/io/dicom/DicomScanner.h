#pragma once

#include "io/dicom/DicomTypes.h"
#include "jobs/Progress.h"

#include <functional>
#include <variant>

namespace brainmd {

/// Outcome of reading one file's header: an image, or the reason it is not one we use.
using DicomHeaderResult = std::variant<DicomFileInfo, FileProblem>;

/// Reads the header of one file with GDCM (pixel data is not decoded).
/// Non-image objects (SR, KOS, presentation states...), non-DICOM and truncated files
/// come back as a FileProblem with a one-line reason.
DicomHeaderResult readDicomHeader(const QString &path);

struct DicomScanOptions {
    /// Called with (path, size, mtimeMs) before a file's header is read; returning true
    /// skips the file as already imported and unchanged.
    std::function<bool(const QString &, qint64, qint64)> alreadyKnown;
};

struct DicomScanResult {
    std::vector<DicomFileInfo> images;
    std::vector<FileProblem> problems;
    /// DICOM Segmentation objects met on the way (not images; the import places them on
    /// the series they reference once the images are in).
    QStringList segmentationFiles;
    int skippedUnchanged = 0;
    bool cancelled = false;
};

/// Scans files, folders (recursively) and DICOMDIR files. Copies of a SOPInstanceUID
/// within one series are all kept (assembleVolume decodes them and chooses); a copy in
/// another series is listed as a problem.
DicomScanResult scanDicom(const QStringList &paths, const DicomScanOptions &options,
                          ProgressReporter *progress);

/// Groups images by SeriesInstanceUID and splits sub-series the way 3D Slicer's DICOM
/// scalar volume plugin does (orientation, image size, acquisition number, localizers,
/// echo time, b-value). Groups come back sorted by seriesKey.
std::vector<SeriesGroup> groupIntoSeries(std::vector<DicomFileInfo> images);

/// Decodes the pixels of a group (any transfer syntax GDCM can decode, multi-frame
/// included) in the helper process brainmd-decoder (a library abort or hang costs that
/// file only), applies rescale slope / intercept, sorts slices along the slice normal and
/// builds the volume with its geometry. Gaps and uneven spacing are reported, never
/// filled in. Rules, each said in a warning or a file problem: copies of one
/// SOPInstanceUID keep the first by path of those that decode; slices without a usable
/// position (missing, NaN) are left out when others have one; of slices at one position
/// the lowest instance number is kept; an unusable orientation (zero vector) refuses the
/// file.
AssembledVolume assembleVolume(const SeriesGroup &group, ProgressReporter *progress);

} // namespace brainmd
