#include "io/phantom/PhantomTemplate.h"

#include "io/nifti/NiftiIO.h"

#include <QCoreApplication>
#include <QDir>

#include <Eigen/LU>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace brainmd {

namespace {

QString readInto(const QString &path, Volume *volume) {
    NiftiReadResult read = readNifti(path);
    if (!read.ok())
        return read.error;
    *volume = std::move(read.volume);
    return {};
}

} // namespace

QString PhantomTemplate::load(const QString &folder) {
    const QDir dir(folder);
    Volume t1, brain, atlas;
    QString error = readInto(dir.filePath(QStringLiteral("ch2.nii.gz")), &t1);
    if (error.isEmpty())
        error = readInto(dir.filePath(QStringLiteral("ch2bet.nii.gz")), &brain);
    if (error.isEmpty())
        error = readInto(dir.filePath(QStringLiteral("aal.nii.gz")), &atlas);
    if (error.isEmpty())
        error = m_regions.load(dir.filePath(QStringLiteral("aal.nii.txt")));
    if (!error.isEmpty()) {
        return QCoreApplication::translate("brainmd",
                                           "Cannot read the Colin27 / AAL templates in %1 (package "
                                           "mricron-data): %2")
            .arg(folder, error);
    }
    if (!t1.geometry().sameGrid(brain.geometry(), 0.01) ||
        !t1.geometry().sameGrid(atlas.geometry(), 0.01)) {
        return QCoreApplication::translate("brainmd",
                                           "The templates in %1 are not on the same grid")
            .arg(folder);
    }
    m_geometry = t1.geometry();
    const Eigen::Matrix4d toIndex = m_geometry.indexToLps().inverse();
    m_lpsToIndex = toIndex.topLeftCorner<3, 3>();
    m_lpsToIndexOffset = toIndex.topRightCorner<3, 1>();
    m_t1 = t1.toFloat();
    const std::vector<float> brainValues = brain.toFloat();
    const std::vector<float> atlasValues = atlas.toFloat();
    m_brain.resize(brainValues.size());
    m_atlas.resize(atlasValues.size());
    for (std::size_t n = 0; n < brainValues.size(); ++n) {
        m_brain[n] = brainValues[n] > 0.0f ? 1 : 0;
        m_atlas[n] = static_cast<std::int16_t>(std::lround(atlasValues[n]));
    }
    measure();
    return {};
}

void PhantomTemplate::measure() {
    std::vector<float> brainValues;
    Eigen::Vector3d indexSum = Eigen::Vector3d::Zero();
    const auto &d = m_geometry.dims;
    std::size_t n = 0;
    for (int k = 0; k < d[2]; ++k)
        for (int j = 0; j < d[1]; ++j)
            for (int i = 0; i < d[0]; ++i, ++n) {
                if (m_brain[n] == 0)
                    continue;
                brainValues.push_back(m_t1[n]);
                indexSum += Eigen::Vector3d(i, j, k);
            }
    if (!brainValues.empty()) {
        m_brainCentre =
            m_geometry.indexToLpsPoint(indexSum / static_cast<double>(brainValues.size()));
        // White matter is the brightest large class of a T1 brain.
        const auto rank = brainValues.begin() + static_cast<long>(brainValues.size() * 85 / 100);
        std::nth_element(brainValues.begin(), rank, brainValues.end());
        m_whiteMatter = std::max(*rank, 1.0f);
    }
    // In Colin27 about 5 % of the mask lies below half the white-matter level: ventricles
    // and sulcal CSF, where no tumour grows; grey matter starts near 0.6.
    const float csf = 0.45f * m_whiteMatter;
    m_parenchyma.clear();
    for (n = 0; n < m_brain.size(); ++n)
        if (m_brain[n] != 0 && m_t1[n] >= csf)
            m_parenchyma.push_back(static_cast<std::uint32_t>(n));
    std::array<int, 3> low{d[0], d[1], d[2]}, high{-1, -1, -1};
    const float threshold = 0.15f * m_whiteMatter;
    n = 0;
    for (int k = 0; k < d[2]; ++k)
        for (int j = 0; j < d[1]; ++j)
            for (int i = 0; i < d[0]; ++i, ++n) {
                if (m_t1[n] <= threshold)
                    continue;
                low = {std::min(low[0], i), std::min(low[1], j), std::min(low[2], k)};
                high = {std::max(high[0], i), std::max(high[1], j), std::max(high[2], k)};
            }
    m_headMin = Eigen::Vector3d::Constant(1e9);
    m_headMax = Eigen::Vector3d::Constant(-1e9);
    for (int corner = 0; corner < 8; ++corner) {
        Eigen::Vector3d index;
        for (int a = 0; a < 3; ++a)
            index[a] = (corner >> a) & 1 ? high[a] : low[a];
        const Eigen::Vector3d p = m_geometry.indexToLpsPoint(index);
        m_headMin = m_headMin.cwiseMin(p);
        m_headMax = m_headMax.cwiseMax(p);
    }
}

