#pragma once

#include "volume/Volume.h"
#include "votemi/Embedder.h"
#include "votemi/Voting.h"

#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace brainmd {

class ProgressReporter;

/// Parameters of a slice selection, with the reference study's defaults except for the
/// vote (weighting and window), where ours beat the study's plain count on the phantom
/// (see Voting.h; weighting Uniform with voteWindowMm 0 is the study's rule). After a
/// run, SelectionResult::parameters holds the values actually used (eps and minPts
/// resolved). Sizes in voxels unless named otherwise.
struct SelectionParameters {
    int patchSize = 16;
    int stride = 16;
    double minForegroundFraction = 0.5;
    EmbedderOptions embedder; ///< name "pca" or "vae", latent size, VAE settings
    double eps = 0.0;         ///< DBSCAN radius; ≤ 0: the knee of the k-distance curve
    int minPts = 0;           ///< DBSCAN core size; ≤ 0: 2 · latent
    int epsQueryLimit = 2048; ///< at most this many k-distance queries when estimating eps
    int k = 10;               ///< neighbours in the coverage k-NN graphs
    /// Leaf budget of the coverage k-NN search: 0 exact; the default 32 (≤ 512 distance
    /// evaluations per node) finds about 86 % of the exact 10 neighbours on Colin27 patch
    /// embeddings, the rest being near misses, at a quarter of the exact cost.
    int knnLeaves = 32;
    double seedFraction = 0.2;
    double delta = 0.5;
    double theta = 0.2;
    std::uint64_t seed = 0;
    VoteWeighting weighting = VoteWeighting::Coverage;
    /// Half-width in mm of the window whose summed votes pick the slice (winningSlice);
    /// rounded to whole slices of the view's spacing. 0: the single slice with most votes.
    double voteWindowMm = 4.0;
    bool keepDebug = false; ///< fill SelectionResult::debug
};

/// The chosen slice of one view.
struct ViewSelection {
    View view = View::Axial;
    int sliceIndex = -1;             ///< voxel index along viewAxis(view) of the RAS volume
    double positionMm = 0.0;         ///< RAS coordinate along the view's axis (R, A or S) of the
                                     ///< slice, taken at the in-plane centre of the grid
    std::vector<double> voteProfile; ///< votes per slice index (empty for baselines)
};

/// Intermediate data of a Vote-MI run, for a debug dump (filled when keepDebug).
struct SelectionDebug {
    RowMatrix embeddings;           ///< one row per patch
    std::vector<int> labels;        ///< DBSCAN label per patch (kNoiseLabel for noise)
    std::vector<int> chosen;        ///< chosen patch ids, in the order picked
    std::vector<int> represented;   ///< per chosen patch: the patches it stands for
    std::vector<PatchInfo> patches; ///< view / slice / position of each patch
};

/// Wall time of one stage, for benchmarks and logs.
struct StageTiming {
    std::string stage;
    double seconds = 0.0;
};

struct SelectionResult {
    std::string method;
    bool cancelled = false;
    QString error;                      ///< empty on success
    std::array<ViewSelection, 3> views; ///< indexed by View
    SelectionParameters parameters;
    int patchCount = 0;
    int clusterCount = 0;
    std::vector<StageTiming> timings;
    SelectionDebug debug;

    bool ok() const { return !cancelled && error.isEmpty(); }
    const ViewSelection &view(View v) const { return views[static_cast<std::size_t>(v)]; }
};

/// Chooses one representative slice per view of a volume already reoriented with
/// reorientToRas(); a volume whose axes are not RAS-aligned is refused with an error.
/// Cancelling through `progress` (report() returning false) ends the run within about a
/// second with `cancelled` set. Deterministic: same volume, parameters and seed give the
/// same result. Implementations are stateless and may be shared between threads.
class SliceSelector {
public:
    virtual ~SliceSelector() = default;
    virtual std::string name() const = 0;
    virtual SelectionResult select(const Volume &rasVolume, const SelectionParameters &parameters,
                                   ProgressReporter *progress) const = 0;
};

/// "votemi", "random" or "centre"; nullptr for any other name.
std::unique_ptr<SliceSelector> createSliceSelector(const std::string &method);
std::vector<std::string> sliceSelectorNames();

/// RAS coordinate (mm) of slice `slice` of `view`, at the in-plane centre of the grid.
double slicePositionMm(const Geometry &rasGeometry, View view, int slice);

/// An error for a volume that is empty or not RAS-aligned; empty when it is fine.
QString checkRasVolume(const Volume &volume);

} // namespace brainmd
