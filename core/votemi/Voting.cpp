#include "votemi/Voting.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <map>

namespace brainmd {

std::string voteWeightingName(VoteWeighting weighting) {
    switch (weighting) {
    case VoteWeighting::Coverage:
        return "coverage";
    case VoteWeighting::Uniform:
        return "uniform";
    case VoteWeighting::ClusterBalanced:
        return "cluster-balanced";
    case VoteWeighting::Asymmetry:
        return "asymmetry";
    }
    return "uniform";
}

std::optional<VoteWeighting> parseVoteWeighting(const std::string &name) {
    for (VoteWeighting w : {VoteWeighting::Coverage, VoteWeighting::Uniform,
                            VoteWeighting::ClusterBalanced, VoteWeighting::Asymmetry}) {
        if (voteWeightingName(w) == name) {
            return w;
        }
    }
    return std::nullopt;
}

std::array<std::vector<double>, 3>
voteProfiles(const std::vector<PatchInfo> &patches, const std::vector<int> &chosen,
             const std::vector<int> &labels, VoteWeighting weighting,
             const std::array<int, 3> &dims, const std::vector<int> &represented,
             const std::vector<float> &asymmetry) {
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
    assert(weighting != VoteWeighting::Coverage || represented.size() == chosen.size());
    assert(weighting != VoteWeighting::Asymmetry ||
           (represented.size() == chosen.size() && asymmetry.size() == patches.size()));
    double typical = 0.0; // the median over the chosen patches
    if (weighting == VoteWeighting::Asymmetry && !chosen.empty()) {
        std::vector<float> sorted;
        for (int p : chosen)
            sorted.push_back(asymmetry[static_cast<std::size_t>(p)]);
        std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
        typical = std::max(1e-6, static_cast<double>(sorted[sorted.size() / 2]));
    }
    for (std::size_t c = 0; c < chosen.size(); ++c) {
        const int p = chosen[c];
        const PatchInfo &info = patches[static_cast<std::size_t>(p)];
        double weight = 1.0;
        if (weighting == VoteWeighting::ClusterBalanced) {
            weight = total / (clusters * perCluster[labels[static_cast<std::size_t>(p)]]);
        } else if (weighting == VoteWeighting::Coverage) {
            weight = represented[c];
        } else if (weighting == VoteWeighting::Asymmetry) {
            const double unusual = asymmetry[static_cast<std::size_t>(p)] / typical;
            weight = represented[c] * unusual * unusual;
        }
        auto &profile = profiles[static_cast<std::size_t>(info.view)];
        if (info.slice >= 0 && info.slice < static_cast<int>(profile.size())) {
            profile[static_cast<std::size_t>(info.slice)] += weight;
        }
    }
    return profiles;
}

int windowSlices(double windowMm, double spacingMm) {
    return windowMm > 0.0 && spacingMm > 0.0 ? static_cast<int>(std::lround(windowMm / spacingMm))
                                             : 0;
}

std::vector<double> windowedVotes(const std::vector<double> &profile, int halfWindow) {
    if (halfWindow <= 0) {
        return profile;
    }
    const int n = static_cast<int>(profile.size());
    std::vector<double> prefix(profile.size() + 1, 0.0);
    for (int s = 0; s < n; ++s) {
        prefix[static_cast<std::size_t>(s) + 1] =
            prefix[static_cast<std::size_t>(s)] + profile[static_cast<std::size_t>(s)];
    }
    std::vector<double> sums(profile.size());
    for (int s = 0; s < n; ++s) {
        const int lo = std::max(0, s - halfWindow);
        const int hi = std::min(n, s + halfWindow + 1);
        sums[static_cast<std::size_t>(s)] =
            prefix[static_cast<std::size_t>(hi)] - prefix[static_cast<std::size_t>(lo)];
    }
    return sums;
}

int winningSlice(const std::vector<double> &profile, double centre, int halfWindow) {
    if (profile.empty()) {
        return -1;
    }
    const std::vector<double> votes = windowedVotes(profile, halfWindow);
    const double most = *std::max_element(votes.begin(), votes.end());
    const double tolerance = 1e-9 * std::abs(most);
    int best = -1;
    for (int s = 0; s < static_cast<int>(votes.size()); ++s) {
        if (votes[static_cast<std::size_t>(s)] < most - tolerance) {
            continue;
        }
        if (best < 0 || std::abs(s - centre) < std::abs(best - centre)) {
            best = s;
        }
    }
    return best;
}

} // namespace brainmd
