#include "votemi/VoteK.h"

#include "common/SeededRandom.h"
#include "votemi/KnnGraph.h"

#include <cmath>
#include <numeric>

namespace brainmd {
namespace {

// Voters of each case (the cases that have it among their neighbours), ascending.
std::vector<std::vector<int>> votersOf(const KnnGraph &graph) {
    std::vector<std::vector<int>> voters(static_cast<std::size_t>(graph.size()));
    for (int v = 0; v < graph.size(); ++v) {
        for (int j = 0; j < graph.k; ++j) {
            const int u = graph.neighboursOf(v)[j];
            if (u >= 0) {
                voters[static_cast<std::size_t>(u)].push_back(v);
            }
        }
    }
    return voters;
}

} // namespace

std::vector<int> voteK(const RowMatrix &caseEmbeddings, int k, int m) {
    const int n = static_cast<int>(caseEmbeddings.rows());
    std::vector<int> all(static_cast<std::size_t>(n));
    std::iota(all.begin(), all.end(), 0);
    const KnnGraph graph = cosineKnnGraph(caseEmbeddings, all, std::max(1, k));
    const auto voters = votersOf(graph);
    std::vector<double> weight(static_cast<std::size_t>(graph.k) + 1);
    for (std::size_t s = 0; s < weight.size(); ++s) {
        weight[s] = std::pow(10.0, -static_cast<double>(s));
    }
    std::vector<int> pickedAmongNeighbours(static_cast<std::size_t>(n), 0);
    auto score = [&](int u) {
        double sum = 0.0;
        for (int v : voters[static_cast<std::size_t>(u)]) {
            sum += weight[static_cast<std::size_t>(
                pickedAmongNeighbours[static_cast<std::size_t>(v)])];
        }
        return sum;
    };
    std::vector<double> scores(static_cast<std::size_t>(n));
    for (int u = 0; u < n; ++u) {
        scores[static_cast<std::size_t>(u)] = score(u);
    }
    std::vector<bool> picked(static_cast<std::size_t>(n), false);
    std::vector<int> order;
    while (static_cast<int>(order.size()) < std::min(m, n)) {
        int best = -1;
        for (int u = 0; u < n; ++u) {
            if (!picked[static_cast<std::size_t>(u)] &&
                (best < 0 ||
                 scores[static_cast<std::size_t>(u)] > scores[static_cast<std::size_t>(best)])) {
                best = u;
            }
        }
        picked[static_cast<std::size_t>(best)] = true;
        order.push_back(best);
        // Only the neighbours of voters whose weight dropped need a new score.
        std::vector<int> stale;
        for (int v : voters[static_cast<std::size_t>(best)]) {
            ++pickedAmongNeighbours[static_cast<std::size_t>(v)];
            stale.insert(stale.end(), graph.neighboursOf(v), graph.neighboursOf(v) + graph.k);
        }
        for (int u : stale) {
            if (u >= 0) {
                scores[static_cast<std::size_t>(u)] = score(u);
            }
        }
    }
    return order;
}

std::vector<int> randomCaseSelection(int caseCount, int m, std::uint64_t seed) {
    std::vector<int> cases(static_cast<std::size_t>(std::max(0, caseCount)));
    std::iota(cases.begin(), cases.end(), 0);
    SeededRandom random(seed);
    const auto count = static_cast<std::size_t>(std::clamp(m, 0, caseCount));
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t j = i + static_cast<std::size_t>(random.below(cases.size() - i));
        std::swap(cases[i], cases[j]);
    }
    cases.resize(count);
    return cases;
}

} // namespace brainmd
