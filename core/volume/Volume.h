#pragma once

#include "volume/Geometry.h"
#include "volume/WindowLevel.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace brainmd {

enum class VoxelType { Int16, Float32 };

/// A 3D scalar image with its true geometry. Voxels are contiguous, i fastest:
/// index = i + nx * (j + ny * k). Values are in physical units after DICOM rescale
/// (slope / intercept); when the rescaled values do not fit int16 the type is Float32.
class Volume {
public:
    Volume() = default;
    Volume(const Geometry &geometry, VoxelType type);

    const Geometry &geometry() const { return m_geometry; }
    void setGeometry(const Geometry &geometry);
    VoxelType type() const { return m_type; }
    bool isEmpty() const { return m_geometry.voxelCount() == 0; }
    int nx() const { return m_geometry.dims[0]; }
    int ny() const { return m_geometry.dims[1]; }
    int nz() const { return m_geometry.dims[2]; }
    std::size_t voxelCount() const { return m_geometry.voxelCount(); }

    std::size_t linearIndex(int i, int j, int k) const {
        return static_cast<std::size_t>(i) +
               static_cast<std::size_t>(nx()) *
                   (static_cast<std::size_t>(j) + static_cast<std::size_t>(ny()) * k);
    }

    /// Raw storage; the pointer of the other type is null.
    std::int16_t *int16Data() { return m_type == VoxelType::Int16 ? m_int16.data() : nullptr; }
    const std::int16_t *int16Data() const {
        return m_type == VoxelType::Int16 ? m_int16.data() : nullptr;
    }
    float *floatData() { return m_type == VoxelType::Float32 ? m_float.data() : nullptr; }
    const float *floatData() const {
        return m_type == VoxelType::Float32 ? m_float.data() : nullptr;
    }

    float valueAt(std::size_t linear) const {
        return m_type == VoxelType::Int16 ? static_cast<float>(m_int16[linear]) : m_float[linear];
    }
    float valueAt(int i, int j, int k) const { return valueAt(linearIndex(i, j, k)); }
    void setValue(std::size_t linear, float value);

    /// All voxels as float, in storage order.
    std::vector<float> toFloat() const;
    /// Smallest and largest voxel value; {0, 0} for an empty volume.
    std::pair<float, float> range() const;

    /// Window from the DICOM header (first instance), when it had one.
    std::optional<WindowLevel> headerWindow;
    /// Free-form description (series description, modality) kept for display.
    QString description;

private:
    Geometry m_geometry;
    VoxelType m_type = VoxelType::Int16;
    std::vector<std::int16_t> m_int16;
    std::vector<float> m_float;
};

} // namespace brainmd
