#include "io/seg/SegmentationFrames.h"
#include "io/seg/SegmentationSupport.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmfg/fgderimg.h>
#include <dcmtk/dcmfg/fgpixmsr.h>
#include <dcmtk/dcmfg/fgplanor.h>
#include <dcmtk/dcmfg/fgplanpo.h>
#include <dcmtk/dcmfg/fgseg.h>
#include <dcmtk/dcmseg/segdoc.h>

#include <algorithm>
#include <cstring>

namespace brainmd::seg {

namespace {

/// Pixel Data as bytes in file order, whatever VR DCMTK gave it (OB, or OW in host order).
const Uint8 *pixelBytes(DcmDataset &ds, std::size_t *size) {
    DcmElement *element = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, element).bad() || element == nullptr)
        return nullptr;
    *size = element->getLength();
    Uint8 *bytes = nullptr;
    if (element->getUint8Array(bytes).good() && bytes != nullptr)
        return bytes;
    Uint16 *words = nullptr;
    if (element->getUint16Array(words).good() && words != nullptr)
        return reinterpret_cast<const Uint8 *>(words);
    return nullptr;
}

/// Frame `index` unpacked to one byte per pixel, 0 or 1. Binary frames are bit-packed
/// back to back over the whole Pixel Data, least significant bit first (PS3.5 8.1.1), so
/// a frame need not start on a byte boundary.
std::vector<std::uint8_t> unpackFrame(const Uint8 *bytes, std::size_t pixelsPerFrame,
                                      std::size_t index, const SegmentationObject &seg) {
    std::vector<std::uint8_t> pixels(pixelsPerFrame, 0);
    const std::size_t first = index * pixelsPerFrame;
    if (seg.fractional) {
        // Half the maximum counts as inside, as most viewers threshold probabilities.
        const int maximum = std::max(seg.maximumFractionalValue, 1);
        for (std::size_t p = 0; p < pixelsPerFrame; ++p)
            pixels[p] = bytes[first + p] > 0 && 2 * int(bytes[first + p]) >= maximum ? 1 : 0;
        return pixels;
    }
    for (std::size_t p = 0; p < pixelsPerFrame; ++p) {
        const std::size_t bit = first + p;
        pixels[p] = (bytes[bit / 8] >> (bit % 8)) & 1u;
    }
    return pixels;
}

QString readOrientation(FGInterface &groups, Uint32 frame, SegmentationObject &out) {
    auto *orientation = static_cast<FGPlaneOrientationPatient *>(
        groups.get(frame, DcmFGTypes::EFG_PLANEORIENTPATIENT));
    Float64 v[6] = {0, 0, 0, 0, 0, 0};
    if (orientation == nullptr ||
        orientation->getImageOrientationPatient(v[0], v[1], v[2], v[3], v[4], v[5]).bad())
        return tr("frame %1 has no plane orientation (shared or per frame)").arg(frame + 1);
    const Eigen::Vector3d row(v[0], v[1], v[2]), column(v[3], v[4], v[5]);
    if (row.norm() < 0.5 || column.norm() < 0.5)
        return tr("frame %1 has an invalid plane orientation").arg(frame + 1);
    if (frame == 0) {
        out.rowDirection = row.normalized();
        out.columnDirection = column.normalized();
    } else if ((row.normalized() - out.rowDirection).norm() > 1e-3 ||
               (column.normalized() - out.columnDirection).norm() > 1e-3) {
        return tr("the frames lie in more than one orientation (frame %1 differs from frame 1)")
            .arg(frame + 1);
    }
    return {};
}

