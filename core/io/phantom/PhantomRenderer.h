#pragma once

#include "volume/Volume.h"

#include <cstdint>
#include <vector>

namespace brainmd {

class PhantomTemplate;
struct PhantomCasePlan;

/// One rendered case on its acquisition grid: the post-contrast T1 (Int16, patient LPS
/// geometry) and, voxel for voxel, where the tumour is (cases with a lesion) or where the
/// brain is (cases without), for the reference slices.
struct PhantomImage {
    Volume volume;
    std::vector<std::uint8_t> truthMask;
};

/// Renders a planned case: pose, deformation, tumour (core, rim, oedema, mass effect),
/// bias field, Rician noise, trilinear resampling onto the acquisition grid. Deterministic
/// for a given plan.
PhantomImage renderPhantomCase(const PhantomTemplate &anatomy, const PhantomCasePlan &plan);

} // namespace brainmd
