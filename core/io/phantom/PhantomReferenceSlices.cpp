#include "io/phantom/PhantomReferenceSlices.h"

#include "volume/LargestCrossSection.h"
#include "volume/Orientation.h"
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
    const Geometry ras = reorientGeometry(grid, closestRasReorientation(grid));
    for (const View view : kAllViews) {
        const int axis = viewAxis(view);
        const auto v = static_cast<std::size_t>(view);
        const double centre = (ras.dims[axis] - 1) / 2.0;
        truth->referenceOffsetMm[v] = (sections.slice[v] - centre) * ras.spacing[axis];
    }
}

} // namespace brainmd
