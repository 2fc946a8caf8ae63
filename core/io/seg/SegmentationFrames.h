#pragma once

// Private to the SEG module: the frames of a loaded SEG, with their functional groups.

#include "io/seg/DicomSegmentation.h"

class DcmDataset;
class DcmSegmentation;

namespace brainmd::seg {

/// Fills out.frames, out.rowDirection / columnDirection, pixelSpacing and sliceThickness
/// from the functional groups of `segmentation` and the bits of Pixel Data in `ds` (the
/// dataset it was loaded from; out.rows, out.columns, out.fractional are already set).
/// Returns why the frames cannot be used (no plane position, no orientation, frames in
/// more than one orientation, unknown segment), or "".
QString readFrames(DcmSegmentation &segmentation, DcmDataset &ds, SegmentationObject &out);

} // namespace brainmd::seg
