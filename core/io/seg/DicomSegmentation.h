#pragma once

#include "volume/Geometry.h"
#include "volume/Volume.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

namespace brainmd {

/// One segment of a DICOM Segmentation (Segment Sequence item).
struct SegmentDescription {
    int number = 0;   ///< SegmentNumber (1..n); the value its voxels get in a label map
    QString label;    ///< SegmentLabel, e.g. "Lesion"
    QString category; ///< SegmentedPropertyCategoryCodeSequence meaning, e.g. "Morphologically
                      ///< Altered Structure"
    QString type;     ///< SegmentedPropertyTypeCodeSequence meaning, e.g. "Neoplasm"
    /// Codes as "SCHEME:VALUE", e.g. "SCT:49755003". Empty when writing: the SNOMED code of
    /// a known meaning ("Morphologically Altered Structure", "Neoplasm", "Tissue", "Brain"),
    /// an empty meaning becoming "Morphologically Altered Structure" / "Neoplasm", any
    /// other meaning a private "99BRAINMD" code.
    QString categoryCode, typeCode;
    /// SegmentAlgorithmName; empty = SegmentAlgorithmType MANUAL, otherwise AUTOMATIC.
    QString algorithmName;
    /// Display colour in sRGB, from RecommendedDisplayCIELabValue; a fixed palette colour
    /// by segment number when the object has none.
    std::array<std::uint8_t, 3> rgb{255, 0, 0};
};

/// One frame of a SEG: which segment, where in the patient (LPS, mm) and, when given,
/// which image it was drawn on.
struct SegmentationFrame {
    int segmentNumber = 0;
    Eigen::Vector3d position{0, 0, 0}; ///< ImagePositionPatient of the frame
    QString referencedSopInstanceUid;  ///< DerivationImage / Source Image; may be empty
    std::vector<std::uint8_t> pixels;  ///< rows × columns, row-major, 0 or 1 (unpacked)
    int index = 0;                     ///< 0-based frame number in the object, for notes
};

/// A DICOM Segmentation object (SOP class 1.2.840.10008.5.1.4.1.1.66.4) as read.
struct SegmentationObject {
    QString filePath;
    QString sopInstanceUid;
    QString seriesInstanceUid;           ///< the SEG's own series
    QString referencedSeriesInstanceUid; ///< ReferencedSeriesSequence (the image series)
    QString frameOfReferenceUid;
    int rows = 0, columns = 0;
    Eigen::Vector3d rowDirection{1, 0, 0};    ///< ImageOrientationPatient[0..2]
    Eigen::Vector3d columnDirection{0, 1, 0}; ///< ImageOrientationPatient[3..5]
    Eigen::Vector2d pixelSpacing{1, 1};       ///< (row spacing, column spacing) in mm
    double sliceThickness = 0;                ///< PixelMeasures SliceThickness, 0 if absent
    bool fractional = false;                  ///< a FRACTIONAL SEG, thresholded at half its maximum
    int maximumFractionalValue = 0;           ///< of a FRACTIONAL SEG
    std::vector<SegmentDescription> segments;
    std::vector<SegmentationFrame> frames;
};

/// Reads a SEG file with DCMTK's dcmseg. `error` says why it cannot be used (not a SEG,
/// damaged, no segments, no plane positions, frames larger than the file could hold ...)
/// and is empty on success. Never aborts the process.
SegmentationObject readSegmentation(const QString &path, QString *error);

/// A SEG placed on an image series' voxel grid.
struct SegmentationOnGrid {
    /// Int16 label map on `grid` (same geometry as the image volume): 0 = no segment,
    /// otherwise the segment number. Where segments overlap the higher number wins and a
    /// note says how many voxels overlapped.
    Volume labels;
    std::vector<SegmentDescription> segments;
    QStringList notes; ///< what was adjusted (overlaps, frames off the grid that were dropped)
    QString error; ///< why it cannot be placed (other orientation, other spacing, no frame on the
                   ///< grid); empty on success
};

/// Places each frame of `seg` on the slice of `grid` whose plane it lies in (tolerance a
/// tenth of the slice spacing, and in-plane grid matching within 0.01 mm); frames in the
/// orientation of the grid only (no resampling).
SegmentationOnGrid placeOnGrid(const SegmentationObject &seg, const Geometry &grid);

/// Identity of the image series a SEG is written for.
struct SegmentationSource {
    QString patientName, patientId, patientBirthDate, patientSex;
    QString studyInstanceUid, studyDate, studyTime, accessionNumber, studyId;
    QString referencedSeriesInstanceUid, frameOfReferenceUid;
    QStringList referencedSopInstanceUids;                             ///< per slice k of the grid
    QString sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.4"); ///< of the images
    QString segSeriesInstanceUid, segSopInstanceUid;
    QString contentDate,
        contentTime; ///< given, never the clock, so the same input writes the same bytes
    QString seriesDescription = QStringLiteral("Segmentation");
    int seriesNumber = 100;
};

/// Writes a BINARY SEG with one frame per non-empty slice of `labels` (Int16 label map on
/// the series grid, voxel value = segment number) and one segment per entry of `segments`.
/// DCMTK numbers segments 1..n in the order of `segments`: voxels of segments[i].number
/// are written as segment i + 1, so a label map numbered 1..n in that order reads back
/// identically. `source.referencedSopInstanceUids` is empty (no derivation references) or
/// has one UID per slice. Same input, same bytes. Returns an error message, or "".
QString writeSegmentation(const QString &path, const Volume &labels,
                          const std::vector<SegmentDescription> &segments,
                          const SegmentationSource &source);

} // namespace brainmd
