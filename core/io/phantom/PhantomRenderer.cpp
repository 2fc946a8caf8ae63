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

/// The tumour's effect at one head-space point.
struct LesionSample {
    Eigen::Vector3d tissuePoint; ///< head-space point whose tissue is seen here
    double q = 1e9;              ///< distance / outline radius (< 1 inside the tumour)
    double edge = 0.0;           ///< half-width of the blurred edges, in units of q
    double bulge = 0.0;          ///< outline / radius - 1: where the outline bulges
};

class CaseRenderer {
public:
    CaseRenderer(const PhantomTemplate &anatomy, const PhantomCasePlan &plan)
        : m_anatomy(anatomy)
        , m_plan(plan)
        , m_lesion(plan.truth.lesion)
        , m_noise(plan.noiseSeed) {
        const double extent = std::max(m_lesion.oedemaRatio, 1.0) * 1.15 * m_lesion.radiusMm;
        m_pushReach = 4.0 * m_lesion.radiusMm;
        m_reach = std::max(extent, m_lesion.massEffectMm > 0.0 ? m_pushReach : 0.0) + 2.0;
    }

    PhantomImage render() {
        const Geometry &grid = m_plan.acquisition;
        PhantomImage image;
        image.volume = Volume(grid, VoxelType::Int16);
        image.truthMask.assign(grid.voxelCount(), 0);
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
                    out[n] = voxel(h, &image.truthMask[n]);
            }
        return image;
    }

private:
    LesionSample lesionAt(const Eigen::Vector3d &h) const {
        LesionSample sample{h, 1e9, 0.0};
        if (!m_lesion.present)
            return sample;
        const Eigen::Vector3d d = h - m_plan.shape.centre;
        const double s = d.norm();
        if (s > m_reach)
            return sample;
        const double radius = m_lesion.radiusMm;
        const Eigen::Vector3d u = s > 1e-9 ? Eigen::Vector3d(d / s) : Eigen::Vector3d::UnitX();
        const double outline = m_plan.shape.radiusAlong(u, radius);
        sample.q = s / outline;
        sample.edge = 0.75 / outline;
        sample.bulge = outline / radius - 1.0;
        const double m = m_lesion.massEffectMm;
        if (m > 0.0 && s > 1e-9) {
            // Tissue that sat at r(s) now appears at s: r(s) = s - m (R/s)^2 outside the
            // tumour (monotone, so nothing folds), a linear squeeze inside.
            double r = s >= radius ? s - m * (radius / s) * (radius / s) *
                                             (1.0 - smoothstep(0.75 * m_pushReach, m_pushReach, s))
                                   : s * (radius - m) / radius;
            sample.tissuePoint = m_plan.shape.centre + d * (r / s);
        }
        return sample;
    }

    double tumourValue(double tissue, const LesionSample &lesion, double brain) const {
        const PhantomLesionShape &shape = m_plan.shape;
        double value = tissue;
        if (m_lesion.oedema && lesion.q < m_lesion.oedemaRatio) {
            const double ratio = m_lesion.oedemaRatio;
            const double weight = 1.0 - smoothstep(1.0 + 0.4 * (ratio - 1.0), ratio, lesion.q);
            value *= 1.0 - shape.oedemaDepth * weight * brain;
        }
        const double inside = 1.0 - smoothstep(1.0 - lesion.edge, 1.0 + lesion.edge, lesion.q);
        if (inside <= 0.0)
            return value;
        const double cf = m_lesion.coreFraction;
        const double core =
            cf > 0.0 ? 1.0 - smoothstep(cf - lesion.edge, cf + lesion.edge, lesion.q) : 0.0;
        // Enhancement is patchy: brighter where the tumour bulges, thinner elsewhere.
        const double rim = shape.rimLevel * (1.0 + 1.5 * lesion.bulge);
        const double mass = core * shape.coreLevel + (1.0 - core) * rim;
        return value * (1.0 - inside) + mass * inside;
    }

    std::int16_t voxel(const Eigen::Vector3d &h, std::uint8_t *truth) {
        const LesionSample lesion = lesionAt(h);
        double field[4]; // displacement, bias
        m_plan.fields.sample(lesion.tissuePoint, field);
        const Eigen::Vector3d x =
            lesion.tissuePoint + Eigen::Vector3d(field[0], field[1], field[2]);
        double value = m_anatomy.t1At(x);
        if (lesion.q < m_lesion.oedemaRatio || lesion.q < 1.0 + lesion.edge)
            value = tumourValue(value, lesion, m_anatomy.brainAt(x));
        if (m_lesion.present)
            *truth = lesion.q < 1.0 ? 1 : 0;
        else
            *truth = m_anatomy.brainAt(x) >= 0.5f ? 1 : 0;
        value *= (1.0 + field[3]) * m_plan.gain;
        // Magnitude of a complex signal with Gaussian noise in both channels (Rician).
        const double re = value + m_plan.noiseSigma * m_noise.normal();
        const double im = m_plan.noiseSigma * m_noise.normal();
        const double magnitude = std::sqrt(re * re + im * im);
        return static_cast<std::int16_t>(std::min(std::lround(magnitude), 32767L));
    }

    const PhantomTemplate &m_anatomy;
    const PhantomCasePlan &m_plan;
    const PhantomLesion &m_lesion;
    SeededRandom m_noise;
    double m_pushReach = 0.0;
    double m_reach = 0.0;
};

} // namespace

PhantomImage renderPhantomCase(const PhantomTemplate &anatomy, const PhantomCasePlan &plan) {
    return CaseRenderer(anatomy, plan).render();
}

} // namespace brainmd
