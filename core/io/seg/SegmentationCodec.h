#pragma once

#include "io/seg/DicomSegmentation.h"

#include <QByteArray>

namespace brainmd {

/// A SegmentationObject as bytes, for the SEG reader helper's replies (QDataStream,
/// versioned; frame pixels packed 8 to a byte).
QByteArray encodeSegmentation(const SegmentationObject &seg);
/// False when the bytes are not a whole, valid encoding.
bool decodeSegmentation(const QByteArray &bytes, SegmentationObject *seg);

} // namespace brainmd
