#include "io/seg/CieLab.h"

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {

// D65 reference white (CIE 1931 2°), the white point of sRGB.
constexpr double kWhiteX = 0.95047, kWhiteY = 1.0, kWhiteZ = 1.08883;
constexpr double kEpsilon = 216.0 / 24389.0;
constexpr double kKappa = 24389.0 / 27.0;

double toLinear(std::uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::uint8_t fromLinear(double linear) {
    const double c = linear <= 0.0031308
                         ? 12.92 * linear
                         : 1.055 * std::pow(std::max(linear, 0.0), 1.0 / 2.4) - 0.055;
    return static_cast<std::uint8_t>(std::lround(std::clamp(c, 0.0, 1.0) * 255.0));
}

double labF(double t) {
    return t > kEpsilon ? std::cbrt(t) : (kKappa * t + 16.0) / 116.0;
}

double labFInverse(double f) {
    const double cube = f * f * f;
    return cube > kEpsilon ? cube : (116.0 * f - 16.0) / kKappa;
}

std::uint16_t scale(double value, double low, double high) {
    const double scaled = (value - low) / (high - low) * 65535.0;
    return static_cast<std::uint16_t>(std::lround(std::clamp(scaled, 0.0, 65535.0)));
}

double unscale(std::uint16_t value, double low, double high) {
    return low + value / 65535.0 * (high - low);
}

} // namespace

DicomLab rgbToDicomLab(const std::array<std::uint8_t, 3> &rgb) {
    const double r = toLinear(rgb[0]), g = toLinear(rgb[1]), b = toLinear(rgb[2]);
    const double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
    const double fx = labF(x / kWhiteX), fy = labF(y / kWhiteY), fz = labF(z / kWhiteZ);
    const double l = 116.0 * fy - 16.0;
    const double a = 500.0 * (fx - fy);
    const double bb = 200.0 * (fy - fz);
    return {scale(l, 0.0, 100.0), scale(a, -128.0, 127.0), scale(bb, -128.0, 127.0)};
}

std::array<std::uint8_t, 3> dicomLabToRgb(const DicomLab &lab) {
    const double l = unscale(lab[0], 0.0, 100.0);
    const double a = unscale(lab[1], -128.0, 127.0);
    const double b = unscale(lab[2], -128.0, 127.0);
    const double fy = (l + 16.0) / 116.0;
    const double fx = fy + a / 500.0;
    const double fz = fy - b / 200.0;
    const double x = labFInverse(fx) * kWhiteX;
    const double y = (l > kKappa * kEpsilon ? fy * fy * fy : l / kKappa) * kWhiteY;
    const double z = labFInverse(fz) * kWhiteZ;
    const double r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
    const double g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
    const double bl = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
    return {fromLinear(r), fromLinear(g), fromLinear(bl)};
}

} // namespace brainmd
