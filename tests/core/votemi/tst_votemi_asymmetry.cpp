// The Asymmetry vote weighting: tissue every head has on both sides (here two bright
// "orbits" and a bright midline band low in the head) is rare within the volume, so the
// coverage vote lets it speak; a one-sided lesion is rare and asymmetric, and wins under
// the asymmetry weighting. Hand-built volumes with known answers.

#include "volume/Orientation.h"
#include "volume/Volume.h"
#include "votemi/PatchAsymmetry.h"
#include "votemi/ScaledVolume.h"
#include "votemi/VoteMiSelector.h"

#include <QTest>

#include <cmath>

using namespace brainmd;

namespace {

/// A RAS volume (identity geometry, 2 mm voxels) of a symmetric ellipsoid head (100)
/// mirrored across x = `midline`, with symmetric bright orbits (400) low at the front and
/// optionally a one-sided lesion (250, with a dark core) high on the right.
Volume head(double midline, bool lesion, double tiltDegrees = 0.0) {
    Geometry g;
    g.dims = {64, 72, 64};
    g.spacing = Eigen::Vector3d(2.0, 2.0, 2.0);
    g.direction = Eigen::Vector3d(-1.0, -1.0, 1.0).asDiagonal(); // RAS voxel axes
    Volume v(g, VoxelType::Int16);
    const double t = tiltDegrees * M_PI / 180.0; // head rolled about the anterior axis
    for (int k = 0; k < 64; ++k)
        for (int j = 0; j < 72; ++j)
            for (int i = 0; i < 64; ++i) {
                // Head coordinates: x across the midline, z up the head.
                const double x = std::cos(t) * (i - midline) - std::sin(t) * (k - 32);
                const double z = std::sin(t) * (i - midline) + std::cos(t) * (k - 32) + 32;
                const int kk = static_cast<int>(std::lround(z));
                const double ex = x / 24.0, ey = (j - 36) / 30.0, ez = (z - 32) / 26.0;
                double value = 0.0;
                if (ex * ex + ey * ey + ez * ez <= 1.0) {
                    value = 100.0 + 10.0 * std::cos(0.5 * j) * std::cos(0.4 * kk); // texture
                    for (double side : {-1.0, 1.0})
                        if (std::hypot(x - side * 10.0, j - 60.0, z - 14.0) <= 4.5)
                            value = 400.0; // orbits: both sides
                    if (lesion) {
                        const double r = std::hypot(x + 12.0, j - 30.0, z - 44.0);
                        if (r <= 7.0)
                            value = r <= 3.0 ? 20.0 : 250.0;
                    }
                }
                v.setValue(v.linearIndex(i, j, k), static_cast<float>(value));
            }
    return v;
}

SelectionParameters parameters(VoteWeighting weighting) {
    SelectionParameters p;
    p.patchSize = 8;
    p.stride = 4;
    p.weighting = weighting;
    p.seed = 3;
    return p;
}

} // namespace

class TestVoteMiAsymmetry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void planeOfASymmetricHead();
    void lesionPatchesAreTheAsymmetricOnes();
    void oneSidedLesionOutvotesBilateralTissue();
    void deterministic();
};

void TestVoteMiAsymmetry::planeOfASymmetricHead() {
    for (double midline : {31.5, 28.0, 35.0}) {
        const Volume v = head(midline, false);
        const SymmetryPlane plane = midSagittalPlane(scaleVolume(v), v.geometry().spacing);
        QVERIFY2(std::abs(plane.point[0] / 2.0 - midline) <= 0.5,
                 qPrintable(QString::number(plane.point[0] / 2.0)));
        QVERIFY(std::abs(plane.normal[0]) > 0.99);
    }
    // A head rolled by 12°: the plane's normal tilts with it (tan 12° ≈ 0.21).
    const Volume tilted = head(31.5, false, 12.0);
    const SymmetryPlane plane = midSagittalPlane(scaleVolume(tilted), tilted.geometry().spacing);
    const double slope = plane.normal[2] / plane.normal[0];
    QVERIFY2(std::abs(std::abs(slope) - std::tan(12.0 * M_PI / 180.0)) <= 0.04,
             qPrintable(QString::number(slope)));
}

