#include "votemi/Voting.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace brainmd {

std::array<std::vector<double>, 3> voteProfiles(const std::vector<PatchInfo> &patches,
                                                const std::vector<int> &chosen,
                                                const std::vector<int> &labels,
                                                VoteWeighting weighting,
                                                const std::array<int, 3> &dims) {
    std::array<std::vector<double>, 3> profiles;
    for (View view : kAllViews) {
        profiles[static_cast<std::size_t>(view)].assign(
            static_cast<std::size_t>(std::max(0, dims[static_cast<std::size_t>(viewAxis(view))])),
            0.0);
    }
    std::map<int, int> perCluster;
    for (int p : chosen) {
        ++perCluster[labels[static_cast<std::size_t>(p)]];
    }
    const double total = static_cast<double>(chosen.size());
    const double clusters = static_cast<double>(perCluster.size());
    for (int p : chosen) {
        const PatchInfo &info = patches[static_cast<std::size_t>(p)];
        double weight = 1.0;
        if (weighting == VoteWeighting::ClusterBalanced) {
            weight = total / (clusters * perCluster[labels[static_cast<std::size_t>(p)]]);
        }
        auto &profile = profiles[static_cast<std::size_t>(info.view)];
        if (info.slice >= 0 && info.slice < static_cast<int>(profile.size())) {
            profile[static_cast<std::size_t>(info.slice)] += weight;
        }
    }
    return profiles;
}

int winningSlice(const std::vector<double> &profile, double centre) {
    if (profile.empty()) {
        return -1;
    }
    const double most = *std::max_element(profile.begin(), profile.end());
    const double tolerance = 1e-9 * std::abs(most);
    int best = -1;
    for (int s = 0; s < static_cast<int>(profile.size()); ++s) {
        if (profile[static_cast<std::size_t>(s)] < most - tolerance) {
            continue;
        }
        if (best < 0 || std::abs(s - centre) < std::abs(best - centre)) {
            best = s;
        }
    }
    return best;
}

} // namespace brainmd
