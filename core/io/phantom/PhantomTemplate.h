#pragma once

#include "io/phantom/AalRegions.h"
#include "volume/Geometry.h"

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace brainmd {

/// The anatomy every phantom case is drawn from: the Colin27 T1 (ch2.nii.gz), its brain
/// mask (ch2bet.nii.gz > 0) and the AAL atlas (aal.nii.gz + aal.nii.txt), all on one grid.
/// Points are template LPS millimetres. Read-only after load(), so cases may share it
/// across threads.
class PhantomTemplate {
public:
    /// Loads the files from `folder` (e.g. /usr/share/mricron/templates). Returns an
    /// error message, or "".
    QString load(const QString &folder);

    const Geometry &geometry() const { return m_geometry; }
    /// Typical white-matter intensity of the T1 (the scale the phantom's contrasts use).
    float whiteMatterLevel() const { return m_whiteMatter; }
    /// Centroid of the brain mask.
    const Eigen::Vector3d &brainCentre() const { return m_brainCentre; }
    /// Bounding box of the head (T1 above background).
    const Eigen::Vector3d &headMin() const { return m_headMin; }
    const Eigen::Vector3d &headMax() const { return m_headMax; }

    /// Trilinear T1 value at a point (0 outside the grid).
    float t1At(const Eigen::Vector3d &lps) const;
    /// Trilinear brain-mask value in [0, 1] at a point.
    float brainAt(const Eigen::Vector3d &lps) const;
    /// Number of parenchyma voxels (brain mask, T1 above the CSF level) and the centre of
    /// the n-th one, so that points can be drawn uniformly over the parenchyma.
    int parenchymaVoxelCount() const { return static_cast<int>(m_parenchyma.size()); }
    Eigen::Vector3d parenchymaVoxelCentre(int n) const;
    /// Depth (mm) of a point inside the brain mask: the shortest distance, along 26
    /// directions in 0.5 mm steps, to where brainAt() drops below 0.5; `maxMm` when no edge
    /// is that near, 0 outside the mask.
    double brainDepth(const Eigen::Vector3d &lps, double maxMm) const;

    /// The region at or nearest to a point: the most frequent label on the first shell
    /// (1 mm steps, up to `maxRadiusMm`) that meets any labelled voxel; nullptr if none.
    const AalRegion *regionNear(const Eigen::Vector3d &lps, double maxRadiusMm) const;

private:
    Eigen::Vector3d toIndex(const Eigen::Vector3d &lps) const {
        return m_lpsToIndex * lps + m_lpsToIndexOffset;
    }
    template <typename T>
    float trilinear(const std::vector<T> &data, const Eigen::Vector3d &lps) const;
    int labelAtIndex(int i, int j, int k) const;
    void measure();

    Geometry m_geometry;
    Eigen::Matrix3d m_lpsToIndex = Eigen::Matrix3d::Identity();
    Eigen::Vector3d m_lpsToIndexOffset = Eigen::Vector3d::Zero();
    std::vector<float> m_t1;
    std::vector<std::uint8_t> m_brain;
    std::vector<std::int16_t> m_atlas;
    std::vector<std::uint32_t> m_parenchyma;
    AalRegions m_regions;
    float m_whiteMatter = 1.0f;
    Eigen::Vector3d m_brainCentre = Eigen::Vector3d::Zero();
    Eigen::Vector3d m_headMin = Eigen::Vector3d::Zero();
    Eigen::Vector3d m_headMax = Eigen::Vector3d::Zero();
};

} // namespace brainmd
