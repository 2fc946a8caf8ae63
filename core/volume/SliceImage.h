#pragma once

#include "volume/Orientation.h"
#include "volume/WindowLevel.h"

#include <QByteArray>
#include <QImage>

#include <vector>

namespace brainmd {

/// One 2D slice in radiological display convention, ready to be windowed and drawn.
///
/// Axial and coronal images show the patient's right on the image's left; axial images
/// have anterior at the top, coronal and sagittal superior at the top; sagittal images
/// have anterior on the left. Row 0 is the top row.
struct SliceImage {
    View view = View::Axial;
    int sliceIndex = 0;         ///< index along the view's axis of the RAS-aligned volume
    double slicePositionMm = 0; ///< RAS coordinate (mm) of the slice centre along that axis
    int width = 0;
    int height = 0;
    double pixelSpacingX = 1.0; ///< mm between columns
    double pixelSpacingY = 1.0; ///< mm between rows
    std::vector<float> pixels;  ///< row-major, width * height values
    /// Patient direction letters at the left, right, top and bottom image edges.
    char leftLetter = '?', rightLetter = '?', topLetter = '?', bottomLetter = '?';

    float at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * width + x]; }
};

/// Number of slices of `view` in a RAS-aligned volume.
int sliceCount(const Volume &rasVolume, View view);

/// Extracts slice `index` of `view` from a volume already reoriented with reorientToRas().
/// `index` is clamped to the valid range.
SliceImage extractSlice(const Volume &rasVolume, View view, int index);

/// Windows a slice to 8-bit grey. With `squarePixels` the image is resampled (bilinear)
/// so that one pixel covers the same millimetres both ways, as a viewer would show it.
QImage toGrayImage(const SliceImage &slice, const WindowLevel &window, bool squarePixels = true);

/// Lossless PNG of the windowed slice (see toGrayImage).
QByteArray encodePng(const SliceImage &slice, const WindowLevel &window, bool squarePixels = true);

} // namespace brainmd
