#pragma once

#include "volume/Orientation.h"

#include <QString>
#include <QStringList>

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <vector>

namespace brainmd {

/// What `brainmd demo-data` asks for.
struct PhantomOptions {
    int cases = 20;
    std::uint64_t seed = 1;
    int resolutionMm = 2;     ///< voxel size of the acquired series: 1 or 2 mm
    double lesionShare = 0.6; ///< share of cases (0..1) drawn with a tumour
    QString outDir;
    QString templateDir = QStringLiteral("/usr/share/mricron/templates");
    bool writeDicom = true;  ///< DIR/dicom/<case-key>/IM0001.dcm ...
    bool writeNifti = false; ///< also DIR/nifti/<case-key>.nii.gz (same voxels and geometry)
    /// With writeDicom, cases with a lesion also get DIR/dicom/<case-key>/SEG0001.dcm, a
    /// DICOM Segmentation of the lesion on the series grid.
    bool writeSegmentation = true;
    int threads = 0; ///< worker threads; 0 = one per core (output is the same)
};

/// The synthetic tumour of a case, as the generator drew it.
struct PhantomLesion {
    bool present = false;
    Eigen::Vector3d centreLps = Eigen::Vector3d::Zero(); ///< patient (scanner) LPS, mm
    double radiusMm = 0.0;     ///< nominal radius; the outline varies by up to ~15 %
    double diameterMm = 0.0;   ///< 2 × radius, rounded to whole mm (what reports state)
    double coreFraction = 0.0; ///< necrotic core radius / radius (0: no necrosis)
    bool enhancing = false;
    bool oedema = false;
    double oedemaRatio = 1.0;  ///< oedema radius / radius
    double massEffectMm = 0.0; ///< radial push of surrounding tissue at the tumour edge
    QString lobe;              ///< AAL lobe at the centre: frontal, parietal, temporal, ...
    QString side;              ///< "left" or "right" (side of the centre)
    QString region;            ///< AAL region name at the centre, e.g. "Temporal_Mid_L"
    QString regionPhrase;      ///< e.g. "middle temporal gyrus"
};

/// Everything known about one generated case: identity, acquisition and truth.
struct PhantomCaseTruth {
    int caseIndex = 0; ///< 0-based
    QString caseKey;   ///< folder name under dicom/, e.g. "case-0007"
    QString patientId, patientName, accessionNumber;
    QString patientSex, patientBirthDate, studyDate;
    int ageYears = 0;
    QString plane; ///< "axial", "sagittal" or "oblique"
    std::array<int, 3> dims{0, 0, 0};
    /// The largest lesion. It alone answers the questions (side, lobe, size, enhancement,
    /// oedema, mass effect); further lesions lie in its lobe and on its side, are smaller
    /// and share its contrast, so that those answers hold for every lesion shown.
    PhantomLesion lesion;
    std::vector<PhantomLesion> satellites; ///< further, smaller lesions (multifocal cases)
    /// Reference slice per View (indexed by int(View)), along that view's axis of the
    /// acquired volume reoriented with reorientToRas(), and its RAS position in mm: the
    /// slice with the most lesion voxels (all lesions, as in the case's DICOM SEG, so that
    /// both truths agree; satellites are at most half the largest lesion's radius, so the
    /// slice cuts the largest lesion).
    std::array<int, 3> referenceSlice{0, 0, 0};
    std::array<double, 3> referencePositionMm{0.0, 0.0, 0.0};
    /// Per View, reference slice minus the volume's centre slice along that view's axis,
    /// in mm (positive towards R, A and S): how far the truth lies from where the `centre`
    /// baseline looks.
    std::array<double, 3> referenceOffsetMm{0.0, 0.0, 0.0};
};

/// Outcome of a generator run. On cancel the cases done so far stay on disk, but the side
/// files are not written.
struct PhantomResult {
    std::vector<PhantomCaseTruth> cases;
    QStringList files; ///< side files written (absolute paths)
    QString error;
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

} // namespace brainmd
