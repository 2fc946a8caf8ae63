#include "votemi/VoteMiSelector.h"

#include "jobs/Progress.h"
#include "votemi/CoverageSelection.h"
#include "votemi/Dbscan.h"
#include "votemi/EpsEstimation.h"
#include "votemi/KdTree.h"
#include "votemi/PatchAsymmetry.h"
#include "votemi/PatchSampler.h"
#include "votemi/ScaledVolume.h"
#include "votemi/VaeEmbedder.h"

#include <QCoreApplication>

#include <chrono>
#include <cmath>

namespace brainmd {
namespace {

// Appends the wall time since the last call to the result's timings.
class StageClock {
public:
    explicit StageClock(SelectionResult &result)
        : m_result(result) {}
    void lap(const char *stage) {
        const auto now = std::chrono::steady_clock::now();
        m_result.timings.push_back({stage, std::chrono::duration<double>(now - m_last).count()});
        m_last = now;
    }

private:
    SelectionResult &m_result;
    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

bool fraction(double value) {
    return value > 0.0 && value <= 1.0;
}

// Fits the embedder (unless loaded from a file) and embeds; empty when cancelled or failed.
RowMatrix embedPatches(const PatchSet &patches, SelectionParameters &parameters,
                       ProgressReporter *progress, SelectionResult &result) {
    QString error;
    const std::unique_ptr<Embedder> embedder = createEmbedder(parameters.embedder, &error);
    if (embedder == nullptr) {
        result.error = error;
        return {};
    }
    if (embedder->isFitted() && embedder->inputDim() != patches.patches.cols()) {
        result.error = QCoreApplication::translate(
            "brainmd", "The embedder's weights were trained on patches of another size.");
        return {};
    }
    if (!embedder->isFitted() && !embedder->fit(patches.patches, progress)) {
        result.cancelled = true;
        return {};
    }
    if (const auto *vae = dynamic_cast<const VaeEmbedder *>(embedder.get())) {
        const std::string weights = parameters.embedder.weightsPath;
        parameters.embedder = vae->options(); // the hyper-parameters stored with the weights
        parameters.embedder.weightsPath = weights;
    }
    parameters.embedder.latent = embedder->latentDim();
    RowMatrix embeddings = embedder->embed(patches.patches);
    return embeddings;
}

/// For the Asymmetry weighting: per patch, its one-sided asymmetry (PatchAsymmetry);
/// sagittal patches only on the lesion's side. Asymmetry finds the lesion's axial and
/// coronal slices, but its healthy mirror image differs by as much, so the side is taken
/// from rarity: of the two hemispheres, the one whose asymmetric chosen patches are
/// rarer within the volume (distance to the minPts-th nearest patch in the embedding) —
/// the healthy side is common tissue, the lesion is not.
std::vector<float> unusualness(const ScaledVolume &scaled, const Volume &volume,
                               const PatchSet &patches, const RowMatrix &embeddings,
                               const KdTree &tree, const SelectionParameters &parameters) {
    const Eigen::Vector3d spacing = volume.geometry().spacing;
    const SymmetryPlane plane = midSagittalPlane(scaled, spacing);
    std::vector<float> unusual = patchAsymmetry(scaled, spacing, patches, plane);
    const int half = patches.patchSize / 2;
    auto sideOf = [&](const PatchInfo &info) { // +1 or −1: where the patch's centre lies
        const std::array<int, 3> voxel = patchVoxel(info, half, half);
        const Eigen::Vector3d x(voxel[0] * spacing[0], voxel[1] * spacing[1],
                                voxel[2] * spacing[2]);
        return (x - plane.point).dot(plane.normal) >= 0.0 ? 1 : -1;
    };
    double score[2] = {0.0, 0.0};
    std::vector<Neighbour> found;
    for (int p = 0; p < patches.size(); ++p) {
        const PatchInfo &info = patches.info[static_cast<std::size_t>(p)];
        tree.nearest(embeddings.row(p).data(), parameters.minPts, p, found, parameters.knnLeaves);
        const double rarity = found.empty() ? 0.0 : std::sqrt(found.back().distance2);
        score[sideOf(info) > 0 ? 1 : 0] +=
            static_cast<double>(unusual[static_cast<std::size_t>(p)]) * rarity;
    }
    const int lesionSide = score[1] >= score[0] ? 1 : -1;
    for (std::size_t p = 0; p < patches.info.size(); ++p) {
        if (patches.info[p].view == View::Sagittal && sideOf(patches.info[p]) != lesionSide)
            unusual[p] = 0.0f;
    }
    return unusual;
}

void vote(const ScaledVolume &scaled, const Volume &volume, const PatchSet &patches,
          const std::vector<int> &labels, const CoverageSelection &coverage,
          const std::vector<float> &asymmetry, SelectionResult &result) {
    const auto profiles =
        voteProfiles(patches.info, coverage.chosen, labels, result.parameters.weighting,
                     scaled.dims, coverage.represented, asymmetry);
    for (View view : kAllViews) {
        const auto v = static_cast<std::size_t>(view);
        ViewSelection &out = result.views[v];
        out.view = view;
        out.voteProfile = profiles[v];
        const auto axis = static_cast<std::size_t>(viewAxis(view));
        const int halfWindow =
            windowSlices(result.parameters.voteWindowMm, volume.geometry().spacing[axis]);
        out.sliceIndex = winningSlice(out.voteProfile, scaled.foregroundCentre[axis], halfWindow);
        out.positionMm = slicePositionMm(volume.geometry(), view, out.sliceIndex);
    }
}

} // namespace

QString checkSelectionParameters(const SelectionParameters &p) {
    if (p.patchSize < 1 || p.stride < 1 || p.embedder.latent < 1 || p.k < 1 ||
        !(p.voteWindowMm >= 0.0 && p.voteWindowMm <= 1000.0) || !fraction(p.seedFraction) ||
        !fraction(p.delta) || !fraction(p.theta) || p.minForegroundFraction < 0.0 ||
        p.minForegroundFraction > 1.0) {
        return QCoreApplication::translate("brainmd", "Invalid slice selection parameters.");
    }
    return {};
}

SelectionResult VoteMiSelector::select(const Volume &rasVolume,
                                       const SelectionParameters &parameters,
                                       ProgressReporter *progress) const {
    SelectionResult result;
    result.method = name();
    result.parameters = parameters;
    SelectionParameters &used = result.parameters;
    used.embedder.seed = used.seed;
    result.error = checkRasVolume(rasVolume);
    if (result.error.isEmpty()) {
        result.error = checkSelectionParameters(used);
    }
    if (!result.error.isEmpty()) {
        return result;
    }
    StageClock clock(result);
    auto cancelled = [&result]() {
        result.cancelled = true;
        return result;
    };
    if (!reportProgress(progress, 0.0, QCoreApplication::translate("brainmd", "Scaling"))) {
        return cancelled();
    }
    const ScaledVolume scaled = scaleVolume(rasVolume);
    clock.lap("scale");
    SubProgress patchProgress(progress, 0.03, 0.08);
    const PatchSet patches = samplePatches(
        scaled, {used.patchSize, used.stride, used.minForegroundFraction}, &patchProgress);
    if (patches.cancelled) {
        return cancelled();
    }
    clock.lap("patches");
    result.patchCount = patches.size();
    RowMatrix embeddings;
    DbscanResult clusters;
    CoverageSelection coverage;
    std::vector<float> unusual; // per patch, for the Asymmetry weighting only
    if (patches.size() > 0) {
        SubProgress embedProgress(progress, 0.08, 0.5);
        embeddings = embedPatches(patches, used, &embedProgress, result);
        if (!result.ok()) {
            return result;
        }
        clock.lap("embed");
        if (used.minPts <= 0) {
            used.minPts = 2 * used.embedder.latent;
        }
        const KdTree tree(embeddings); // shared by the eps estimate and DBSCAN
        if (used.eps <= 0.0) {
            SubProgress epsProgress(progress, 0.5, 0.6);
            const auto curve =
                kDistanceCurve(tree, embeddings, used.minPts, used.epsQueryLimit, &epsProgress);
            if (curve.empty() && patches.size() > 1) {
                return cancelled();
            }
            used.eps = kneeByChord(curve);
            clock.lap("eps");
        }
        SubProgress dbscanProgress(progress, 0.6, 0.75);
        clusters =
            dbscan(tree, embeddings, static_cast<float>(used.eps), used.minPts, &dbscanProgress);
        if (clusters.cancelled) {
            return cancelled();
        }
        clock.lap("dbscan");
        result.clusterCount = clusters.clusterCount;
        SubProgress coverageProgress(progress, 0.75, 0.98);
        coverage = selectByCoverage(
            embeddings, clusters.labels, clusters.clusterCount, patches.size(),
            {used.k, used.knnLeaves, used.seedFraction, used.delta, used.theta, used.seed},
            &coverageProgress);
        if (coverage.cancelled) {
            return cancelled();
        }
        clock.lap("coverage");
        if (used.weighting == VoteWeighting::Asymmetry) {
            unusual = unusualness(scaled, rasVolume, patches, embeddings, tree, used);
            clock.lap("asymmetry");
        }
    }
    vote(scaled, rasVolume, patches, clusters.labels, coverage, unusual, result);
    clock.lap("vote");
    if (used.keepDebug) {
        result.debug = {std::move(embeddings), clusters.labels, coverage.chosen,
                        coverage.represented, patches.info};
    }
    if (!reportProgress(progress, 1.0, QCoreApplication::translate("brainmd", "Done"))) {
        return cancelled();
    }
    return result;
}

} // namespace brainmd
