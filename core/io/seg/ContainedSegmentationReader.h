#pragma once

#include "io/dicom/HelperProcess.h"
#include "io/seg/DicomSegmentation.h"

#include <memory>

namespace brainmd {

/// Reads DICOM SEG files in the helper process `brainmd-decoder --segmentation`, so that
/// DCMTK crashing or hanging on one malformed SEG costs that file, not the import: the
/// file is refused with what the helper printed and the helper restarts for the next
/// one. Without the helper (not found, or BRAINMD_DECODE_INPROCESS=1) files are read in
/// this process and containmentProblem() says so. The helper starts on the first file.
/// One thread only.
class ContainedSegmentationReader {
public:
    /// `program` empty: the helper PixelDecoderClient::locateDecoder() finds.
    explicit ContainedSegmentationReader(QString program = {});
    ~ContainedSegmentationReader();
    ContainedSegmentationReader(const ContainedSegmentationReader &) = delete;
    ContainedSegmentationReader &operator=(const ContainedSegmentationReader &) = delete;

    /// As readSegmentation(): `error` empty on success.
    SegmentationObject read(const QString &path, QString *error);

    bool contained() const { return m_helper != nullptr; }
    QString containmentProblem() const { return m_containmentProblem; }
    /// How often the helper was (re)started.
    int starts() const;

private:
    QString lostReason(HelperProcess::Outcome outcome, const QString &said) const;

    QString m_containmentProblem;
    std::unique_ptr<HelperProcess> m_helper; ///< null: read in this process
};

} // namespace brainmd
