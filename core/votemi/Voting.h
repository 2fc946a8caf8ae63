#pragma once

#include "votemi/VoteMiTypes.h"

#include <array>
#include <vector>

namespace brainmd {

enum class VoteWeighting {
    Uniform,        ///< every chosen patch casts one vote
    ClusterBalanced ///< each cluster's chosen patches share an equal mass
};

/// Votes per slice index along each view's axis (indexed by View), sized by `dims`.
///
/// Uniform: one vote per chosen patch. ClusterBalanced: with m chosen patches from q
/// clusters, a patch of a cluster with c chosen patches votes m / (q·c), so each cluster
/// casts m / q votes and the profile's total stays m, comparable with Uniform.
std::array<std::vector<double>, 3> voteProfiles(const std::vector<PatchInfo> &patches,
                                                const std::vector<int> &chosen,
                                                const std::vector<int> &labels,
                                                VoteWeighting weighting,
                                                const std::array<int, 3> &dims);

/// The slice with the most votes. Votes within a relative 1e-9 of the maximum count as
/// tied (cluster-balanced weights are fractions); ties go to the slice nearest to
/// `centre` (the foreground centre along the axis), then to the lower index. A profile
/// without votes gives the slice nearest to `centre`. −1 for an empty profile.
int winningSlice(const std::vector<double> &profile, double centre);

} // namespace brainmd
