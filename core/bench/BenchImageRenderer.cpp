#include "bench/BenchImageRenderer.h"

#include "volume/SliceImage.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>

#include <cmath>

namespace brainmd {

namespace {
constexpr int kThumb = 16;

/// Scales `image` into a size × size black square, centred, aspect kept.
QImage letterbox(const QImage &image, int size) {
    QImage square(size, size, QImage::Format_Grayscale8);
    square.fill(0);
    if (image.isNull() || image.width() == 0 || image.height() == 0)
        return square;
    const QImage scaled = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_Grayscale8);
    const int x0 = (size - scaled.width()) / 2;
    const int y0 = (size - scaled.height()) / 2;
    for (int y = 0; y < scaled.height(); ++y) {
        const uchar *from = scaled.constScanLine(y);
        uchar *to = square.scanLine(y0 + y) + x0;
        std::copy(from, from + scaled.width(), to);
    }
    return square;
}
} // namespace

QImage BenchImageRenderer::renderSlice(const Volume &rasVolume, const WindowLevel &window,
                                       View view, int index) const {
    const SliceImage slice = extractSlice(rasVolume, view, index);
    return letterbox(toGrayImage(slice, window, true), m_size);
}

QImage BenchImageRenderer::renderMosaic(const Volume &rasVolume, const WindowLevel &window,
                                        const std::vector<int> &indices) const {
    QImage mosaic(3 * m_size, m_size, QImage::Format_Grayscale8);
    mosaic.fill(0);
    for (View view : kAllViews) {
        const auto v = static_cast<std::size_t>(view);
        const QImage panel =
            renderSlice(rasVolume, window, view, v < indices.size() ? indices[v] : 0);
        for (int y = 0; y < m_size; ++y)
            std::copy(panel.constScanLine(y), panel.constScanLine(y) + m_size,
                      mosaic.scanLine(y) + static_cast<int>(v) * m_size);
    }
    return mosaic;
}

QImage BenchImageRenderer::blank(int panels) const {
    QImage image(std::max(1, panels) * m_size, m_size, QImage::Format_Grayscale8);
    image.fill(0);
    return image;
}

QByteArray BenchImageRenderer::toPng(const QImage &image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setCompression(6); // zlib level: lossless either way, this one is quick
    writer.write(image);
    return bytes;
}

std::vector<float> thumbnailEmbedding(const QImage &image) {
    std::vector<float> values(kThumb * kThumb, 0.0f);
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    if (grey.isNull())
        return values;
    std::vector<int> counts(values.size(), 0);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *row = grey.constScanLine(y);
        const int ty = y * kThumb / grey.height();
        for (int x = 0; x < grey.width(); ++x) {
            const auto cell = static_cast<std::size_t>(ty * kThumb + x * kThumb / grey.width());
            values[cell] += row[x];
            ++counts[cell];
        }
    }
    double mean = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        values[i] = counts[i] > 0 ? values[i] / static_cast<float>(counts[i]) : 0.0f;
        mean += values[i];
    }
    mean /= static_cast<double>(values.size());
    double norm = 0.0;
    for (float &v : values) {
        v -= static_cast<float>(mean);
        norm += static_cast<double>(v) * v;
    }
    if (norm > 1e-12) {
        for (float &v : values)
            v = static_cast<float>(v / std::sqrt(norm));
    }
    return values;
}

double cosineSimilarity(const std::vector<float> &a, const std::vector<float> &b) {
    if (a.size() != b.size() || a.empty())
        return 0.0;
    double dot = 0.0, na = 0.0, nb = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        dot += static_cast<double>(a[i]) * b[i];
        na += static_cast<double>(a[i]) * a[i];
        nb += static_cast<double>(b[i]) * b[i];
    }
    return na < 1e-12 || nb < 1e-12 ? 0.0 : dot / std::sqrt(na * nb);
}

} // namespace brainmd
