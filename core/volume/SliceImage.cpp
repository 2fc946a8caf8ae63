#include "volume/SliceImage.h"

#include <QBuffer>

#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>

namespace brainmd {

int sliceCount(const Volume &rasVolume, View view) {
    return rasVolume.geometry().dims[viewAxis(view)];
}

namespace {
struct ViewLayout {
    int columnAxis; // voxel axis that runs along image columns (read backwards)
    int rowAxis;    // voxel axis that runs down image rows (read backwards)
    char left, right, top, bottom;
};

// Radiological convention on a RAS-aligned grid: every image axis is a voxel axis read
// from its high end (R, A or S) towards its low end.
ViewLayout layoutFor(View view) {
    switch (view) {
    case View::Coronal:
        return {0, 2, 'R', 'L', 'S', 'I'};
    case View::Sagittal:
        return {1, 2, 'A', 'P', 'S', 'I'};
    case View::Axial:
        break;
    }
    return {0, 1, 'R', 'L', 'A', 'P'};
}
} // namespace

SliceImage extractSlice(const Volume &rasVolume, View view, int index) {
    SliceImage s;
    s.view = view;
    const ViewLayout layout = layoutFor(view);
    const Geometry &g = rasVolume.geometry();
    const int axis = viewAxis(view);
    if (rasVolume.isEmpty())
        return s;
    index = std::clamp(index, 0, g.dims[axis] - 1);
    s.sliceIndex = index;
    s.width = g.dims[layout.columnAxis];
    s.height = g.dims[layout.rowAxis];
    s.pixelSpacingX = g.spacing[layout.columnAxis];
    s.pixelSpacingY = g.spacing[layout.rowAxis];
    s.leftLetter = layout.left;
    s.rightLetter = layout.right;
    s.topLetter = layout.top;
    s.bottomLetter = layout.bottom;

    Eigen::Vector3d centre((g.dims[0] - 1) / 2.0, (g.dims[1] - 1) / 2.0, (g.dims[2] - 1) / 2.0);
    centre[axis] = index;
    const Eigen::Vector4d ras = g.indexToRas() * centre.homogeneous();
    s.slicePositionMm = ras[axis];

    s.pixels.resize(static_cast<std::size_t>(s.width) * s.height);
    std::array<int, 3> ijk{};
    ijk[axis] = index;
    std::size_t o = 0;
    for (int y = 0; y < s.height; ++y) {
        ijk[layout.rowAxis] = s.height - 1 - y;
        for (int x = 0; x < s.width; ++x) {
            ijk[layout.columnAxis] = s.width - 1 - x;
            s.pixels[o++] = rasVolume.valueAt(ijk[0], ijk[1], ijk[2]);
        }
    }
    return s;
}

QImage toGrayImage(const SliceImage &slice, const WindowLevel &window, bool squarePixels) {
    QImage image(slice.width, slice.height, QImage::Format_Grayscale8);
    for (int y = 0; y < slice.height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < slice.width; ++x)
            line[x] = window.toGray(slice.at(x, y));
    }
    if (!squarePixels || image.isNull() ||
        std::abs(slice.pixelSpacingX - slice.pixelSpacingY) < 1e-6)
        return image;
    const double pixel = std::min(slice.pixelSpacingX, slice.pixelSpacingY);
    const int w =
        std::max(1, static_cast<int>(std::lround(slice.width * slice.pixelSpacingX / pixel)));
    const int h =
        std::max(1, static_cast<int>(std::lround(slice.height * slice.pixelSpacingY / pixel)));
    return image.scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QByteArray encodePng(const SliceImage &slice, const WindowLevel &window, bool squarePixels) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    toGrayImage(slice, window, squarePixels).save(&buffer, "PNG");
    return bytes;
}

} // namespace brainmd
