#pragma once

#include "volume/Volume.h"

#include <cstdint>
#include <vector>

namespace brainmd {

class PhantomTemplate;
struct PhantomCasePlan;

/// One rendered case on its acquisition grid: the post-contrast T1 (Int16, patient LPS
/// geometry) and, voxel for voxel, where the lesions are (all of them; never outside the
/// brain) and where the brain is.
struct PhantomImage {
    Volume volume;
    std::vector<std::uint8_t> lesionMask; ///< all zero without a lesion
    std::vector<std::uint8_t> brainMask;
    /// What the reference slices are the largest cross-sections of: the lesions, or the
    /// brain in cases without one.
    const std::vector<std::uint8_t> &truthMask(bool lesionPresent) const {
        return lesionPresent ? lesionMask : brainMask;
    }
};

/// Renders a planned case: pose, deformation, tumours (core, rim, oedema; mass effect of
/// the largest), bias field, Rician noise, trilinear resampling onto the acquisition grid.
/// The brain mask clips every tumour. Deterministic for a given plan.
PhantomImage renderPhantomCase(const PhantomTemplate &anatomy, const PhantomCasePlan &plan);

} // namespace brainmd
