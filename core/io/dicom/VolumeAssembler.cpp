#include "io/dicom/DicomScanner.h"

#include "io/dicom/DuplicateInstances.h"
#include "io/dicom/FrameHeaders.h"
#include "io/dicom/PixelDecoderClient.h"
#include "io/dicom/SliceStack.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

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

/// Reports frames that repeat a position: single-frame files as problems, and a warning.
void reportRepeated(const SeriesGroup &group, const std::vector<FrameHeader> &repeated,
                    AssembledVolume *out) {
    for (const FrameHeader &f : repeated) {
        const DicomFileInfo &file = group.files[static_cast<std::size_t>(f.fileIndex)];
        if (file.frames == 1)
            out->problems.push_back(
                {file.path, tr("same slice position as another image of the series; not used "
                               "(at a repeated position the lowest instance number is kept)")});
    }
    if (!repeated.empty())
        out->warnings.append(tr("%1 slices repeat the position of another slice and were left "
                                "out (the lowest instance number at each position is kept)")
                                 .arg(repeated.size()));
}

/// Why frame `f` cannot be used or placed; "" when it can. A missing or NaN position only
/// counts when other frames have one (the frame would land at a made-up place).
QString frameRefusal(const FrameHeader &f, bool anyPositioned) {
    if (!f.unusable.isEmpty())
        return f.unusable;
    if (!f.position && anyPositioned)
        return tr("%1: left out, its place in the stack is unknown").arg(f.positionNote);
    return {};
}

/// Leaves out the frames frameRefusal() refuses. A file none of whose frames is used becomes
/// a problem; a multi-frame file that keeps some frames gets a warning.
void dropUnplaceable(const SeriesGroup &group, std::vector<FrameHeader> *frames,
                     AssembledVolume *out) {
    const bool anyPositioned =
        std::any_of(frames->begin(), frames->end(), [](const FrameHeader &f) {
            return f.position.has_value() && f.unusable.isEmpty();
        });
    std::vector<FrameHeader> kept;
    std::map<int, std::pair<int, QString>> refused; // file -> (frames refused, first reason)
    int unplaced = 0;
    for (FrameHeader &f : *frames) {
        const QString refusal = frameRefusal(f, anyPositioned);
        if (refusal.isEmpty()) {
            kept.push_back(std::move(f));
            continue;
        }
        unplaced += f.unusable.isEmpty() ? 1 : 0;
        auto &entry = refused.try_emplace(f.fileIndex, 0, refusal).first->second;
        ++entry.first;
    }
    for (const auto &[fileIndex, entry] : refused) {
        const DicomFileInfo &file = group.files[static_cast<std::size_t>(fileIndex)];
        if (entry.first == file.frames)
            out->problems.push_back({file.path, entry.second});
        else
            out->warnings.append(tr("%1: %2 of %3 frames left out (%4)")
                                     .arg(file.path)
                                     .arg(entry.first)
                                     .arg(file.frames)
                                     .arg(entry.second));
    }
    if (unplaced > 0)
        out->warnings.append(tr("%1 slices without a usable ImagePositionPatient (missing or "
                                "NaN) were left out")
                                 .arg(unplaced));
    *frames = std::move(kept);
}

/// GDCM's messages about the files, one warning per distinct message.
void reportLibraryMessages(const std::map<QString, QStringList> &byMessage, AssembledVolume *out) {
    for (const auto &[message, paths] : byMessage) {
        out->warnings.append(paths.size() == 1 ? tr("%1: %2").arg(paths.front(), message)
                                               : tr("%1 and %2 more files: %3")
                                                     .arg(paths.front())
                                                     .arg(paths.size() - 1)
                                                     .arg(message));
    }
}

/// Where the decoded frames of each file go, rescaled.
struct FrameSlots {
    const std::vector<FrameHeader> &sorted;
    std::size_t sliceSize;
    std::vector<float> *voxels;
    std::vector<bool> *filled;

    void place(const std::vector<std::size_t> &slots, const std::vector<float> &values) const {
        for (std::size_t k : slots) {
            const FrameHeader &h = sorted[k];
            const float *src = values.data() + sliceSize * static_cast<std::size_t>(h.frameIndex);
            float *dst = voxels->data() + sliceSize * k;
            for (std::size_t n = 0; n < sliceSize; ++n)
                dst[n] = static_cast<float>(src[n] * h.slope + h.intercept);
            (*filled)[k] = true;
        }
    }
};

