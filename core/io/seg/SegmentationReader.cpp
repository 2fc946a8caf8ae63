#include "io/seg/CieLab.h"
#include "io/seg/DicomSegmentation.h"
#include "io/seg/SegmentationFrames.h"
#include "io/seg/SegmentationSupport.h"

#include <QFile>
#include <QFileInfo>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmseg/segdoc.h>
#include <dcmtk/dcmseg/segment.h>

#include <memory>

namespace brainmd {

using seg::fromOf;
using seg::tr;

namespace {

/// Elements longer than this stay in the file until asked for, so that the header can be
/// checked before Pixel Data is read (a forged NumberOfFrames must not exhaust memory).
constexpr Uint32 kMaxInlineBytes = 4096;

QString readFailure(const QString &path, const OFCondition &condition) {
    return tr("%1: cannot read the segmentation: %2")
        .arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(condition.text()));
}

QString stringOf(DcmItem &item, const DcmTagKey &tag) {
    OFString value;
    item.findAndGetOFString(tag, value);
    return fromOf(value);
}

/// Rows, columns, frames and what they need in bytes, from the header alone.
QString checkSizes(DcmDataset &ds, const QString &path, SegmentationObject &out) {
    Uint16 rows = 0, columns = 0;
    ds.findAndGetUint16(DCM_Rows, rows);
    ds.findAndGetUint16(DCM_Columns, columns);
    Sint32 frames = 0;
    // NumberOfFrames is required in a SEG, but writers (pydicom's own test files among
    // them) leave it out of single-frame objects; absent means one frame, as pydicom reads
    // it, and dcmseg is given the element so that it sees the frame.
    if (ds.findAndGetSint32(DCM_NumberOfFrames, frames).bad() &&
        !ds.tagExists(DCM_NumberOfFrames)) {
        frames = 1;
        ds.putAndInsertString(DCM_NumberOfFrames, "1");
    }
    const QString name = QFileInfo(path).fileName();
    if (rows == 0 || columns == 0 || frames <= 0)
        return tr("%1: the segmentation has %2 rows, %3 columns and %4 frames")
            .arg(name)
            .arg(rows)
            .arg(columns)
            .arg(frames);
    const QString type = stringOf(ds, DCM_SegmentationType);
    out.fractional = type == QLatin1String("FRACTIONAL");
    if (!out.fractional && type != QLatin1String("BINARY"))
        return tr("%1: unknown segmentation type \"%2\"").arg(name, type);
    const quint64 pixels = quint64(rows) * columns * quint64(frames);
    const quint64 needed = out.fractional ? pixels : (pixels + 7) / 8;
    const quint64 fileSize = quint64(QFileInfo(path).size());
    // Compressed (RLE, deflate) pixel data can be smaller than its frames, but not by
    // orders of magnitude for a mask that DCMTK would have to hold in memory.
    if (needed > 64 * fileSize + (1u << 20))
        return tr("%1: the header declares %2 frames of %3 × %4 pixels (%5 bytes), far more "
                  "than a file of %6 bytes can hold")
            .arg(name)
            .arg(frames)
            .arg(columns)
            .arg(rows)
            .arg(needed)
            .arg(fileSize);
    DcmElement *pixelData = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, pixelData).bad() || pixelData == nullptr)
        return tr("%1: the segmentation has no pixel data").arg(name);
    const Uint32 length = pixelData->getLengthField();
    if (length != DCM_UndefinedLength && (length < needed || length > fileSize))
        return tr("%1: the pixel data holds %2 bytes, %3 frames need %4 (file cut short?)")
            .arg(name)
            .arg(length)
            .arg(frames)
            .arg(needed);
    out.rows = rows;
    out.columns = columns;
    return {};
}

void readSegments(DcmSegmentation &segmentation, SegmentationObject &out) {
    const std::size_t count = segmentation.getNumberOfSegments();
    for (std::size_t n = 1; n <= count; ++n) {
        DcmSegment *segment = segmentation.getSegment(n);
        if (segment == nullptr)
            continue;
        SegmentDescription description;
        description.number = static_cast<int>(n);
        OFString value;
        segment->getSegmentLabel(value);
        description.label = fromOf(value);
        segment->getSegmentedPropertyCategoryCode().getCodeMeaning(value);
        description.category = fromOf(value);
        description.categoryCode = seg::codeText(segment->getSegmentedPropertyCategoryCode());
        segment->getSegmentedPropertyTypeCode().getCodeMeaning(value);
        description.type = fromOf(value);
        description.typeCode = seg::codeText(segment->getSegmentedPropertyTypeCode());
        if (segment->getSegmentAlgorithmType() != DcmSegTypes::SAT_MANUAL &&
            segment->getSegmentAlgorithmName(value).good())
            description.algorithmName = fromOf(value);
        Uint16 l = 0, a = 0, b = 0;
        description.rgb = segment->getRecommendedDisplayCIELabValue(l, a, b).good()
                              ? dicomLabToRgb({l, a, b})
                              : seg::paletteColour(description.number);
        out.segments.push_back(description);
    }
}

} // namespace

SegmentationObject readSegmentation(const QString &path, QString *error) {
    seg::silenceDcmtkLogs();
    SegmentationObject out;
    out.filePath = path;
    QString failure;
    const auto fail = [&](const QString &message) {
        if (error != nullptr)
            *error = message;
        return SegmentationObject{};
    };
    DcmFileFormat file;
    OFCondition status = file.loadFile(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown,
                                       EGL_noChange, kMaxInlineBytes);
    if (status.bad())
        return fail(readFailure(path, status));
    DcmDataset &ds = *file.getDataset();
    const QString sopClass = stringOf(ds, DCM_SOPClassUID);
    if (sopClass != QLatin1String(UID_SegmentationStorage))
        return fail(tr("%1 is not a DICOM Segmentation (SOP class \"%2\", modality \"%3\")")
                        .arg(QFileInfo(path).fileName(), sopClass, stringOf(ds, DCM_Modality)));
    failure = checkSizes(ds, path, out);
    if (!failure.isEmpty())
        return fail(failure);

    DcmSegmentation *loaded = nullptr;
    status = DcmSegmentation::loadDataset(ds, loaded);
    std::unique_ptr<DcmSegmentation> segmentation(loaded);
    if (status.bad() || !segmentation)
        return fail(readFailure(path, status.bad() ? status : OFCondition(EC_IllegalCall)));
    readSegments(*segmentation, out);
    if (out.segments.empty())
        return fail(tr("%1: the segmentation has no segments").arg(QFileInfo(path).fileName()));
    if (out.fractional) {
        Uint16 maximum = 0;
        ds.findAndGetUint16(DCM_MaximumFractionalValue, maximum);
        out.maximumFractionalValue = maximum;
    }
    out.sopInstanceUid = stringOf(ds, DCM_SOPInstanceUID);
    out.seriesInstanceUid = stringOf(ds, DCM_SeriesInstanceUID);
    out.frameOfReferenceUid = stringOf(ds, DCM_FrameOfReferenceUID);
    DcmItem *series = nullptr;
    if (ds.findAndGetSequenceItem(DCM_ReferencedSeriesSequence, series, 0).good() && series)
        out.referencedSeriesInstanceUid = stringOf(*series, DCM_SeriesInstanceUID);

    failure = seg::readFrames(*segmentation, ds, out);
    if (!failure.isEmpty())
        return fail(QFileInfo(path).fileName() + QStringLiteral(": ") + failure);
    if (error != nullptr)
        error->clear();
    return out;
}

} // namespace brainmd
