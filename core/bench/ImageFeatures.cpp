#include "bench/ImageFeatures.h"

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {

constexpr int kSide = 64;                // px of the analysed copy of a panel
constexpr double kTissue = 0.08;         // grey level (0..1) above which a pixel is head
constexpr double kMinTissueShare = 0.02; // less than this is an empty panel
constexpr double kOutlierSd = 2.5;

using Grid = std::vector<double>; // kSide × kSide, row by row

double at(const Grid &g, int x, int y) {
    return g[static_cast<std::size_t>(y * kSide + x)];
}

/// Mean over a (2r+1)² window, clipped at the borders (separable: rows, then columns).
Grid boxBlur(const Grid &in, int r) {
    Grid rows(in.size(), 0.0), out(in.size(), 0.0);
    for (int pass = 0; pass < 2; ++pass) {
        const Grid &from = pass == 0 ? in : rows;
        Grid &to = pass == 0 ? rows : out;
        for (int a = 0; a < kSide; ++a)
            for (int b = 0; b < kSide; ++b) {
                double sum = 0.0;
                int n = 0;
                for (int d = std::max(0, b - r); d <= std::min(kSide - 1, b + r); ++d) {
                    sum += pass == 0 ? from[static_cast<std::size_t>(a * kSide + d)]
                                     : from[static_cast<std::size_t>(d * kSide + a)];
                    ++n;
                }
                to[pass == 0 ? static_cast<std::size_t>(a * kSide + b)
                             : static_cast<std::size_t>(b * kSide + a)] = sum / n;
            }
    }
    return out;
}

/// Features of one square panel, already scaled to kSide × kSide grey 0..1.
std::vector<double> panelFeatures(const Grid &g) {
    std::vector<double> f(7, 0.0);
    double sum = 0.0, sumSq = 0.0;
    int n = 0;
    for (double v : g) {
        if (v > kTissue) {
            sum += v;
            sumSq += v * v;
            ++n;
        }
    }
    if (n < kMinTissueShare * kSide * kSide)
        return f;
    const double mean = sum / n;
    const double sd = std::sqrt(std::max(1e-12, sumSq / n - mean * mean));
    Grid diff(g.size(), 0.0); // image minus its left-right mirror
    double asym = 0.0, brightLeft = 0.0, brightRight = 0.0, darkLeft = 0.0, darkRight = 0.0;
    int bright = 0, dark = 0;
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) {
            const double v = at(g, x, y);
            const double m = at(g, kSide - 1 - x, y);
            if (v <= kTissue && m <= kTissue)
                continue;
            const double d = v - m;
            diff[static_cast<std::size_t>(y * kSide + x)] = d;
            asym += std::abs(d);
            const bool left = x < kSide / 2;
            (left ? brightLeft : brightRight) += std::max(0.0, d);
            (left ? darkLeft : darkRight) += std::max(0.0, -d);
            if (v > kTissue) {
                bright += v > mean + kOutlierSd * sd ? 1 : 0;
                dark += v < mean - kOutlierSd * sd ? 1 : 0;
            }
        }
    const Grid fine = boxBlur(g, 1);
    const Grid coarse = boxBlur(g, 4);
    const Grid localAsym = boxBlur(diff, 2);
    Grid tissue(g.size(), 0.0);
    for (std::size_t i = 0; i < g.size(); ++i)
        tissue[i] = g[i] > kTissue ? 1.0 : 0.0;
    // Blobs inside the head only: at its outline every image has the strongest contrast.
    const Grid interior = boxBlur(tissue, 4);
    double blob = 0.0, asymPeak = 0.0;
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) {
            if (at(g, x, y) <= kTissue)
                continue;
            if (at(interior, x, y) > 0.999)
                blob = std::max(blob, std::abs(at(fine, x, y) - at(coarse, x, y)) / sd);
            asymPeak = std::max(asymPeak, std::abs(at(localAsym, x, y)) / sd);
        }
    f[0] = asym / (n * mean);                       // global asymmetry
    f[1] = (brightRight - brightLeft) / (n * mean); // where excess brightness sits
    f[2] = (darkRight - darkLeft) / (n * mean);     // where excess darkness sits
    f[3] = static_cast<double>(bright) / n;         // bright outliers
    f[4] = static_cast<double>(dark) / n;           // dark outliers
    f[5] = blob;                                    // compact local contrast
    f[6] = asymPeak;                                // the strongest local asymmetry
    return f;
}

} // namespace

QStringList ImageFeatureSet::names() {
    return {QStringLiteral("asymmetry"),     QStringLiteral("bright_side"),
            QStringLiteral("dark_side"),     QStringLiteral("bright_outliers"),
            QStringLiteral("dark_outliers"), QStringLiteral("blob_contrast"),
            QStringLiteral("asymmetry_peak")};
}

std::vector<double> ImageFeatureSet::of(const QImage &image) {
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int side = grey.height();
    const int panels = side > 0 ? std::max(1, grey.width() / side) : 0;
    std::vector<double> mean(names().size(), 0.0);
    for (int p = 0; p < panels; ++p) {
        const QImage panel =
            grey.copy(p * side, 0, side, side)
                .scaled(kSide, kSide, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        Grid g(static_cast<std::size_t>(kSide * kSide), 0.0);
        for (int y = 0; y < kSide; ++y) {
            const uchar *line = panel.constScanLine(y);
            for (int x = 0; x < kSide; ++x)
                g[static_cast<std::size_t>(y * kSide + x)] = line[x] / 255.0;
        }
        const std::vector<double> f = panelFeatures(g);
        for (std::size_t i = 0; i < f.size(); ++i)
            mean[i] += f[i] / panels;
    }
    return mean;
}

std::vector<double> ImageFeatureSet::ofPng(const QByteArray &png) {
    const QImage image = QImage::fromData(png, "PNG");
    return image.isNull() ? std::vector<double>{} : of(image);
}

} // namespace brainmd
