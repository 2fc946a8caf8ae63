#include "io/phantom/PhantomLesionSites.h"

#include "common/SeededRandom.h"
#include "io/phantom/PhantomTemplate.h"

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {

constexpr double kMinRadiusMm = 3.0;
constexpr double kMaxRadiusMm = 25.0;
constexpr double kMinDepthMm = 2.0;
/// Radius / depth: at 1.5 the mask cuts off at most ~7 % of a sphere's volume.
constexpr double kRadiusPerDepth = 1.5;
/// The outline varies by up to ~15 % (PhantomLesionShape); satellites keep 3 mm clear.
constexpr double kOutlineFactor = 1.15;
constexpr double kGapMm = 3.0;

/// A uniform parenchyma point at least kMinDepthMm inside the mask, and its depth.
Eigen::Vector3d drawPoint(const PhantomTemplate &anatomy, SeededRandom &random, double *depth) {
    const double reach = kMaxRadiusMm / kRadiusPerDepth;
    Eigen::Vector3d p = anatomy.brainCentre();
    // Some 10 % of the parenchyma is too shallow; the bound only guards a broken template.
    for (int attempt = 0; attempt < 10000; ++attempt) {
        p = anatomy.parenchymaVoxelCentre(random.index(anatomy.parenchymaVoxelCount()));
        *depth = anatomy.brainDepth(p, reach);
        if (*depth >= kMinDepthMm)
            return p;
    }
    *depth = anatomy.brainDepth(p, reach);
    return p;
}

void describe(const PhantomTemplate &anatomy, PhantomLesionSite *site) {
    const AalRegion *region = anatomy.regionNear(site->centre, 20.0);
    if (region == nullptr)
        region = anatomy.regionNear(site->centre, 60.0);
    site->lobe = region != nullptr ? region->lobe : QStringLiteral("subcortical");
    site->region = region != nullptr ? region->name : QString();
    site->regionPhrase = region != nullptr ? region->phrase : QStringLiteral("deep white matter");
    // The atlas knows the hemisphere best; the vermis and unlabelled points go by the
    // midline (LPS x grows towards the patient's left).
    if (region != nullptr && !region->side.isEmpty())
        site->side = region->side;
    else
        site->side = site->centre.x() >= anatomy.brainCentre().x() ? QStringLiteral("left")
                                                                   : QStringLiteral("right");
}

} // namespace

PhantomLesionSite drawLesionSite(const PhantomTemplate &anatomy, SeededRandom &random) {
    PhantomLesionSite site;
    double depth = 0.0;
    site.centre = drawPoint(anatomy, random, &depth);
    const double radius =
        kMinRadiusMm + (kMaxRadiusMm - kMinRadiusMm) * std::pow(random.uniform(), 1.5);
    site.radiusMm =
        std::clamp(radius, kMinRadiusMm, std::max(kMinRadiusMm, kRadiusPerDepth * depth));
    describe(anatomy, &site);
    return site;
}

std::vector<PhantomLesionSite> drawSatelliteSites(const PhantomTemplate &anatomy,
                                                  const PhantomLesionSite &largest, int count,
                                                  SeededRandom &random) {
    std::vector<PhantomLesionSite> placed{largest};
    const double maxRadius = std::max(kMinRadiusMm, 0.5 * largest.radiusMm);
    for (int attempt = 0; attempt < 600 && static_cast<int>(placed.size()) <= count; ++attempt) {
        PhantomLesionSite site;
        double depth = 0.0;
        site.centre = drawPoint(anatomy, random, &depth);
        const double radius = random.uniform(kMinRadiusMm, maxRadius);
        site.radiusMm =
            std::clamp(radius, kMinRadiusMm, std::max(kMinRadiusMm, kRadiusPerDepth * depth));
        const bool clear = std::all_of(placed.begin(), placed.end(), [&](const auto &other) {
            return (site.centre - other.centre).norm() >=
                   kOutlineFactor * (site.radiusMm + other.radiusMm) + kGapMm;
        });
        // Satellites stay regional, as multifocal tumours do: points more than 100 mm from
        // the largest lesion are passed over (few of them would share its lobe anyway).
        if (!clear || (site.centre - largest.centre).norm() > 100.0)
            continue;
        describe(anatomy, &site);
        if (site.lobe == largest.lobe && site.side == largest.side)
            placed.push_back(site);
    }
    return {placed.begin() + 1, placed.end()};
}

} // namespace brainmd