/// Decodes every file once (several in flight in the helper) and places its frames at their
/// sorted slots. Slots of files that fail stay unfilled (`filled` false). False when
/// cancelled.
bool decodeFrames(const SeriesGroup &group, const std::vector<FrameHeader> &sorted,
                  ResolvedDuplicates *predecoded, std::vector<float> *voxels,
                  std::vector<bool> *filled, AssembledVolume *out, ProgressReporter *progress) {
    PixelDecoderClient &decoder = PixelDecoderClient::forCurrentThread();
    std::map<QString, QStringList> messages;
    const DicomFileInfo &reference = group.files.front();
    const FrameSlots slots{sorted, static_cast<std::size_t>(reference.columns) * reference.rows,
                           voxels, filled};
    std::map<int, std::vector<std::size_t>> slotsOfFile;
    for (std::size_t k = 0; k < sorted.size(); ++k)
        slotsOfFile[sorted[k].fileIndex].push_back(k);
    voxels->assign(slots.sliceSize * sorted.size(), 0.0f);
    filled->assign(sorted.size(), false);
    std::vector<int> toDecode;
    std::vector<PixelDecoderClient::PixelRequest> requests;
    for (const auto &[fileIndex, fileSlots] : slotsOfFile) {
        const DicomFileInfo &file = group.files[static_cast<std::size_t>(fileIndex)];
        if (!file.libraryMessages.isEmpty())
            messages[file.libraryMessages].append(file.path);
        if (const auto known = predecoded->decoded.find(file.path);
            known != predecoded->decoded.end()) {
            slots.place(fileSlots, known->second);
            continue;
        }
        toDecode.push_back(fileIndex);
        requests.push_back({file.path, file.columns, file.rows, file.frames});
    }
    bool cancelled = false;
    decoder.decodeAll(requests, [&](std::size_t n, DecodeOutcome &outcome,
                                    std::vector<float> &values) {
        const DicomFileInfo &file = group.files[static_cast<std::size_t>(toDecode[n])];
        if (!outcome.ok())
            out->problems.push_back({file.path, outcome.reason()});
        else
            slots.place(slotsOfFile[toDecode[n]], values);
        if (outcome.ok() && !outcome.libraryMessages.isEmpty())
            messages[outcome.libraryMessages].append(file.path);
        const QString message = tr("Decoding slices (%1 of %2)").arg(n + 1).arg(requests.size());
        cancelled =
            !reportProgress(progress, static_cast<double>(n + 1) / requests.size(), message);
        return !cancelled;
    });
    if (cancelled)
        return false;
    reportLibraryMessages(messages, out);
    if (!decoder.contained())
        out->warnings.append(decoder.containmentProblem());
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

AssembledVolume assembleVolume(const SeriesGroup &input, ProgressReporter *progress) {
    AssembledVolume out;
    SeriesGroup group = input;
    // Ties between slices (same position) go by file order: make it the same however the
    // group was put together (a re-import appends the stored files after the new ones).
    std::sort(group.files.begin(), group.files.end(),
              [](const DicomFileInfo &a, const DicomFileInfo &b) {
                  return std::tie(a.instanceNumber, a.path) < std::tie(b.instanceNumber, b.path);
              });
    ResolvedDuplicates duplicates =
        resolveDuplicateInstances(&group, PixelDecoderClient::forCurrentThread());
    out.problems = duplicates.problems;
    if (group.files.empty()) {
        out.error = out.problems.empty() ? tr("the series has no images")
                                         : tr("no slice of the series could be decoded");
        return out;
    }
    std::vector<FrameHeader> frames = collectFrames(group, &out);
    dropUnplaceable(group, &frames, &out);
    std::vector<FrameHeader> repeated;
    sortAlongNormal(&frames, &repeated);
    reportRepeated(group, repeated, &out);
    std::vector<float> voxels;
    std::vector<bool> filled;
    if (!decodeFrames(group, frames, &duplicates, &voxels, &filled, &out, progress)) {
        out.error = tr("cancelled");
        return out;
    }
    const DicomFileInfo &reference = group.files.front();
    compact(&frames, &voxels, filled, static_cast<std::size_t>(reference.columns) * reference.rows);
    if (frames.empty()) {
        out.error = tr("no slice of the series could be used");
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
