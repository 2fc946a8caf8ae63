#include "io/dicom/DicomScanner.h"

#include "io/dicom/FrameHeaders.h"
#include "io/dicom/PixelDecoder.h"
#include "io/dicom/SliceStack.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <map>

namespace brainmd {

using namespace brainmd::dicom;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

/// Header pass: one entry per usable frame; files that fail become problems.
std::vector<FrameHeader> collectFrames(const SeriesGroup &group, AssembledVolume *out) {
    std::vector<FrameHeader> frames;
    const DicomFileInfo &reference = group.files.front();
    for (std::size_t n = 0; n < group.files.size(); ++n) {
        const DicomFileInfo &file = group.files[n];
        if (file.rows != reference.rows || file.columns != reference.columns) {
            out->problems.push_back(
                {file.path, tr("image size %1×%2 differs from the series (%3×%4)")
                                .arg(file.columns)
                                .arg(file.rows)
                                .arg(reference.columns)
                                .arg(reference.rows)});
            continue;
        }
        const QString error = readFrameHeaders(file, static_cast<int>(n), &frames);
        if (!error.isEmpty())
            out->problems.push_back({file.path, error});
    }
    return frames;
}

/// Reports frames that repeat a position: whole files as problems, frames as a warning.
void reportRepeated(const SeriesGroup &group, const std::vector<FrameHeader> &repeated,
                    AssembledVolume *out) {
    int frameCount = 0;
    for (const FrameHeader &f : repeated) {
        const DicomFileInfo &file = group.files[static_cast<std::size_t>(f.fileIndex)];
        if (file.frames == 1)
            out->problems.push_back(
                {file.path, tr("same slice position as another image of the series; not used")});
        else
            ++frameCount;
    }
    if (frameCount > 0)
        out->warnings.append(
            tr("%1 frames repeat the position of another frame and were left out").arg(frameCount));
}

/// Decodes every file once and places its frames, rescaled, at their sorted slots.
/// Slots of files that fail stay unfilled (`filled` false). False when cancelled.
bool decodeFrames(const SeriesGroup &group, const std::vector<FrameHeader> &sorted,
                  std::vector<float> *voxels, std::vector<bool> *filled, AssembledVolume *out,
                  ProgressReporter *progress) {
    const DicomFileInfo &reference = group.files.front();
    const std::size_t sliceSize = static_cast<std::size_t>(reference.columns) * reference.rows;
    std::map<int, std::vector<std::size_t>> slotsOfFile;
    for (std::size_t k = 0; k < sorted.size(); ++k)
        slotsOfFile[sorted[k].fileIndex].push_back(k);
    voxels->assign(sliceSize * sorted.size(), 0.0f);
    filled->assign(sorted.size(), false);
    std::size_t decoded = 0;
    std::vector<float> values;
    for (const auto &[fileIndex, slots] : slotsOfFile) {
        const QString message =
            tr("Decoding slices (%1 of %2)").arg(decoded + 1).arg(sorted.size());
        if (!reportProgress(progress, static_cast<double>(decoded) / sorted.size(), message))
            return false;
        const DicomFileInfo &file = group.files[static_cast<std::size_t>(fileIndex)];
        const QString error =
            decodePixels(file.path, file.columns, file.rows, file.frames, &values);
        if (!error.isEmpty()) {
            out->problems.push_back({file.path, error});
            continue;
        }
        for (std::size_t k : slots) {
            const FrameHeader &h = sorted[k];
            const float *src = values.data() + sliceSize * static_cast<std::size_t>(h.frameIndex);
            float *dst = voxels->data() + sliceSize * k;
            for (std::size_t n = 0; n < sliceSize; ++n)
                dst[n] = static_cast<float>(src[n] * h.slope + h.intercept);
            (*filled)[k] = true;
        }
        decoded += slots.size();
    }
    return true;
}

bool fitsInt16(const std::vector<float> &voxels) {
    for (float v : voxels) {
        if (!(v >= std::numeric_limits<std::int16_t>::min() &&
              v <= std::numeric_limits<std::int16_t>::max()) ||
            std::nearbyint(v) != v)
            return false;
    }
    return true;
}

Volume makeVolume(const Geometry &geometry, const std::vector<float> &voxels) {
    const bool asInt16 = fitsInt16(voxels);
    Volume volume(geometry, asInt16 ? VoxelType::Int16 : VoxelType::Float32);
    if (asInt16) {
        std::int16_t *dst = volume.int16Data();
        for (std::size_t n = 0; n < voxels.size(); ++n)
            dst[n] = static_cast<std::int16_t>(voxels[n]);
    } else {
        std::copy(voxels.begin(), voxels.end(), volume.floatData());
    }
    return volume;
}

/// Drops the slots that could not be decoded, keeping voxels and frames in step.
void compact(std::vector<FrameHeader> *sorted, std::vector<float> *voxels,
             const std::vector<bool> &filled, std::size_t sliceSize) {
    std::size_t kept = 0;
    for (std::size_t k = 0; k < sorted->size(); ++k) {
        if (!filled[k])
            continue;
        if (kept != k) {
            (*sorted)[kept] = (*sorted)[k];
            std::copy_n(voxels->begin() + static_cast<std::ptrdiff_t>(sliceSize * k), sliceSize,
                        voxels->begin() + static_cast<std::ptrdiff_t>(sliceSize * kept));
        }
        ++kept;
    }
    sorted->resize(kept);
    voxels->resize(kept * sliceSize);
}

} // namespace

AssembledVolume assembleVolume(const SeriesGroup &group, ProgressReporter *progress) {
    AssembledVolume out;
    if (group.files.empty()) {
        out.error = tr("the series has no images");
        return out;
    }
    std::vector<FrameHeader> frames = collectFrames(group, &out);
    std::vector<FrameHeader> repeated;
    sortAlongNormal(&frames, &repeated);
    reportRepeated(group, repeated, &out);
    std::vector<float> voxels;
    std::vector<bool> filled;
    if (!decodeFrames(group, frames, &voxels, &filled, &out, progress)) {
        out.error = tr("cancelled");
        return out;
    }
    const DicomFileInfo &reference = group.files.front();
    compact(&frames, &voxels, filled, static_cast<std::size_t>(reference.columns) * reference.rows);
    if (frames.empty()) {
        out.error = tr("no slice of the series could be decoded");
        return out;
    }
    StackGeometry stack = stackGeometry(frames, reference.columns, reference.rows);
    out.warnings.append(stack.warnings);
    out.volume = makeVolume(stack.geometry, voxels);
    out.volume.headerWindow = frames.front().window;
    const DicomFileInfo &firstFile =
        group.files[static_cast<std::size_t>(frames.front().fileIndex)];
    QString description =
        firstFile.seriesDescription.isEmpty() ? firstFile.modality : firstFile.seriesDescription;
    if (!group.splitDescription.isEmpty())
        description += QStringLiteral(" (%1)").arg(group.splitDescription);
    out.volume.description = description;
    reportProgress(progress, 1.0, tr("Series assembled"));
    return out;
}

} // namespace brainmd
