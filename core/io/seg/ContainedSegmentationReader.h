#pragma once

#include "io/seg/DicomSegmentation.h"

#include <memory>

class QProcess;

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

    bool contained() const { return !m_program.isEmpty(); }
    QString containmentProblem() const { return m_containmentProblem; }
    int starts() const { return m_starts; }

private:
    bool ensureRunning(QString *error);
    void stop();
    /// Kills the helper after it died or hung on a file; the reason for that file.
    QString lost(bool timedOut);

    QString m_program;
    QString m_containmentProblem;
    int m_timeoutMs;
    int m_starts = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace brainmd