QString readSpacing(FGInterface &groups, Uint32 frame, SegmentationObject &out) {
    auto *measures =
        static_cast<FGPixelMeasures *>(groups.get(frame, DcmFGTypes::EFG_PIXELMEASURES));
    Float64 rowSpacing = 0, columnSpacing = 0;
    if (measures == nullptr || measures->getPixelSpacing(rowSpacing, 0).bad() ||
        measures->getPixelSpacing(columnSpacing, 1).bad() || rowSpacing <= 0 || columnSpacing <= 0)
        return tr("frame %1 has no pixel spacing").arg(frame + 1);
    if (frame == 0) {
        out.pixelSpacing = {rowSpacing, columnSpacing};
        Float64 thickness = 0;
        if (measures->getSliceThickness(thickness).good())
            out.sliceThickness = thickness;
    } else if (std::abs(rowSpacing - out.pixelSpacing[0]) > 1e-3 ||
               std::abs(columnSpacing - out.pixelSpacing[1]) > 1e-3) {
        return tr("the frames have more than one pixel spacing (frame %1 differs from frame 1)")
            .arg(frame + 1);
    }
    return {};
}

QString derivationSource(FGInterface &groups, Uint32 frame) {
    auto *derivation =
        static_cast<FGDerivationImage *>(groups.get(frame, DcmFGTypes::EFG_DERIVATIONIMAGE));
    if (derivation == nullptr)
        return {};
    for (DerivationImageItem *item : derivation->getDerivationImageItems()) {
        for (SourceImageItem *source : item->getSourceImageItems()) {
            OFString uid;
            if (source->getImageSOPInstanceReference().getReferencedSOPInstanceUID(uid).good() &&
                !uid.empty())
                return fromOf(uid);
        }
    }
    return {};
}

bool hasSegment(const SegmentationObject &out, int number) {
    return std::any_of(out.segments.begin(), out.segments.end(),
                       [number](const SegmentDescription &s) { return s.number == number; });
}

} // namespace

QString readFrames(DcmSegmentation &segmentation, DcmDataset &ds, SegmentationObject &out) {
    Sint32 declared = 0;
    ds.findAndGetSint32(DCM_NumberOfFrames, declared);
    const std::size_t frames = static_cast<std::size_t>(std::max(declared, 0));
    const std::size_t pixelsPerFrame = std::size_t(out.rows) * std::size_t(out.columns);
    std::size_t size = 0;
    const Uint8 *bytes = pixelBytes(ds, &size);
    const std::size_t needed =
        out.fractional ? frames * pixelsPerFrame : (frames * pixelsPerFrame + 7) / 8;
    if (bytes == nullptr || size < needed)
        return tr("the pixel data cannot be read or is shorter than its %1 frames").arg(frames);

    FGInterface &groups = segmentation.getFunctionalGroups();
    for (std::size_t f = 0; f < frames; ++f) {
        const auto frame = static_cast<Uint32>(f);
        QString failure = readOrientation(groups, frame, out);
        if (failure.isEmpty())
            failure = readSpacing(groups, frame, out);
        if (!failure.isEmpty())
            return failure;
        auto *position =
            static_cast<FGPlanePosPatient *>(groups.get(frame, DcmFGTypes::EFG_PLANEPOSPATIENT));
        Float64 x = 0, y = 0, z = 0;
        if (position == nullptr || position->getImagePositionPatient(x, y, z).bad())
            return tr("frame %1 has no plane position").arg(frame + 1);
        auto *segment =
            static_cast<FGSegmentation *>(groups.get(frame, DcmFGTypes::EFG_SEGMENTATION));
        Uint16 number = 0;
        if (segment == nullptr || segment->getReferencedSegmentNumber(number).bad() ||
            !hasSegment(out, number))
            return tr("frame %1 refers to no segment of the object").arg(frame + 1);
        SegmentationFrame result;
        result.index = static_cast<int>(f);
        result.segmentNumber = number;
        result.position = {x, y, z};
        result.referencedSopInstanceUid = derivationSource(groups, frame);
        result.pixels = unpackFrame(bytes, pixelsPerFrame, f, out);
        out.frames.push_back(std::move(result));
    }
    return {};
}

} // namespace brainmd::seg
