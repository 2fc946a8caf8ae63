#include "io/phantom/SmoothField.h"

#include "common/SeededRandom.h"

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {

/// Uniform cubic B-spline weights for fractional position t in [0, 1).
std::array<double, 4> bsplineWeights(double t) {
    const double u = 1.0 - t;
    return {u * u * u / 6.0, (3.0 * t * t * t - 6.0 * t * t + 4.0) / 6.0,
            (-3.0 * t * t * t + 3.0 * t * t + 3.0 * t + 1.0) / 6.0, t * t * t / 6.0};
}

struct ControlGrid {
    Eigen::Vector3d origin;
    double spacing = 1.0;
    std::array<int, 3> dims{0, 0, 0};
    int components = 0;
    std::vector<double> values;

    double at(int i, int j, int k, int c) const {
        return values[static_cast<std::size_t>(
            c + components * (i + dims[0] * (j + static_cast<std::size_t>(dims[1]) * k)))];
    }

    void evaluate(const Eigen::Vector3d &point, double *out) const {
        const Eigen::Vector3d u = (point - origin) / spacing;
        std::array<int, 3> base{};
        std::array<std::array<double, 4>, 3> w{};
        for (int a = 0; a < 3; ++a) {
            base[a] = std::clamp(static_cast<int>(std::floor(u[a])), 1, dims[a] - 3);
            w[a] = bsplineWeights(std::clamp(u[a] - base[a], 0.0, 1.0));
        }
        std::fill(out, out + components, 0.0);
        for (int dk = 0; dk < 4; ++dk)
            for (int dj = 0; dj < 4; ++dj)
                for (int di = 0; di < 4; ++di) {
                    const double weight = w[0][di] * w[1][dj] * w[2][dk];
                    for (int c = 0; c < components; ++c)
                        out[c] +=
                            weight * at(base[0] + di - 1, base[1] + dj - 1, base[2] + dk - 1, c);
                }
    }
};

} // namespace

SmoothField SmoothField::random(const Eigen::Vector3d &boxMin, const Eigen::Vector3d &boxMax,
                                double controlSpacingMm, int components, double maxNorm,
                                SeededRandom &random) {
    ControlGrid control;
    control.spacing = controlSpacingMm;
    control.components = components;
    control.origin = boxMin - Eigen::Vector3d::Constant(2.0 * controlSpacingMm);
    std::size_t controlCount = static_cast<std::size_t>(components);
    for (int a = 0; a < 3; ++a) {
        control.dims[a] =
            static_cast<int>(std::ceil((boxMax[a] - boxMin[a]) / controlSpacingMm)) + 5;
        controlCount *= static_cast<std::size_t>(control.dims[a]);
    }
    control.values.resize(controlCount);
    for (double &value : control.values)
        value = random.normal();

    SmoothField field;
    field.m_origin = boxMin;
    field.m_components = components;
    for (int a = 0; a < 3; ++a)
        field.m_dims[a] = std::max(
            2, static_cast<int>(std::ceil((boxMax[a] - boxMin[a]) / kSampleSpacingMm)) + 1);
    field.m_values.resize(static_cast<std::size_t>(components) * field.m_dims[0] * field.m_dims[1] *
                          field.m_dims[2]);
    double largest = 0.0;
    double *out = field.m_values.data();
    for (int k = 0; k < field.m_dims[2]; ++k)
        for (int j = 0; j < field.m_dims[1]; ++j)
            for (int i = 0; i < field.m_dims[0]; ++i, out += components) {
                control.evaluate(boxMin + kSampleSpacingMm * Eigen::Vector3d(i, j, k), out);
                double norm2 = 0.0;
                for (int c = 0; c < components; ++c)
                    norm2 += out[c] * out[c];
                largest = std::max(largest, norm2);
            }
    const double scale = largest > 0.0 ? maxNorm / std::sqrt(largest) : 0.0;
    for (double &value : field.m_values)
        value *= scale;
    return field;
}

SmoothField SmoothField::stack(const SmoothField &first, const SmoothField &second) {
    SmoothField field;
    field.m_origin = first.m_origin;
    field.m_dims = first.m_dims;
    field.m_components = first.m_components + second.m_components;
    const std::size_t points = first.m_values.size() / static_cast<std::size_t>(first.m_components);
    field.m_values.reserve(points * static_cast<std::size_t>(field.m_components));
    for (std::size_t n = 0; n < points; ++n) {
        const auto a = first.m_values.begin() + static_cast<long>(n * first.m_components);
        const auto b = second.m_values.begin() + static_cast<long>(n * second.m_components);
        field.m_values.insert(field.m_values.end(), a, a + first.m_components);
        field.m_values.insert(field.m_values.end(), b, b + second.m_components);
    }
    return field;
}

void SmoothField::sample(const Eigen::Vector3d &point, double *out) const {
    std::array<int, 3> base{};
    std::array<double, 3> f{};
    for (int a = 0; a < 3; ++a) {
        const double u = std::clamp((point[a] - m_origin[a]) / kSampleSpacingMm, 0.0,
                                    static_cast<double>(m_dims[a] - 1));
        base[a] = std::min(static_cast<int>(u), m_dims[a] - 2);
        f[a] = u - base[a];
    }
    const std::size_t sx = static_cast<std::size_t>(m_components);
    const std::size_t sy = sx * static_cast<std::size_t>(m_dims[0]);
    const std::size_t sz = sy * static_cast<std::size_t>(m_dims[1]);
    const double *v = m_values.data() + base[0] * sx + base[1] * sy + base[2] * sz;
    const double gx = 1.0 - f[0], gy = 1.0 - f[1], gz = 1.0 - f[2];
    const double w[8] = {gx * gy * gz,   f[0] * gy * gz,   gx * f[1] * gz,   f[0] * f[1] * gz,
                         gx * gy * f[2], f[0] * gy * f[2], gx * f[1] * f[2], f[0] * f[1] * f[2]};
    const std::size_t offsets[8] = {0, sx, sy, sx + sy, sz, sz + sx, sz + sy, sz + sy + sx};
    for (int c = 0; c < m_components; ++c) {
        double sum = 0.0;
        for (int corner = 0; corner < 8; ++corner)
            sum += w[corner] * v[offsets[corner] + static_cast<std::size_t>(c)];
        out[c] = sum;
    }
}

} // namespace brainmd