void TestVoteMiAsymmetry::lesionPatchesAreTheAsymmetricOnes() {
    const Volume v = head(31.5, true);
    const ScaledVolume scaled = scaleVolume(v);
    const PatchSet patches = samplePatches(scaled, {8, 4, 0.5}, nullptr);
    const std::vector<float> asymmetry = patchAsymmetry(
        scaled, v.geometry().spacing, patches, midSagittalPlane(scaled, v.geometry().spacing));
    QCOMPARE(asymmetry.size(), patches.info.size());
    // The most asymmetric axial patch lies on the lesion (centre x ≈ 19.5, y 30, z 44).
    float best = -1.0f;
    PatchInfo where;
    for (std::size_t p = 0; p < patches.info.size(); ++p) {
        if (patches.info[p].view == View::Axial && asymmetry[p] > best) {
            best = asymmetry[p];
            where = patches.info[p];
        }
    }
    QVERIFY2(std::abs(where.slice - 44) <= 7, qPrintable(QString::number(where.slice)));
    QVERIFY2(where.u + 4 < 32, "the lesion's side, not its mirror image");
    // Without a lesion the head is symmetric: next to nothing is asymmetric.
    const Volume healthy = head(31.5, false);
    const ScaledVolume healthyScaled = scaleVolume(healthy);
    const PatchSet healthyPatches = samplePatches(healthyScaled, {8, 4, 0.5}, nullptr);
    const std::vector<float> none =
        patchAsymmetry(healthyScaled, healthy.geometry().spacing, healthyPatches,
                       midSagittalPlane(healthyScaled, healthy.geometry().spacing));
    QVERIFY(*std::max_element(none.begin(), none.end()) < 0.25f * best);
}

void TestVoteMiAsymmetry::oneSidedLesionOutvotesBilateralTissue() {
    const Volume v = head(31.5, true);
    const SelectionResult asymmetric =
        VoteMiSelector().select(v, parameters(VoteWeighting::Asymmetry), nullptr);
    QVERIFY2(asymmetric.ok(), qPrintable(asymmetric.error));
    const auto slice = [&](const SelectionResult &r, View view) {
        return r.views[static_cast<std::size_t>(view)].sliceIndex;
    };
    QVERIFY2(std::abs(slice(asymmetric, View::Axial) - 44) <= 4,
             qPrintable(QString::number(slice(asymmetric, View::Axial))));
    QVERIFY2(std::abs(slice(asymmetric, View::Coronal) - 30) <= 4,
             qPrintable(QString::number(slice(asymmetric, View::Coronal))));
    QVERIFY2(std::abs(slice(asymmetric, View::Sagittal) - 19) <= 4,
             qPrintable(QString::number(slice(asymmetric, View::Sagittal))));
    // The orbits never win: they are bilateral.
    QVERIFY(std::abs(slice(asymmetric, View::Axial) - 14) > 8);
}

void TestVoteMiAsymmetry::deterministic() {
    const Volume v = head(31.5, true);
    const SelectionResult a =
        VoteMiSelector().select(v, parameters(VoteWeighting::Asymmetry), nullptr);
    const SelectionResult b =
        VoteMiSelector().select(v, parameters(VoteWeighting::Asymmetry), nullptr);
    for (View view : kAllViews)
        QCOMPARE(a.views[static_cast<std::size_t>(view)].voteProfile,
                 b.views[static_cast<std::size_t>(view)].voteProfile);
    QCOMPARE(parseVoteWeighting("asymmetry"), std::optional(VoteWeighting::Asymmetry));
    QCOMPARE(voteWeightingName(VoteWeighting::Asymmetry), std::string("asymmetry"));
}

QTEST_GUILESS_MAIN(TestVoteMiAsymmetry)
#include "tst_votemi_asymmetry.moc"