Eigen::Vector3d PhantomTemplate::parenchymaVoxelCentre(int n) const {
    const std::uint32_t linear = m_parenchyma[static_cast<std::size_t>(n)];
    const auto &d = m_geometry.dims;
    const int i = static_cast<int>(linear % static_cast<std::uint32_t>(d[0]));
    const int j = static_cast<int>((linear / static_cast<std::uint32_t>(d[0])) %
                                   static_cast<std::uint32_t>(d[1]));
    const int k = static_cast<int>(linear / static_cast<std::uint32_t>(d[0] * d[1]));
    return m_geometry.indexToLpsPoint(Eigen::Vector3d(i, j, k));
}

double PhantomTemplate::brainDepth(const Eigen::Vector3d &lps, double maxMm) const {
    if (brainAt(lps) < 0.5f)
        return 0.0;
    double depth = maxMm;
    for (int dz = -1; dz <= 1; ++dz)
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx) {
                if (dx == 0 && dy == 0 && dz == 0)
                    continue;
                const Eigen::Vector3d u = Eigen::Vector3d(dx, dy, dz).normalized();
                // Only steps short of the depth found so far can lower it.
                for (double s = 0.5; s < depth; s += 0.5) {
                    if (brainAt(lps + s * u) < 0.5f) {
                        depth = s;
                        break;
                    }
                }
            }
    return depth;
}

template <typename T>
float PhantomTemplate::trilinear(const std::vector<T> &data, const Eigen::Vector3d &lps) const {
    const Eigen::Vector3d index = toIndex(lps);
    const auto &d = m_geometry.dims;
    if (!(index.x() >= 0.0 && index.y() >= 0.0 && index.z() >= 0.0 && index.x() <= d[0] - 1 &&
          index.y() <= d[1] - 1 && index.z() <= d[2] - 1))
        return 0.0f;
    const int i = std::min(static_cast<int>(index.x()), d[0] - 2);
    const int j = std::min(static_cast<int>(index.y()), d[1] - 2);
    const int k = std::min(static_cast<int>(index.z()), d[2] - 2);
    const float fx = static_cast<float>(index.x() - i);
    const float fy = static_cast<float>(index.y() - j);
    const float fz = static_cast<float>(index.z() - k);
    const std::size_t sx = 1, sy = static_cast<std::size_t>(d[0]);
    const std::size_t sz = sy * static_cast<std::size_t>(d[1]);
    const std::size_t n = i * sx + j * sy + k * sz;
    const auto v = [&](std::size_t offset) {
        return static_cast<float>(data[n + offset]);
    };
    const float c00 = v(0) + fx * (v(sx) - v(0));
    const float c10 = v(sy) + fx * (v(sy + sx) - v(sy));
    const float c01 = v(sz) + fx * (v(sz + sx) - v(sz));
    const float c11 = v(sz + sy) + fx * (v(sz + sy + sx) - v(sz + sy));
    const float c0 = c00 + fy * (c10 - c00);
    const float c1 = c01 + fy * (c11 - c01);
    return c0 + fz * (c1 - c0);
}

float PhantomTemplate::t1At(const Eigen::Vector3d &lps) const {
    return trilinear(m_t1, lps);
}

float PhantomTemplate::brainAt(const Eigen::Vector3d &lps) const {
    return trilinear(m_brain, lps);
}

int PhantomTemplate::labelAtIndex(int i, int j, int k) const {
    const auto &d = m_geometry.dims;
    if (i < 0 || j < 0 || k < 0 || i >= d[0] || j >= d[1] || k >= d[2])
        return 0;
    return m_atlas[i + static_cast<std::size_t>(d[0]) * (j + static_cast<std::size_t>(d[1]) * k)];
}

const AalRegion *PhantomTemplate::regionNear(const Eigen::Vector3d &lps, double maxRadiusMm) const {
    const Eigen::Vector3d index = toIndex(lps);
    const int ci = static_cast<int>(std::lround(index.x()));
    const int cj = static_cast<int>(std::lround(index.y()));
    const int ck = static_cast<int>(std::lround(index.z()));
    const Eigen::Vector3d &s = m_geometry.spacing;
    for (int shell = 0; shell <= static_cast<int>(maxRadiusMm); ++shell) {
        std::map<int, int> counts;
        const int ri = static_cast<int>(std::ceil((shell + 0.5) / s.x()));
        const int rj = static_cast<int>(std::ceil((shell + 0.5) / s.y()));
        const int rk = static_cast<int>(std::ceil((shell + 0.5) / s.z()));
        for (int dk = -rk; dk <= rk; ++dk)
            for (int dj = -rj; dj <= rj; ++dj)
                for (int di = -ri; di <= ri; ++di) {
                    const double r = Eigen::Vector3d(di * s.x(), dj * s.y(), dk * s.z()).norm();
                    if (r > shell + 0.5 || (shell > 0 && r <= shell - 0.5))
                        continue;
                    const int label = labelAtIndex(ci + di, cj + dj, ck + dk);
                    if (label > 0 && m_regions.region(label) != nullptr)
                        ++counts[label];
                }
        if (counts.empty())
            continue;
        const auto best = std::max_element(counts.begin(), counts.end(),
                                           [](auto a, auto b) { return a.second < b.second; });
        return m_regions.region(best->first);
    }
    return nullptr;
}

} // namespace brainmd
