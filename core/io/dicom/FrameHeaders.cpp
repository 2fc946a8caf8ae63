#include "io/dicom/FrameHeaders.h"

#include "io/dicom/DicomDataSetAccess.h"
#include "io/dicom/DicomHeaderFields.h"
#include "io/dicom/LibraryMessages.h"

#include <QCoreApplication>
#include <QFile>

#include <QStringList>

#include <gdcmReader.h>

#include <cmath>

namespace brainmd::dicom {

using gdcm::Tag;

namespace {

/// Looks `tag` up at the top level, then in `sequence` of the frame's and the shared
/// functional groups (in that order), the way enhanced objects spread their attributes.
std::vector<double> lookUp(const gdcm::DataSet &ds, const gdcm::DataSet *frame,
                           const gdcm::DataSet *shared, const Tag &sequence, const Tag &tag) {
    std::vector<double> values = numbers(ds, tag);
    for (const gdcm::DataSet *group : {frame, shared}) {
        if (!values.empty() || group == nullptr)
            continue;
        if (const std::optional<gdcm::DataSet> nested = item(*group, sequence))
            values = numbers(*nested, tag);
    }
    return values;
}

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QString joined(const std::vector<double> &values) {
    QStringList parts;
    for (double v : values)
        parts.append(QString::number(v));
    return parts.join(QLatin1Char('\\'));
}

/// Why an ImageOrientationPatient cannot give a slice plane; "" when it can.
QString orientationProblem(const std::array<double, 6> &o) {
    const Eigen::Vector3d row(o[0], o[1], o[2]), column(o[3], o[4], o[5]);
    const std::vector<double> values(o.begin(), o.end());
    if (!row.allFinite() || !column.allFinite())
        return tr("ImageOrientationPatient is not a number (%1)").arg(joined(values));
    if (row.norm() < 1e-6 || column.norm() < 1e-6)
        return tr("ImageOrientationPatient %1: orientation vector is zero").arg(joined(values));
    if (std::abs(row.normalized().dot(column.normalized())) > 0.01)
        return tr("ImageOrientationPatient %1: row and column directions are not perpendicular")
            .arg(joined(values));
    return {};
}

QString spacingProblem(const std::vector<double> &spacing, const std::string &raw);

void setPlane(const gdcm::DataSet &ds, const gdcm::DataSet *frame, const gdcm::DataSet *shared,
              FrameHeader *h) {
    h->position = positionOf(ds, frame);
    if (h->position && !h->position->allFinite()) {
        h->positionNote = tr("ImagePositionPatient is not a number (%1)")
                              .arg(joined({h->position->x(), h->position->y(), h->position->z()}));
        h->position.reset();
    } else if (!h->position) {
        h->positionNote = tr("no ImagePositionPatient");
    }
    h->orientation = orientationOf(ds, frame, shared);
    if (h->orientation)
        h->unusable = orientationProblem(*h->orientation);
    const std::vector<double> spacing =
        lookUp(ds, frame, shared, Tag(0x0028, 0x9110), Tag(0x0028, 0x0030));
    h->spacingNote = spacingProblem(spacing, rawString(ds, Tag(0x0028, 0x0030)));
    if (h->spacingNote.isEmpty() && !spacing.empty())
        h->pixelSpacing = Eigen::Vector2d(spacing[0], spacing[1]);
}

/// Why PixelSpacing cannot be used (then 1 mm is assumed); "" when it can or is absent.
QString spacingProblem(const std::vector<double> &spacing, const std::string &raw) {
    constexpr double kLargest = 1000.0; // mm; no image has larger pixels
    const QString assumed = tr("; 1 mm pixels assumed");
    if (spacing.empty())
        return raw.empty()
                   ? QString()
                   : tr("PixelSpacing \"%1\" is not a number").arg(QString::fromStdString(raw)) +
                         assumed;
    if (spacing.size() != 2)
        return tr("PixelSpacing has %1 values (%2), two are needed")
                   .arg(spacing.size())
                   .arg(joined(spacing)) +
               assumed;
    for (double v : spacing) {
        if (!std::isfinite(v) || v <= 0)
            return tr("PixelSpacing is %1 (not a positive size)").arg(joined(spacing)) + assumed;
        if (v > kLargest)
            return tr("PixelSpacing is %1 mm (implausibly large)").arg(joined(spacing)) + assumed;
    }
    return {};
}

/// Why the rescale cannot be applied; "" when it can.
QString rescaleProblem(const std::vector<double> &slope, const std::vector<double> &intercept) {
    if (!slope.empty() && (!std::isfinite(slope[0]) || slope[0] == 0.0))
        return tr("RescaleSlope is %1: the stored values cannot be turned into intensities")
            .arg(slope[0]);
    if (!intercept.empty() && !std::isfinite(intercept[0]))
        return tr("RescaleIntercept is %1").arg(intercept[0]);
    return {};
}

FrameHeader frameHeader(const gdcm::DataSet &ds, const gdcm::DataSet *frame,
                        const gdcm::DataSet *shared) {
    FrameHeader h;
    setPlane(ds, frame, shared, &h);
    const Tag measures(0x0028, 0x9110);
    const std::vector<double> thickness = lookUp(ds, frame, shared, measures, Tag(0x0018, 0x0050));
    if (!thickness.empty() && thickness[0] > 0)
        h.sliceThickness = thickness[0];
    const Tag transformation(0x0028, 0x9145);
    const std::vector<double> slope =
        lookUp(ds, frame, shared, transformation, Tag(0x0028, 0x1053));
    const std::vector<double> intercept =
        lookUp(ds, frame, shared, transformation, Tag(0x0028, 0x1052));
    if (h.unusable.isEmpty())
        h.unusable = rescaleProblem(slope, intercept);
    if (!slope.empty() && std::isfinite(slope[0]) && slope[0] != 0.0)
        h.slope = slope[0];
    if (!intercept.empty() && std::isfinite(intercept[0]))
        h.intercept = intercept[0];
    const Tag voi(0x0028, 0x9132);
    const std::vector<double> center = lookUp(ds, frame, shared, voi, Tag(0x0028, 0x1050));
    const std::vector<double> width = lookUp(ds, frame, shared, voi, Tag(0x0028, 0x1051));
    if (!center.empty() && !width.empty() && width[0] > 0)
        h.window = WindowLevel{center[0], width[0]};
    return h;
}

} // namespace

QString readFrameHeaders(const DicomFileInfo &file, int fileIndex, std::vector<FrameHeader> *out) {
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(file.path).constData());
    // The scan attached GDCM's messages about this header to the file already.
    const LibraryMessageCapture quiet;
    try {
        if (!reader.ReadUpToTag(kPixelDataTag, {kPixelDataTag}))
            return QCoreApplication::translate("brainmd", "the header could not be read again");
    } catch (const std::exception &) {
        return QCoreApplication::translate("brainmd", "the header could not be read again");
    }
    const gdcm::DataSet &ds = reader.GetFile().GetDataSet();
    const std::optional<gdcm::DataSet> shared = item(ds, Tag(0x5200, 0x9229));
    const Tag perFrame(0x5200, 0x9230);
    for (int f = 0; f < file.frames; ++f) {
        const std::optional<gdcm::DataSet> frame = item(ds, perFrame, static_cast<std::size_t>(f));
        FrameHeader h = frameHeader(ds, frame ? &*frame : nullptr, shared ? &*shared : nullptr);
        h.fileIndex = fileIndex;
        h.frameIndex = f;
        h.instanceNumber = file.instanceNumber;
        out->push_back(std::move(h));
    }
    return {};
}

} // namespace brainmd::dicom
