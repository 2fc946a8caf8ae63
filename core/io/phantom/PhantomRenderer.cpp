#include "io/phantom/PhantomRenderer.h"

#include "common/SeededRandom.h"
#include "io/phantom/PhantomCasePlan.h"
#include "io/phantom/PhantomTemplate.h"

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {

double smoothstep(double edge0, double edge1, double x) {
    const double t = std::clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

/// Where one tumour is relative to a head-space point.
struct LesionSample {
    double q = 1e9;     ///< distance / outline radius (< 1 inside the tumour)
    double edge = 0.0;  ///< half-width of the blurred edges, in units of q
    double bulge = 0.0; ///< outline / radius - 1: where the outline bulges
};

/// A tumour of the plan with its shape and how far its effect reaches.
struct PlacedLesion {
    const PhantomLesion *lesion = nullptr;
    const PhantomLesionShape *shape = nullptr;
    double reach = 0.0;
};

class CaseRenderer {
public:
    CaseRenderer(const PhantomTemplate &anatomy, const PhantomCasePlan &plan)
        : m_anatomy(anatomy)
        , m_plan(plan)
        , m_noise(plan.noiseSeed) {
        const PhantomLesion &largest = plan.truth.lesion;
        m_pushReach = 4.0 * largest.radiusMm;
        if (largest.present)
            m_lesions.push_back({&largest, &plan.shape, reachOf(largest)});
        for (std::size_t n = 0; n < plan.truth.satellites.size(); ++n) {
            const PhantomLesion &satellite = plan.truth.satellites[n];
            m_lesions.push_back({&satellite, &plan.satelliteShapes[n], reachOf(satellite)});
        }
    }

    PhantomImage render() {
        const Geometry &grid = m_plan.acquisition;
        PhantomImage image;
        image.volume = Volume(grid, VoxelType::Int16);
        image.lesionMask.assign(grid.voxelCount(), 0);
        image.brainMask.assign(grid.voxelCount(), 0);
        const Eigen::Matrix3d back = m_plan.headRotation.transpose();
        const Eigen::Matrix3d step = back * grid.direction * grid.spacing.asDiagonal();
        const Eigen::Vector3d start =
            back * (grid.origin - m_plan.pivot - m_plan.headShift) + m_plan.pivot;
        std::int16_t *out = image.volume.int16Data();
        std::size_t n = 0;
        for (int k = 0; k < grid.dims[2]; ++k)
            for (int j = 0; j < grid.dims[1]; ++j) {
                Eigen::Vector3d h = start + step.col(1) * j + step.col(2) * k;
                for (int i = 0; i < grid.dims[0]; ++i, ++n, h += step.col(0))
                    out[n] = voxel(h, &image.lesionMask[n], &image.brainMask[n]);
            }
        return image;
    }

private:
    double reachOf(const PhantomLesion &lesion) const {
        const double extent = std::max(lesion.oedemaRatio, 1.0) * 1.15 * lesion.radiusMm;
        return std::max(extent, lesion.massEffectMm > 0.0 ? m_pushReach : 0.0) + 2.0;
    }

    LesionSample sampleOf(const PlacedLesion &placed, const Eigen::Vector3d &h) const {
        LesionSample sample;
        const Eigen::Vector3d d = h - placed.shape->centre;
        const double s = d.norm();
        if (s > placed.reach)
            return sample;
        const double radius = placed.lesion->radiusMm;
        const Eigen::Vector3d u = s > 1e-9 ? Eigen::Vector3d(d / s) : Eigen::Vector3d::UnitX();
        const double outline = placed.shape->radiusAlong(u, radius);
        sample.q = s / outline;
        sample.edge = 0.75 / outline;
        sample.bulge = outline / radius - 1.0;
        return sample;
    }

    /// The head-space point whose tissue the largest tumour's mass effect shows at h.
    Eigen::Vector3d tissuePoint(const Eigen::Vector3d &h) const {
        const PhantomLesion &lesion = m_plan.truth.lesion;
        const double m = lesion.massEffectMm;
        if (!lesion.present || m <= 0.0)
            return h;
        const Eigen::Vector3d d = h - m_plan.shape.centre;
        const double s = d.norm();
        if (s <= 1e-9 || s > m_pushReach)
            return h;
        // Tissue that sat at r(s) now appears at s: r(s) = s - m (R/s)^2 outside the
        // tumour (monotone, so nothing folds), a linear squeeze inside.
        const double radius = lesion.radiusMm;
        const double r = s >= radius
                             ? s - m * (radius / s) * (radius / s) *
                                       (1.0 - smoothstep(0.75 * m_pushReach, m_pushReach, s))
                             : s * (radius - m) / radius;
        return m_plan.shape.centre + d * (r / s);
    }

    static double tumourValue(double tissue, const LesionSample &sample, const PlacedLesion &placed,
                              double brain) {
        const PhantomLesion &lesion = *placed.lesion;
        const PhantomLesionShape &shape = *placed.shape;
        double value = tissue;
        if (lesion.oedema && sample.q < lesion.oedemaRatio) {
            const double ratio = lesion.oedemaRatio;
            const double weight = 1.0 - smoothstep(1.0 + 0.4 * (ratio - 1.0), ratio, sample.q);
            value *= 1.0 - shape.oedemaDepth * weight * brain;
        }
        // The brain mask clips the tumour, so that none shows outside the brain.
        const double inside = (1.0 - smoothstep(1.0 - sample.edge, 1.0 + sample.edge, sample.q)) *
                              smoothstep(0.25, 0.75, brain);
        if (inside <= 0.0)
            return value;
        const double cf = lesion.coreFraction;
        const double core =
            cf > 0.0 ? 1.0 - smoothstep(cf - sample.edge, cf + sample.edge, sample.q) : 0.0;
        // Enhancement is patchy: brighter where the tumour bulges, thinner elsewhere.
        const double rim = shape.rimLevel * (1.0 + 1.5 * sample.bulge);
        const double mass = core * shape.coreLevel + (1.0 - core) * rim;
        return value * (1.0 - inside) + mass * inside;
    }

    std::int16_t voxel(const Eigen::Vector3d &h, std::uint8_t *lesionMask,
                       std::uint8_t *brainMask) {
        const Eigen::Vector3d tissue = tissuePoint(h);
        double field[4]; // displacement, bias
        m_plan.fields.sample(tissue, field);
        const Eigen::Vector3d x = tissue + Eigen::Vector3d(field[0], field[1], field[2]);
        double value = m_anatomy.t1At(x);
        const double brain = m_anatomy.brainAt(x);
        bool inLesion = false;
        for (const PlacedLesion &placed : m_lesions) {
            const LesionSample sample = sampleOf(placed, h);
            if (sample.q < placed.lesion->oedemaRatio || sample.q < 1.0 + sample.edge)
                value = tumourValue(value, sample, placed, brain);
            inLesion = inLesion || sample.q < 1.0;
        }
        *brainMask = brain >= 0.5 ? 1 : 0;
        *lesionMask = inLesion && brain >= 0.5 ? 1 : 0;
        value *= (1.0 + field[3]) * m_plan.gain;
        // Magnitude of a complex signal with Gaussian noise in both channels (Rician).
        const double re = value + m_plan.noiseSigma * m_noise.normal();
        const double im = m_plan.noiseSigma * m_noise.normal();
        const double magnitude = std::sqrt(re * re + im * im);
        return static_cast<std::int16_t>(std::min(std::lround(magnitude), 32767L));
    }

    const PhantomTemplate &m_anatomy;
    const PhantomCasePlan &m_plan;
    SeededRandom m_noise;
    std::vector<PlacedLesion> m_lesions; ///< the largest first
    double m_pushReach = 0.0;
};

} // namespace

PhantomImage renderPhantomCase(const PhantomTemplate &anatomy, const PhantomCasePlan &plan) {
    return CaseRenderer(anatomy, plan).render();
}

} // namespace brainmd
