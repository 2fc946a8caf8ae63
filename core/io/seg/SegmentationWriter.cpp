#include "io/seg/CieLab.h"
#include "io/seg/DicomSegmentation.h"
#include "io/seg/SegmentationSupport.h"

#include <QCryptographicHash>
#include <QFile>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmfg/fgderimg.h>
#include <dcmtk/dcmfg/fgfracon.h>
#include <dcmtk/dcmfg/fgpixmsr.h>
#include <dcmtk/dcmfg/fgplanor.h>
#include <dcmtk/dcmfg/fgplanpo.h>
#include <dcmtk/dcmfg/fgseg.h>
#include <dcmtk/dcmiod/iodreferences.h>
#include <dcmtk/dcmseg/segdoc.h>
#include <dcmtk/dcmseg/segment.h>

#include <memory>

namespace brainmd {

using seg::toOf;
using seg::tr;

namespace {

QString failure(const char *step, const OFCondition &condition) {
    return tr("cannot write the segmentation (%1): %2")
        .arg(QString::fromLatin1(step), QString::fromLocal8Bit(condition.text()));
}

/// A decimal string (DS, at most 16 characters) for a coordinate in mm.
OFString ds(double value) {
    if (std::abs(value) < 1e-9)
        value = 0.0;
    return toOf(QString::number(value, 'g', 10));
}

/// A UID derived from `base` for `purpose`, stable for the same input: "<base>.<n>" when
/// that fits in 64 characters, otherwise "2.25." and 128 bits of a hash as a decimal.
OFString derivedUid(const QString &base, const char *purpose, int n) {
    const QString direct = base + QLatin1Char('.') + QString::number(n);
    if (direct.size() <= 64)
        return toOf(direct);
    QByteArray bytes = QCryptographicHash::hash((base + QLatin1String(purpose)).toUtf8(),
                                                QCryptographicHash::Sha256)
                           .left(16);
    QString digits;
    for (bool zero = false; !zero;) {
        unsigned remainder = 0;
        zero = true;
        for (char &b : bytes) {
            const unsigned value = (remainder << 8) | static_cast<unsigned char>(b);
            b = static_cast<char>(value / 10);
            remainder = value % 10;
            zero = zero && b == 0;
        }
        digits.prepend(QChar(u'0' + remainder));
    }
    return toOf(QStringLiteral("2.25.") + digits);
}

OFCondition setIdentity(DcmSegmentation &seg, const SegmentationSource &source) {
    OFCondition status = seg.getSOPCommon().setSpecificCharacterSet("ISO_IR 192");
    const auto set = [&status](auto &&call) {
        if (status.good())
            status = call();
    };
    set([&] { return seg.getPatient().setPatientName(toOf(source.patientName), OFFalse); });
    set([&] { return seg.getPatient().setPatientID(toOf(source.patientId), OFFalse); });
    set([&] {
        return seg.getPatient().setPatientBirthDate(toOf(source.patientBirthDate), OFFalse);
    });
    set([&] { return seg.getPatient().setPatientSex(toOf(source.patientSex), OFFalse); });
    set([&] { return seg.getStudy().setStudyInstanceUID(toOf(source.studyInstanceUid)); });
    set([&] { return seg.getStudy().setStudyDate(toOf(source.studyDate), OFFalse); });
    set([&] { return seg.getStudy().setStudyTime(toOf(source.studyTime), OFFalse); });
    set([&] { return seg.getStudy().setAccessionNumber(toOf(source.accessionNumber), OFFalse); });
    set([&] { return seg.getStudy().setStudyID(toOf(source.studyId), OFFalse); });
    set([&] { return seg.getSeries().setSeriesInstanceUID(toOf(source.segSeriesInstanceUid)); });
    set([&] {
        return seg.getSeries().setSeriesNumber(toOf(QString::number(source.seriesNumber)));
    });
    set([&] {
        return seg.getSeries().setSeriesDescription(toOf(source.seriesDescription), OFFalse);
    });
    set([&] {
        return seg.getFrameOfReference().setFrameOfReferenceUID(toOf(source.frameOfReferenceUid));
    });
    set([&] { return seg.getSOPCommon().setSOPInstanceUID(toOf(source.segSopInstanceUid)); });
    // dcmseg stamps the clock when it creates the object; the caller's date replaces it.
    set([&] { return seg.getGeneralImage().setContentDate(toOf(source.contentDate)); });
    set([&] { return seg.getGeneralImage().setContentTime(toOf(source.contentTime)); });
    return status;
}

OFCondition addSegments(DcmSegmentation &seg, const std::vector<SegmentDescription> &segments) {
    for (const SegmentDescription &description : segments) {
        DcmSegment *created = nullptr;
        const bool automatic = !description.algorithmName.isEmpty();
        OFCondition status = DcmSegment::create(
            created, toOf(description.label),
            seg::propertyCode(description.category, description.categoryCode, true),
            seg::propertyCode(description.type, description.typeCode, false),
            automatic ? DcmSegTypes::SAT_AUTOMATIC : DcmSegTypes::SAT_MANUAL,
            automatic ? toOf(description.algorithmName) : OFString());
        std::unique_ptr<DcmSegment> segment(created);
        if (status.bad() || !segment)
            return status.bad() ? status : OFCondition(EC_MemoryExhausted);
        const DicomLab lab = rgbToDicomLab(description.rgb);
        status = segment->setRecommendedDisplayCIELabValue(lab[0], lab[1], lab[2]);
        Uint16 number = 0;
        if (status.good())
            status = seg.addSegment(segment.get(), number);
        if (status.bad())
            return status;
        segment.release(); // owned by the segmentation now
    }
    return EC_Normal;
}

OFCondition addSharedGroups(DcmSegmentation &seg, const Geometry &g) {
    const Eigen::Vector3d row = g.direction.col(0), column = g.direction.col(1);
    std::unique_ptr<FGPlaneOrientationPatient> orientation(FGPlaneOrientationPatient::createMinimal(
        ds(row.x()), ds(row.y()), ds(row.z()), ds(column.x()), ds(column.y()), ds(column.z())));
    if (!orientation)
        return EC_MemoryExhausted;
    FGPixelMeasures measures;
    // PixelSpacing is (between rows, between columns): along j, then along i.
    OFCondition status = measures.setPixelSpacing(ds(g.spacing[1]) + "\\" + ds(g.spacing[0]));
    if (status.good())
        status = measures.setSliceThickness(ds(g.spacing[2]));
    if (status.good())
        status = measures.setSpacingBetweenSlices(ds(g.spacing[2]));
    if (status.good())
        status = seg.addForAllFrames(*orientation);
    if (status.good())
        status = seg.addForAllFrames(measures);
    return status;
}

OFCondition addDimensions(DcmSegmentation &seg, const OFString &uid) {
    IODMultiframeDimensionModule &dimensions = seg.getDimensions();
    OFCondition status = dimensions.addDimensionIndex(DCM_ReferencedSegmentNumber, uid,
                                                      DCM_SegmentIdentificationSequence, "Segment");
    if (status.good())
        status = dimensions.addDimensionIndex(DCM_ImagePositionPatient, uid,
                                              DCM_PlanePositionSequence, "Position");
    return status;
}

/// Frame k of segment `index` (0-based): plane position, dimension index, segment and the
/// image it was drawn on.
OFCondition addFrame(DcmSegmentation &seg, const Volume &labels, std::vector<Uint8> &pixels,
                     int index, int k, const SegmentationSource &source) {
    const Eigen::Vector3d position = labels.geometry().indexToLpsPoint({0.0, 0.0, double(k)});
    std::unique_ptr<FGPlanePosPatient> plane(
        FGPlanePosPatient::createMinimal(ds(position.x()), ds(position.y()), ds(position.z())));
    FGFrameContent content;
    OFCondition status = plane ? content.setDimensionIndexValues(Uint32(index + 1), 0)
                               : OFCondition(EC_MemoryExhausted);
    if (status.good())
        status = content.setDimensionIndexValues(Uint32(k + 1), 1);
    FGSegmentation segment;
    if (status.good())
        status = segment.setReferencedSegmentNumber(Uint16(index + 1));
    if (status.bad())
        return status;
    OFVector<FGBase *> groups;
    groups.push_back(plane.get());
    groups.push_back(&content);
    groups.push_back(&segment);
    std::unique_ptr<FGDerivationImage> derivation;
    if (!source.referencedSopInstanceUids.isEmpty()) {
        ImageSOPInstanceReferenceMacro reference;
        status = reference.setReferencedSOPClassUID(toOf(source.sopClassUid));
        if (status.good())
            status =
                reference.setReferencedSOPInstanceUID(toOf(source.referencedSopInstanceUids.at(k)));
        if (status.bad())
            return status;
        OFVector<ImageSOPInstanceReferenceMacro> references;
        references.push_back(reference);
        derivation.reset(DcmSegmentation::createDerivationImageFG(references, ""));
        if (!derivation)
            return EC_IllegalCall;
        groups.push_back(derivation.get());
    }
    return seg.addFrame(pixels.data(), Uint16(index + 1), groups);
}

/// Adds a frame per segment and non-empty slice; `bits` gets their pixels (0 or 1) in
/// frame order.
OFCondition addFrames(DcmSegmentation &seg, const Volume &labels,
                      const std::vector<SegmentDescription> &segments,
                      const SegmentationSource &source, std::vector<Uint8> *bits) {
    const std::size_t sliceSize = std::size_t(labels.nx()) * std::size_t(labels.ny());
    std::vector<Uint8> pixels(sliceSize);
    const std::int16_t *voxels = labels.int16Data();
    for (std::size_t s = 0; s < segments.size(); ++s) {
        const auto value = static_cast<std::int16_t>(segments[s].number);
        for (int k = 0; k < labels.nz(); ++k) {
            const std::int16_t *slice = voxels + sliceSize * std::size_t(k);
            bool any = false;
            for (std::size_t p = 0; p < sliceSize; ++p) {
                pixels[p] = slice[p] == value ? 1 : 0;
                any = any || pixels[p] != 0;
            }
            if (!any)
                continue;
            const OFCondition status = addFrame(seg, labels, pixels, int(s), k, source);
            if (status.bad())
                return status;
            bits->insert(bits->end(), pixels.begin(), pixels.end());
        }
    }
    return EC_Normal;
}

OFCondition addReferencedSeries(DcmSegmentation &seg, const SegmentationSource &source) {
    IODReferences references;
    for (const QString &uid : source.referencedSopInstanceUids)
        references.add(new IODImageReference(toOf(source.patientId), toOf(source.studyInstanceUid),
                                             toOf(source.referencedSeriesInstanceUid), toOf(uid),
                                             toOf(source.sopClassUid)));
    if (references.size() > 0 &&
        seg.getCommonInstanceReference().addReferences(references, toOf(source.studyInstanceUid)) !=
            references.size())
        return EC_IllegalCall;
    return EC_Normal;
}

/// One bit per pixel, least significant bit first (PS3.5 8.1.1), padded to even length.
std::vector<Uint8> packBits(const std::vector<Uint8> &bits) {
    std::vector<Uint8> packed((bits.size() + 15) / 16 * 2, 0);
    for (std::size_t n = 0; n < bits.size(); ++n) {
        if (bits[n] != 0)
            packed[n / 8] = static_cast<Uint8>(packed[n / 8] | (1u << (n % 8)));
    }
    return packed;
}

QString checkInput(const Volume &labels, const std::vector<SegmentDescription> &segments,
                   const SegmentationSource &source) {
    if (labels.type() != VoxelType::Int16 || labels.isEmpty())
        return tr("cannot write a segmentation: the label map is empty or not Int16");
    if (labels.nx() > 65535 || labels.ny() > 65535)
        return tr("cannot write a segmentation: slices of %1 × %2 are too large")
            .arg(labels.nx())
            .arg(labels.ny());
    if (segments.empty())
        return tr("cannot write a segmentation without segments");
    if (!source.referencedSopInstanceUids.isEmpty() &&
        source.referencedSopInstanceUids.size() != labels.nz())
        return tr("cannot write a segmentation: %1 image references for %2 slices")
            .arg(source.referencedSopInstanceUids.size())
            .arg(labels.nz());
    if (source.segSopInstanceUid.isEmpty() || source.segSeriesInstanceUid.isEmpty() ||
        source.studyInstanceUid.isEmpty() || source.frameOfReferenceUid.isEmpty())
        return tr("cannot write a segmentation without study, series, frame of reference and "
                  "instance UIDs");
    return {};
}

} // namespace

QString writeSegmentation(const QString &path, const Volume &labels,
                          const std::vector<SegmentDescription> &segments,
                          const SegmentationSource &source) {
    seg::silenceDcmtkLogs();
    QString error = checkInput(labels, segments, source);
    if (!error.isEmpty())
        return error;
    const IODGeneralEquipmentModule::EquipmentInfo equipment("BrainMD", "BrainMD Workstation", "1",
                                                             "1");
    const ContentIdentificationMacro content("1", "SEGMENTATION", "BrainMD segmentation", "");
    DcmSegmentation *created = nullptr;
    OFCondition status = DcmSegmentation::createBinarySegmentation(
        created, Uint16(labels.ny()), Uint16(labels.nx()), equipment, content);
    std::unique_ptr<DcmSegmentation> seg(created);
    if (status.bad() || !seg)
        return failure("create", status);
    status = setIdentity(*seg, source);
    if (status.bad())
        return failure("patient, study and series", status);
    status = addSegments(*seg, segments);
    if (status.bad())
        return failure("segments", status);
    status = addSharedGroups(*seg, labels.geometry());
    if (status.good())
        status = addDimensions(*seg, derivedUid(source.segSopInstanceUid, "dimensions", 1));
    if (status.bad())
        return failure("geometry", status);
    std::vector<Uint8> bits;
    status = addFrames(*seg, labels, segments, source, &bits);
    if (status.bad())
        return failure("frames", status);
    if (bits.empty())
        return tr("cannot write a segmentation: no voxel of the label map belongs to a segment");
    status = addReferencedSeries(*seg, source);
    if (status.bad())
        return failure("referenced series", status);
    DcmFileFormat file;
    status = seg->writeDataset(*file.getDataset());
    // dcmseg 3.6.7 shifts the bits of frames that do not end on a byte boundary (rows ×
    // columns not a multiple of 8) when it concatenates them; its per-frame packing is
    // right, so Pixel Data is packed again here, frame after frame without padding.
    if (status.good()) {
        const std::vector<Uint8> packed = packBits(bits);
        status = file.getDataset()->putAndInsertUint8Array(
            DCM_PixelData, packed.data(), static_cast<unsigned long>(packed.size()));
    }
    if (status.good())
        status = file.saveFile(OFFilename(QFile::encodeName(path).constData()),
                               EXS_LittleEndianExplicit);
    if (status.bad())
        return failure("file", status);
    return {};
}

} // namespace brainmd
