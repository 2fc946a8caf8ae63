#pragma once

#include "io/phantom/PhantomTypes.h"
#include "io/phantom/SmoothField.h"
#include "volume/Geometry.h"

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <vector>

namespace brainmd {

class PhantomTemplate;

/// The synthetic tumour's shape and contrast in head space (template LPS after the case's
/// deformation): its outline is the radius modulated by three smooth waves over the
/// direction (up to ±15 %), so that the tumour is not a perfect sphere.
struct PhantomLesionShape {
    Eigen::Vector3d centre = Eigen::Vector3d::Zero();
    std::array<Eigen::Vector3d, 3> waveAxes{};
    std::array<double, 3> waveAmplitude{0.0, 0.0, 0.0};
    std::array<double, 3> waveFrequency{0.0, 0.0, 0.0};
    std::array<double, 3> wavePhase{0.0, 0.0, 0.0};
    double rimLevel = 0.0;    ///< template T1 units (the enhancing or non-enhancing rim)
    double coreLevel = 0.0;   ///< template T1 units (necrotic core)
    double oedemaDepth = 0.0; ///< fractional T1 darkening at the tumour edge

    /// Radius (mm) of the outline in the unit direction `u`.
    double radiusAlong(const Eigen::Vector3d &u, double radius) const;
};

/// All random choices of one case, drawn up front so that rendering is a pure function.
/// Scanner (patient) LPS p and head space h are related by
/// p = pivot + headRotation (h - pivot) + headShift; the template point shown at h is
/// push(h) + displacement(push(h)), where push undoes the tumour's mass effect.
struct PhantomCasePlan {
    PhantomCaseTruth truth;
    Eigen::Vector3d pivot = Eigen::Vector3d::Zero();
    Eigen::Matrix3d headRotation = Eigen::Matrix3d::Identity();
    Eigen::Vector3d headShift = Eigen::Vector3d::Zero();
    /// Components 0–2: displacement (mm) from head space to template; component 3: bias,
    /// the multiplicative deviation from 1 of the coil sensitivity.
    SmoothField fields;
    PhantomLesionShape shape;                        ///< of truth.lesion
    std::vector<PhantomLesionShape> satelliteShapes; ///< one per truth.satellites
    Geometry acquisition;                            ///< grid of the acquired series (patient LPS)
    double gain = 1.0;                               ///< template units → stored values
    double noiseSigma = 0.0;                         ///< stored units
    std::uint64_t noiseSeed = 0;
};

/// Draws case `caseIndex` of a dataset. `withLesion` comes from the dataset-level choice
/// of which cases carry a tumour.
PhantomCasePlan planPhantomCase(const PhantomTemplate &anatomy, const PhantomOptions &options,
                                int caseIndex, bool withLesion);

} // namespace brainmd
