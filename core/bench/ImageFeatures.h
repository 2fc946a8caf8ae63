#pragma once

#include <QByteArray>
#include <QImage>
#include <QStringList>

#include <vector>

namespace brainmd {

/// Hand-made features of a BrainBench image that respond to what the questions ask, for
/// the `features` baseline: a lesion makes one hemisphere differ from the other, adds
/// pixels much brighter (enhancing rim) or darker (necrosis, oedema) than the head's
/// tissue, and forms a compact blob. Computed per panel (square tiles side by side, as
/// BenchImageRenderer draws them) on a 64 × 64 copy and averaged over the panels (a
/// 128-px copy was tried: no better on the phantom's small lesions).
/// Left and right are the image's: the renderer draws patient left on the image right
/// in axial and coronal panels.
struct ImageFeatureSet {
    static QStringList names();
    /// Zeros for an image without tissue (the blank control): nothing to see.
    static std::vector<double> of(const QImage &image);
    /// Decodes a PNG (as sent to a model); empty for bytes that are not an image.
    static std::vector<double> ofPng(const QByteArray &png);
};

} // namespace brainmd
