#include "io/dicom/InstanceFrames.h"

#include "io/dicom/DicomScanner.h"
#include "io/dicom/FrameHeaders.h"

#include <Eigen/Geometry>

#include <cmath>
#include <limits>

namespace brainmd {

namespace {

Eigen::Vector3d planeNormal(const std::array<double, 6> &orientation) {
    const Eigen::Vector3d row(orientation[0], orientation[1], orientation[2]);
    const Eigen::Vector3d column(orientation[3], orientation[4], orientation[5]);
    return row.cross(column).normalized();
}

} // namespace

std::vector<InstanceFrame> readInstanceFrames(const QStringList &paths, QStringList *problems) {
    std::vector<InstanceFrame> frames;
    for (const QString &path : paths) {
        const DicomHeaderResult header = readDicomHeader(path);
        if (const auto *problem = std::get_if<FileProblem>(&header)) {
            problems->append(QStringLiteral("%1: %2").arg(path, problem->reason));
            continue;
        }
        const auto &file = std::get<DicomFileInfo>(header);
        std::vector<dicom::FrameHeader> headers;
        if (const QString error = dicom::readFrameHeaders(file, 0, &headers); !error.isEmpty()) {
            problems->append(QStringLiteral("%1: %2").arg(path, error));
            continue;
        }
        for (const dicom::FrameHeader &h : headers) {
            if (!h.position || !h.orientation)
                continue;
            InstanceFrame frame;
            frame.file = file;
            frame.frameNumber = file.frames > 1 ? h.frameIndex + 1 : 0;
            frame.position = *h.position;
            frame.normal = planeNormal(*h.orientation);
            frames.push_back(std::move(frame));
        }
    }
    return frames;
}

const InstanceFrame *frameOnPlane(const std::vector<InstanceFrame> &frames,
                                  const Eigen::Vector3d &lps, const Eigen::Vector3d &normal,
                                  double toleranceMm) {
    constexpr double kParallel = 0.9998; // cos 1°
    const InstanceFrame *best = nullptr;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (const InstanceFrame &frame : frames) {
        if (std::abs(frame.normal.dot(normal)) < kParallel)
            continue;
        const double distance = std::abs((frame.position - lps).dot(frame.normal));
        if (distance <= toleranceMm && distance < bestDistance) {
            best = &frame;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace brainmd
