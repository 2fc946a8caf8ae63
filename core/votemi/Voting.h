#pragma once

#include "votemi/VoteMiTypes.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace brainmd {

enum class VoteWeighting {
    Coverage,        ///< a chosen patch votes for the patches it stands for
    Uniform,         ///< every chosen patch casts one vote (the reference study)
    ClusterBalanced, ///< each cluster's chosen patches share an equal mass
    /// Coverage, each vote scaled by how unusual the patch is: its left–right asymmetry
    /// (PatchAsymmetry) over the volume's median asymmetry, squared, so that tissue both
    /// sides of every head have (face, orbits, skull base) speaks softly and a one-sided
    /// lesion loudly.
    Asymmetry,
};

/// "coverage", "uniform", "cluster-balanced", "asymmetry": the names used on the command
/// line and in stored parameters.
std::string voteWeightingName(VoteWeighting weighting);
std::optional<VoteWeighting> parseVoteWeighting(const std::string &name);

/// Votes per slice index along each view's axis (indexed by View), sized by `dims`.
///
/// Uniform: one vote per chosen patch. ClusterBalanced: with m chosen patches from q
/// clusters, a patch of a cluster with c chosen patches votes m / (q·c), so each cluster
/// casts m / q votes and the profile's total stays m, comparable with Uniform.
/// Coverage: chosen[i] casts represented[i] votes (CoverageSelection::represented), so
/// a representative of homogeneous tissue speaks for all the patches it covers, and the
/// many representatives that varied tissue needs (face, skull base) no longer outvote
/// the brain; `represented` must match `chosen` in size for this weighting (and for
/// Asymmetry, which also needs `asymmetry` per patch).
std::array<std::vector<double>, 3>
voteProfiles(const std::vector<PatchInfo> &patches, const std::vector<int> &chosen,
             const std::vector<int> &labels, VoteWeighting weighting,
             const std::array<int, 3> &dims, const std::vector<int> &represented = {},
             const std::vector<float> &asymmetry = {});

/// A vote window of ±`windowMm` in whole slices of `spacingMm` (rounded; 0 when either
/// is not positive).
int windowSlices(double windowMm, double spacingMm);

/// Votes summed over a window of ±`halfWindow` slices around each slice (cut at the
/// ends); halfWindow 0 returns the profile itself.
std::vector<double> windowedVotes(const std::vector<double> &profile, int halfWindow);

/// The slice whose window of ±`halfWindow` slices holds the most votes (0: the slice
/// with the most votes, the reference study's rule). The window makes the choice stable:
/// neighbouring slices show the same anatomy, and a peak of one slice is mostly noise of
/// the seed draw. Sums within a relative 1e-9 of the maximum count as tied (weights are
/// fractions); ties go to the slice nearest to `centre` (the foreground centre along the
/// axis), then to the lower index. A profile without votes gives the slice nearest to
/// `centre`. −1 for an empty profile.
int winningSlice(const std::vector<double> &profile, double centre, int halfWindow = 0);

} // namespace brainmd
