#include "io/phantom/PhantomReferenceSlices.h"

#include "volume/LargestCrossSection.h"
#include "volume/Volume.h"

namespace brainmd {

void computeReferenceSlices(const Geometry &grid, const std::vector<std::uint8_t> &mask,
                            PhantomCaseTruth *truth) {
    // The same rule as for an imported DICOM SEG, so that both kinds of truth agree.
    Volume maskVolume(grid, VoxelType::Int16);
    std::int16_t *voxels = maskVolume.int16Data();
    for (std::size_t n = 0; n < mask.size(); ++n)
        voxels[n] = mask[n];
    const CrossSections sections = largestCrossSections(maskVolume);
    truth->referenceSlice = sections.slice;
    truth->referencePositionMm = sections.positionMm;
}

} // namespace brainmd
