#pragma once

#include "volume/Orientation.h"
#include "volume/WindowLevel.h"

#include <QByteArray>
#include <QImage>

#include <vector>

namespace brainmd {

/// Renders what a model is shown. Images are square (`size` px), 8-bit grey, in
/// radiological convention, letterboxed (aspect kept, black borders), encoded as
/// lossless PNG. A mosaic puts axial, coronal and sagittal side by side (3·size × size).
class BenchImageRenderer {
public:
    explicit BenchImageRenderer(int size = 256)
        : m_size(size) {}

    int size() const { return m_size; }
    /// One plane of a RAS-aligned volume; `index` is clamped.
    QImage renderSlice(const Volume &rasVolume, const WindowLevel &window, View view,
                       int index) const;
    /// Axial, coronal and sagittal panels at `indices` (indexed by View).
    QImage renderMosaic(const Volume &rasVolume, const WindowLevel &window,
                        const std::vector<int> &indices) const;
    /// The blank control: black, same size as a real image for `panels` panels.
    QImage blank(int panels = 1) const;

    static QByteArray toPng(const QImage &image);

private:
    int m_size;
};

/// A slice embedding for retrieval: the image area-averaged to 16 × 16, mean-centred and
/// scaled to unit length (all zeros for a flat image).
std::vector<float> thumbnailEmbedding(const QImage &image);

/// Cosine similarity of two embeddings of equal length (0 when either is zero).
double cosineSimilarity(const std::vector<float> &a, const std::vector<float> &b);

} // namespace brainmd
