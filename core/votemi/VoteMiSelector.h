#pragma once

#include "votemi/SliceSelector.h"

namespace brainmd {

/// Vote-MI: patches → embedding → DBSCAN → intra- and inter-cluster coverage selection
/// → votes per slice (DESIGN.md, "Vote-MI"). Stages, in the order of `timings`:
/// "scale" (ScaledVolume), "patches" (samplePatches), "embed" (fit on this volume's
/// patches, unless the VAE options name a weights file), "eps" (only when eps ≤ 0),
/// "dbscan", "coverage" (selectByCoverage), "vote".
///
/// Choices: the embedder's seed is the selection seed; `pca` is fitted on an even sample
/// of at most 8192 patches (PcaEmbedder) and embeds all; eps comes from the k-distance
/// curve of at most epsQueryLimit evenly spaced patches (EpsEstimation); the coverage
/// k-NN graphs use the leaf budget knnLeaves (approximate by default; 0 is exact), while
/// DBSCAN is always exact. These three keep one 1 mm volume near a second on one core;
/// the measured profile is in tests/bench/votemi. When a volume yields no patch,
/// or DBSCAN finds no cluster, nothing votes and each view falls back to the slice
/// nearest the foreground centre (the tie rule of winningSlice). Single-threaded: the
/// result cannot depend on a thread count.
class VoteMiSelector final : public SliceSelector {
public:
    std::string name() const override { return "votemi"; }
    SelectionResult select(const Volume &rasVolume, const SelectionParameters &parameters,
                           ProgressReporter *progress) const override;
};

/// An error message for parameters out of range; empty when they are usable.
QString checkSelectionParameters(const SelectionParameters &parameters);

} // namespace brainmd
