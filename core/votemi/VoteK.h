#pragma once

#include "votemi/VoteMiTypes.h"

#include <cstdint>
#include <vector>

namespace brainmd {

/// vote-k selective annotation (case level), as DESIGN.md states it: build the cosine
/// k-NN graph of the case embeddings (rows; a case is not its own neighbour); every case
/// votes for its k nearest neighbours; then, M times, pick the unpicked case with the
/// highest score, where the score of u sums, over all cases v with u among v's
/// neighbours, 10^(−s(v)) with s(v) the number of already picked cases among v's
/// neighbours. Ties go to the lower case index. Voters are every case, picked or not
/// (DESIGN.md does not restrict them; the original vote-k paper counts only unpicked
/// voters). Scores are summed in voter-index order, so equal inputs give equal bits.
/// Returns the picked case indices in the order picked (min(M, cases) of them).
std::vector<int> voteK(const RowMatrix &caseEmbeddings, int k, int m);

/// Baseline: M distinct cases drawn uniformly (partial Fisher–Yates with SeededRandom),
/// in the order drawn.
std::vector<int> randomCaseSelection(int caseCount, int m, std::uint64_t seed);

} // namespace brainmd
