#include "volume/Volume.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace brainmd {

Volume::Volume(const Geometry &geometry, VoxelType type)
    : m_geometry(geometry)
    , m_type(type) {
    if (type == VoxelType::Int16)
        m_int16.assign(geometry.voxelCount(), 0);
    else
        m_float.assign(geometry.voxelCount(), 0.0f);
}

void Volume::setGeometry(const Geometry &geometry) {
    // Only the placement may change; the voxel count is fixed by the storage.
    if (geometry.voxelCount() == m_geometry.voxelCount())
        m_geometry = geometry;
}

void Volume::setValue(std::size_t linear, float value) {
    if (m_type == VoxelType::Int16) {
        const float clamped =
            std::clamp(value, static_cast<float>(std::numeric_limits<std::int16_t>::min()),
                       static_cast<float>(std::numeric_limits<std::int16_t>::max()));
        m_int16[linear] = static_cast<std::int16_t>(std::lround(clamped));
    } else {
        m_float[linear] = value;
    }
}

std::vector<float> Volume::toFloat() const {
    if (m_type == VoxelType::Float32)
        return m_float;
    return std::vector<float>(m_int16.begin(), m_int16.end());
}

std::pair<float, float> Volume::range() const {
    if (isEmpty())
        return {0.0f, 0.0f};
    if (m_type == VoxelType::Int16) {
        const auto [lo, hi] = std::minmax_element(m_int16.begin(), m_int16.end());
        return {static_cast<float>(*lo), static_cast<float>(*hi)};
    }
    const auto [lo, hi] = std::minmax_element(m_float.begin(), m_float.end());
    return {*lo, *hi};
}

} // namespace brainmd
