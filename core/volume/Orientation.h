#pragma once

#include "volume/Volume.h"

#include <array>

namespace brainmd {

/// The anatomical views. Each view looks along one axis of a RAS-aligned volume:
/// sagittal slices are indexed along R (voxel axis 0), coronal along A (axis 1),
/// axial along S (axis 2).
enum class View { Axial = 0, Coronal = 1, Sagittal = 2 };

inline constexpr std::array<View, 3> kAllViews{View::Axial, View::Coronal, View::Sagittal};

/// Voxel axis of a RAS-aligned volume along which the slices of `view` are stacked.
int viewAxis(View view);
const char *viewName(View view); ///< "axial", "coronal", "sagittal"
bool viewFromName(const QString &name, View *view);

/// How a voxel grid maps onto the closest RAS-aligned grid: output axis a is input axis
/// `permutation[a]`, read backwards when `flip[a]`. No interpolation is involved.
struct RasReorientation {
    std::array<int, 3> permutation{0, 1, 2};
    std::array<bool, 3> flip{false, false, false};

    bool isIdentity() const;
    /// Maps an index of the input grid to the index of the same voxel in the output grid.
    std::array<int, 3> toOutputIndex(const std::array<int, 3> &inputIndex,
                                     const std::array<int, 3> &inputDims) const;
};

/// The permutation and flips that bring voxel axes closest to +R, +A, +S
/// (the assignment maximising the summed |cosine|, so oblique grids map sensibly).
RasReorientation closestRasReorientation(const Geometry &geometry);

/// Geometry of the reoriented grid (same voxel centres, permuted and flipped axes).
Geometry reorientGeometry(const Geometry &geometry, const RasReorientation &reorientation);

/// Returns the volume reordered to the closest RAS-aligned axes, geometry updated so
/// that every voxel keeps its position in the patient.
Volume reorientToRas(const Volume &volume);

/// The largest angle (degrees) between a voxel axis and its closest patient axis:
/// 0 for a true axial / coronal / sagittal acquisition, larger for oblique ones.
double obliquityDegrees(const Geometry &geometry);

} // namespace brainmd
