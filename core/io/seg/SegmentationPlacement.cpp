#include "io/seg/DicomSegmentation.h"
#include "io/seg/SegmentationSupport.h"

#include <cmath>

namespace brainmd {

using seg::tr;

namespace {

constexpr double kDirectionTolerance = 1e-3;
constexpr double kSpacingToleranceMm = 0.01;
constexpr double kSliceTolerance = 0.1; ///< of the slice spacing

/// Why the frames of `seg` do not share the in-plane grid of `grid`, or "".
QString checkPlane(const SegmentationObject &seg, const Geometry &grid) {
    if (seg.columns != grid.dims[0] || seg.rows != grid.dims[1])
        return tr("the segmentation has frames of %1 × %2 pixels, the images %3 × %4")
            .arg(seg.columns)
            .arg(seg.rows)
            .arg(grid.dims[0])
            .arg(grid.dims[1]);
    if ((seg.rowDirection - grid.direction.col(0)).norm() > kDirectionTolerance ||
        (seg.columnDirection - grid.direction.col(1)).norm() > kDirectionTolerance)
        return tr("the segmentation was drawn in another orientation than the images "
                  "(no resampling is done)");
    // PixelSpacing is (between rows, between columns): along j, then along i.
    if (std::abs(seg.pixelSpacing[0] - grid.spacing[1]) > kSpacingToleranceMm ||
        std::abs(seg.pixelSpacing[1] - grid.spacing[0]) > kSpacingToleranceMm)
        return tr("the segmentation has a pixel spacing of %1 × %2 mm, the images %3 × %4 mm")
            .arg(seg.pixelSpacing[1])
            .arg(seg.pixelSpacing[0])
            .arg(grid.spacing[0])
            .arg(grid.spacing[1]);
    return {};
}

/// Slice of `grid` whose plane holds `position` (in-plane offset ~0), or -1.
int sliceOf(const Eigen::Vector3d &position, const Geometry &grid) {
    const Eigen::Vector3d index = grid.lpsToIndexPoint(position);
    if (std::abs(index.x()) * grid.spacing[0] > kSpacingToleranceMm ||
        std::abs(index.y()) * grid.spacing[1] > kSpacingToleranceMm)
        return -1;
    const double k = std::round(index.z());
    if (std::abs(index.z() - k) > kSliceTolerance || k < 0 || k >= grid.dims[2])
        return -1;
    return static_cast<int>(k);
}

} // namespace

SegmentationOnGrid placeOnGrid(const SegmentationObject &seg, const Geometry &grid) {
    SegmentationOnGrid result;
    result.segments = seg.segments;
    if (grid.voxelCount() == 0) {
        result.error = tr("the image grid is empty");
        return result;
    }
    result.error = checkPlane(seg, grid);
    if (!result.error.isEmpty())
        return result;

    Volume labels(grid, VoxelType::Int16);
    std::int16_t *voxels = labels.int16Data();
    std::vector<std::uint8_t> overlapped(labels.voxelCount(), 0);
    const std::size_t sliceSize = std::size_t(grid.dims[0]) * std::size_t(grid.dims[1]);
    int placed = 0;
    QStringList dropped;
    for (const SegmentationFrame &frame : seg.frames) {
        const int k = sliceOf(frame.position, grid);
        if (k < 0 || frame.pixels.size() != sliceSize) {
            dropped << QString::number(frame.index + 1);
            continue;
        }
        ++placed;
        const auto value = static_cast<std::int16_t>(frame.segmentNumber);
        std::int16_t *slice = voxels + sliceSize * std::size_t(k);
        for (std::size_t p = 0; p < sliceSize; ++p) {
            if (frame.pixels[p] == 0)
                continue;
            if (slice[p] != 0 && slice[p] != value)
                overlapped[sliceSize * std::size_t(k) + p] = 1;
            slice[p] = std::max(slice[p], value);
        }
    }
    if (placed == 0) {
        result.error = tr("none of the %1 frames of the segmentation lies on a slice of the images")
                           .arg(seg.frames.size());
        return result;
    }
    if (!dropped.isEmpty())
        result.notes << tr("%1 frame(s) lie off the image slices and were left out (frame %2)")
                            .arg(dropped.size())
                            .arg(dropped.mid(0, 10).join(QStringLiteral(", ")));
    std::size_t overlaps = 0;
    for (const std::uint8_t o : overlapped)
        overlaps += o;
    if (overlaps > 0)
        result.notes << tr("segments overlap in %1 voxel(s); the higher segment number was kept")
                            .arg(overlaps);
    result.labels = std::move(labels);
    return result;
}

} // namespace brainmd
