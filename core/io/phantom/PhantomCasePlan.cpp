#include "io/phantom/PhantomCasePlan.h"

#include "common/SeededRandom.h"
#include "io/phantom/PhantomLesionSites.h"
#include "io/phantom/PhantomTemplate.h"

#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace brainmd {

namespace {

constexpr double kDegree = std::numbers::pi / 180.0;
constexpr std::uint64_t kPlanStream = 1;
constexpr std::uint64_t kNoiseStream = 2;

Eigen::Matrix3d rotation(double aboutX, double aboutY, double aboutZ) {
    return (Eigen::AngleAxisd(aboutZ, Eigen::Vector3d::UnitZ()) *
            Eigen::AngleAxisd(aboutY, Eigen::Vector3d::UnitY()) *
            Eigen::AngleAxisd(aboutX, Eigen::Vector3d::UnitX()))
        .toRotationMatrix();
}

Eigen::Vector3d randomUnitVector(SeededRandom &random) {
    for (;;) {
        const double x = random.normal(), y = random.normal(), z = random.normal();
        const Eigen::Vector3d v(x, y, z);
        if (v.norm() > 1e-6)
            return v.normalized();
    }
}

void drawIdentity(PhantomCaseTruth *truth, int caseIndex, bool withLesion, SeededRandom &random) {
    const QString number = QStringLiteral("%1").arg(caseIndex + 1, 4, 10, QLatin1Char('0'));
    truth->caseIndex = caseIndex;
    truth->caseKey = QStringLiteral("case-") + number;
    truth->patientId = QStringLiteral("PHANTOM") + number;
    truth->patientName = QStringLiteral("PHANTOM^") + number;
    truth->accessionNumber = QStringLiteral("BMD") + number;
    truth->ageYears = withLesion ? 28 + random.index(55) : 18 + random.index(60);
    truth->patientSex = random.chance(0.5) ? QStringLiteral("F") : QStringLiteral("M");
    const int studyDay = 1 + caseIndex % 28;
    truth->studyDate = QStringLiteral("202403%1").arg(studyDay, 2, 10, QLatin1Char('0'));
    // Birthdays fall after the March study dates, so the age holds on the study day.
    truth->patientBirthDate = QStringLiteral("%1%2%3")
                                  .arg(2023 - truth->ageYears)
                                  .arg(4 + random.index(9), 2, 10, QLatin1Char('0'))
                                  .arg(1 + random.index(28), 2, 10, QLatin1Char('0'));
}

void drawPose(const PhantomTemplate &anatomy, PhantomCasePlan *plan, SeededRandom &random) {
    const auto angle = [&] {
        return std::clamp(random.normal() * 3.0, -8.0, 8.0) * kDegree;
    };
    const double ax = angle(), ay = angle(), az = angle();
    plan->pivot = anatomy.brainCentre();
    plan->headRotation = rotation(ax, ay, az);
    for (int a = 0; a < 3; ++a)
        plan->headShift[a] = random.uniform(-5.0, 5.0);
    const Eigen::Vector3d margin = Eigen::Vector3d::Constant(20.0);
    const Eigen::Vector3d low = anatomy.headMin() - margin, high = anatomy.headMax() + margin;
    const SmoothField deformation =
        SmoothField::random(low, high, 30.0, 3, random.uniform(3.0, 5.0), random);
    const SmoothField bias =
        SmoothField::random(low, high, 70.0, 1, random.uniform(0.08, 0.15), random);
    plan->fields = SmoothField::stack(deformation, bias);
    plan->gain = random.uniform(3.5, 5.0);
    plan->noiseSigma = random.uniform(0.015, 0.03) * anatomy.whiteMatterLevel() * plan->gain;
}

/// Rim, core, oedema and mass effect of the largest lesion; satellites copy them.
void drawLesionContrast(const PhantomTemplate &anatomy, PhantomCasePlan *plan,
                        SeededRandom &random) {
    PhantomLesion &lesion = plan->truth.lesion;
    PhantomLesionShape &shape = plan->shape;
    const double wm = anatomy.whiteMatterLevel();
    lesion.enhancing = random.chance(0.75);
    lesion.coreFraction = lesion.enhancing ? random.uniform(0.35, 0.65) : 0.0;
    shape.rimLevel = wm * (lesion.enhancing ? random.uniform(2.3, 2.7) : random.uniform(0.55, 0.7));
    shape.coreLevel = wm * random.uniform(0.25, 0.4);
    lesion.oedema = random.chance(0.85);
    lesion.oedemaRatio = lesion.oedema ? random.uniform(1.5, 2.2) : 1.0;
    shape.oedemaDepth = random.uniform(0.25, 0.4);
    const bool massEffect = lesion.radiusMm >= 10.0 && random.chance(0.8);
    lesion.massEffectMm =
        massEffect ? random.uniform(2.5, std::max(2.6, std::min(5.0, 0.3 * lesion.radiusMm))) : 0.0;
}

/// The outline's three smooth waves (up to ±5 % each).
void drawOutline(PhantomLesionShape *shape, SeededRandom &random) {
    for (int n = 0; n < 3; ++n) {
        shape->waveAxes[n] = randomUnitVector(random);
        shape->waveAmplitude[n] = random.uniform(0.02, 0.05);
        shape->waveFrequency[n] = random.uniform(2.0, 4.0);
        shape->wavePhase[n] = random.uniform(0.0, 2.0 * std::numbers::pi);
    }
}

/// Head-space point h with h + deformation(h) = site (fixed point; the field is smooth
/// and a few mm, so this converges quickly).
Eigen::Vector3d headSpacePoint(const PhantomCasePlan &plan, const Eigen::Vector3d &site) {
    Eigen::Vector3d h = site;
    for (int iteration = 0; iteration < 20; ++iteration) {
        double d[4];
        plan.fields.sample(h, d);
        h = site - Eigen::Vector3d(d[0], d[1], d[2]);
    }
    return h;
}

PhantomLesion placedLesion(const PhantomCasePlan &plan, const PhantomLesionSite &site,
                           const Eigen::Vector3d &head) {
    PhantomLesion lesion;
    lesion.present = true;
    lesion.radiusMm = site.radiusMm;
    lesion.diameterMm = std::round(2.0 * site.radiusMm);
    lesion.lobe = site.lobe;
    lesion.side = site.side;
    lesion.region = site.region;
    lesion.regionPhrase = site.regionPhrase;
    lesion.centreLps = plan.pivot + plan.headRotation * (head - plan.pivot) + plan.headShift;
    return lesion;
}

/// A quarter of the tumours of 12 mm and more are multifocal: one or two lesions of the
/// same kind, at most half as large, in the same lobe and on the same side, so that the
/// questions keep one answer and the reference slices cut the largest lesion.
void drawSatellites(const PhantomTemplate &anatomy, const PhantomLesionSite &largest,
                    PhantomCasePlan *plan, SeededRandom &random) {
    if (!random.chance(0.25) || largest.radiusMm < 6.0)
        return;
    const int count = random.chance(0.35) ? 2 : 1;
    const PhantomLesion &primary = plan->truth.lesion;
    for (const PhantomLesionSite &site : drawSatelliteSites(anatomy, largest, count, random)) {
        const Eigen::Vector3d head = headSpacePoint(*plan, site.centre);
        PhantomLesion satellite = placedLesion(*plan, site, head);
        satellite.enhancing = primary.enhancing;
        satellite.coreFraction = primary.coreFraction;
        satellite.oedema = primary.oedema;
        satellite.oedemaRatio = primary.oedemaRatio;
        PhantomLesionShape shape = plan->shape;
        shape.centre = head;
        drawOutline(&shape, random);
        plan->truth.satellites.push_back(satellite);
        plan->satelliteShapes.push_back(shape);
    }
}

void drawLesion(const PhantomTemplate &anatomy, PhantomCasePlan *plan, SeededRandom &random) {
    const PhantomLesionSite site = drawLesionSite(anatomy, random);
    const Eigen::Vector3d head = headSpacePoint(*plan, site.centre);
    plan->truth.lesion = placedLesion(*plan, site, head);
    plan->shape.centre = head;
    drawLesionContrast(anatomy, plan, random);
    drawOutline(&plan->shape, random);
    drawSatellites(anatomy, site, plan, random);
}

/// Acquisition grid: the plane's axes, voxel size = resolution, covering the head.
void drawAcquisition(const PhantomTemplate &anatomy, PhantomCasePlan *plan, double resolution,
                     SeededRandom &random) {
    const double u = random.uniform();
    Eigen::Matrix3d direction = Eigen::Matrix3d::Identity(); // axial: rows → L, columns → P
    if (u < 0.20) {
        plan->truth.plane = QStringLiteral("sagittal");
        direction.col(0) = Eigen::Vector3d(0, 1, 0);
        direction.col(1) = Eigen::Vector3d(0, 0, -1);
        direction.col(2) = direction.col(0).cross(direction.col(1));
    } else if (u < 0.35) {
        plan->truth.plane = QStringLiteral("oblique");
        const double first = random.uniform(10.0, 20.0) * (random.chance(0.5) ? 1.0 : -1.0);
        const double second = random.chance(0.5) ? random.uniform(10.0, 20.0) : 0.0;
        direction = random.chance(0.5) ? rotation(first * kDegree, second * kDegree, 0.0)
                                       : rotation(second * kDegree, first * kDegree, 0.0);
    } else {
        plan->truth.plane = QStringLiteral("axial");
    }
    Eigen::Vector3d low = Eigen::Vector3d::Constant(1e9), high = Eigen::Vector3d::Constant(-1e9);
    for (int corner = 0; corner < 8; ++corner) {
        Eigen::Vector3d h;
        for (int a = 0; a < 3; ++a)
            h[a] = (corner >> a) & 1 ? anatomy.headMax()[a] : anatomy.headMin()[a];
        const Eigen::Vector3d p =
            plan->pivot + plan->headRotation * (h - plan->pivot) + plan->headShift;
        const Eigen::Vector3d along = direction.transpose() * p;
        low = low.cwiseMin(along);
        high = high.cwiseMax(along);
    }
    low.array() -= 6.0; // room for the deformation
    high.array() += 6.0;
    Geometry &grid = plan->acquisition;
    for (int a = 0; a < 3; ++a)
        grid.dims[a] = static_cast<int>(std::ceil((high[a] - low[a]) / resolution)) + 1;
    grid.spacing = Eigen::Vector3d::Constant(resolution);
    grid.direction = direction;
    grid.origin = direction * low;
    plan->truth.dims = grid.dims;
}

} // namespace

double PhantomLesionShape::radiusAlong(const Eigen::Vector3d &u, double radius) const {
    double factor = 1.0;
    for (int n = 0; n < 3; ++n)
        factor += waveAmplitude[n] * std::sin(waveFrequency[n] * u.dot(waveAxes[n]) + wavePhase[n]);
    return radius * factor;
}

PhantomCasePlan planPhantomCase(const PhantomTemplate &anatomy, const PhantomOptions &options,
                                int caseIndex, bool withLesion) {
    SeededRandom random = SeededRandom::forStream(options.seed, caseIndex, kPlanStream);
    PhantomCasePlan plan;
    drawIdentity(&plan.truth, caseIndex, withLesion, random);
    drawPose(anatomy, &plan, random);
    if (withLesion)
        drawLesion(anatomy, &plan, random);
    drawAcquisition(anatomy, &plan, options.resolutionMm, random);
    plan.noiseSeed = SeededRandom::forStream(options.seed, caseIndex, kNoiseStream).next();
    return plan;
}

} // namespace brainmd
