#pragma once

#include <QString>

#include <Eigen/Core>

#include <vector>

namespace brainmd {

class PhantomTemplate;
class SeededRandom;

/// Where one lesion goes, in template LPS, before the case's deformation and pose.
struct PhantomLesionSite {
    Eigen::Vector3d centre = Eigen::Vector3d::Zero();
    double radiusMm = 0.0;
    QString lobe;   ///< AAL lobe at or nearest to the centre (see AalRegions)
    QString side;   ///< "left" or "right"
    QString region; ///< AAL name, "" when no region lies within 60 mm
    QString regionPhrase;
};

/// Draws the site of a case's largest lesion so that it does not favour any place: the
/// centre is uniform over the template's parenchyma voxels lying at least 2 mm inside the
/// brain mask (every lobe, cortex to deep white matter, both hemispheres, the posterior
/// fossa), then the radius is drawn from 3–25 mm, skewed to small and medium
/// (3 + 22 u^1.5: about half under 10 mm), and capped at 1.5 × the centre's depth, so the
/// brain mask clips at most a thin cap of the lesion.
PhantomLesionSite drawLesionSite(const PhantomTemplate &anatomy, SeededRandom &random);

/// Up to `count` further lesions for a multifocal case: centres uniform over the
/// parenchyma within 100 mm of `largest` in its lobe and on its side, radius
/// 3 mm to half of the largest's (capped by depth as above), each clear of the others.
/// Fewer come back when no such place is found in a bounded number of draws.
std::vector<PhantomLesionSite> drawSatelliteSites(const PhantomTemplate &anatomy,
                                                  const PhantomLesionSite &largest, int count,
                                                  SeededRandom &random);

} // namespace brainmd
