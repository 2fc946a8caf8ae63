#include "io/phantom/PhantomSeriesOutput.h"

#include "io/dicom/DicomSeriesWriter.h"
#include "io/nifti/NiftiIO.h"
#include "io/seg/DicomSegmentation.h"
#include "volume/WindowLevel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {

/// Decimal digits of a big-endian unsigned integer (long division by 10).
QString toDecimal(QByteArray bytes) {
    QString digits;
    const auto isZero = [&] {
        for (const char b : bytes)
            if (b != 0)
                return false;
        return true;
    };
    while (!isZero()) {
        unsigned remainder = 0;
        for (char &b : bytes) {
            const unsigned value = (remainder << 8) | static_cast<unsigned char>(b);
            b = static_cast<char>(value / 10);
            remainder = value % 10;
        }
        digits.prepend(QChar(u'0' + remainder));
    }
    return digits.isEmpty() ? QStringLiteral("0") : digits;
}

QString seriesDescription(const QString &plane) {
    if (plane == QLatin1String("sagittal"))
        return QStringLiteral("T1 3D POST-CONTRAST SAG");
    if (plane == QLatin1String("oblique"))
        return QStringLiteral("T1 3D POST-CONTRAST OBL");
    return QStringLiteral("T1 3D POST-CONTRAST AX");
}

DicomSeriesMetadata seriesMetadata(const Volume &volume, const PhantomCaseTruth &truth,
                                   const PhantomOptions &options) {
    DicomSeriesMetadata meta;
    meta.patientName = truth.patientName;
    meta.patientId = truth.patientId;
    meta.patientBirthDate = truth.patientBirthDate;
    meta.patientSex = truth.patientSex;
    meta.studyInstanceUid = phantomUid(options.seed, truth.caseIndex, "study");
    meta.seriesInstanceUid = phantomUid(options.seed, truth.caseIndex, "series");
    meta.frameOfReferenceUid = phantomUid(options.seed, truth.caseIndex, "frame");
    meta.sopUidRoot = phantomUid(options.seed, truth.caseIndex, "sop");
    meta.accessionNumber = truth.accessionNumber;
    meta.studyDate = truth.studyDate;
    meta.studyTime = QStringLiteral("%1%2")
                         .arg(8 + truth.caseIndex % 10, 2, 10, QLatin1Char('0'))
                         .arg(truth.caseIndex * 7 % 60, 2, 10, QLatin1Char('0')) +
                     QStringLiteral("00");
    meta.studyDescription = QStringLiteral("MRI BRAIN WITH CONTRAST (SYNTHETIC PHANTOM)");
    meta.seriesDescription = seriesDescription(truth.plane);
    meta.institutionName = QStringLiteral("BrainMD Phantom");
    meta.seriesNumber = 1;
    const WindowLevel window = percentileWindow(volume, 1.0, 99.5);
    meta.windowCenter = std::round(window.center);
    meta.windowWidth = std::max(1.0, std::round(window.width));
    return meta;
}

} // namespace

QString phantomUid(std::uint64_t seed, int caseIndex, const char *purpose) {
    const QByteArray key =
        QStringLiteral("brainmd-phantom/%1/%2/%3")
            .arg(QString::number(seed), QString::number(caseIndex), QLatin1String(purpose))
            .toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).left(16);
    return QStringLiteral("2.25.") + toDecimal(hash);
}

QString writePhantomSeries(const Volume &volume, const PhantomCaseTruth &truth,
                           const PhantomOptions &options) {
    const QDir out(options.outDir);
    if (options.writeDicom) {
        const QString error =
            writeDicomSeries(volume, seriesMetadata(volume, truth, options),
                             out.filePath(QStringLiteral("dicom/") + truth.caseKey));
        if (!error.isEmpty())
            return error;
    }
    if (options.writeNifti) {
        if (!out.mkpath(QStringLiteral("nifti")))
            return QCoreApplication::translate("brainmd", "%1: cannot create folder")
                .arg(out.filePath(QStringLiteral("nifti")));
        const QString error =
            writeNifti(volume, out.filePath(QStringLiteral("nifti/%1.nii.gz").arg(truth.caseKey)));
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString writePhantomSegmentation(const Volume &volume, const std::vector<std::uint8_t> &lesionMask,
                                 const PhantomCaseTruth &truth, const PhantomOptions &options) {
    if (lesionMask.size() != volume.voxelCount())
        return QCoreApplication::translate("brainmd",
                                           "%1: the lesion mask does not match the series")
            .arg(truth.caseKey);
    Volume labels(volume.geometry(), VoxelType::Int16);
    std::int16_t *voxels = labels.int16Data();
    for (std::size_t n = 0; n < lesionMask.size(); ++n)
        voxels[n] = lesionMask[n] != 0 ? 1 : 0;

    SegmentDescription lesion;
    lesion.number = 1;
    lesion.label = QStringLiteral("Lesion");
    lesion.category = QStringLiteral("Morphologically Altered Structure");
    lesion.type = QStringLiteral("Neoplasm");
    lesion.algorithmName = QStringLiteral("BrainMD phantom");
    lesion.rgb = {230, 70, 40};

    // The same identity and UIDs as the series, which are derived from (seed, case).
    const DicomSeriesMetadata meta = seriesMetadata(volume, truth, options);
    SegmentationSource source;
    source.patientName = meta.patientName;
    source.patientId = meta.patientId;
    source.patientBirthDate = meta.patientBirthDate;
    source.patientSex = meta.patientSex;
    source.studyInstanceUid = meta.studyInstanceUid;
    source.studyDate = meta.studyDate;
    source.studyTime = meta.studyTime;
    source.accessionNumber = meta.accessionNumber;
    source.referencedSeriesInstanceUid = meta.seriesInstanceUid;
    source.frameOfReferenceUid = meta.frameOfReferenceUid;
    for (int k = 0; k < volume.nz(); ++k)
        source.referencedSopInstanceUids
            << meta.sopUidRoot + QLatin1Char('.') + QString::number(k + 1);
    source.segSeriesInstanceUid = phantomUid(options.seed, truth.caseIndex, "segseries");
    source.segSopInstanceUid = phantomUid(options.seed, truth.caseIndex, "segsop");
    source.contentDate = truth.studyDate;
    source.contentTime = meta.studyTime;
    source.seriesDescription = QStringLiteral("Lesion (phantom truth)");
    source.seriesNumber = 100;
    const QDir folder(QDir(options.outDir).filePath(QStringLiteral("dicom/") + truth.caseKey));
    return writeSegmentation(folder.filePath(QStringLiteral("SEG0001.dcm")), labels, {lesion},
                             source);
}

} // namespace brainmd
