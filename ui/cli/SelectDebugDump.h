#pragma once

#include <QString>

namespace brainmd {

struct CaseSelectionOutcome;

/// Writes the intermediate data of one Vote-MI run into `dir` for researchers:
/// embeddings.npy (float32, patches × latent), labels.npy (int32 DBSCAN label per patch,
/// −1 noise), chosen.npy (int32 patch ids in the order picked), patches.csv (patch, view,
/// slice, u, v: one row per patch, same order), vote-profiles.json (votes per slice index
/// of each view), parameters.json (the values actually used: eps, minPts, k, δ, θ, seed,
/// embedder ... plus case, method and software version) and selection.json (the result).
/// The outcome must carry its SelectionResult (SelectionRequest::keepResults). Returns ""
/// or the error.
QString writeSelectionDebug(const QString &dir, const CaseSelectionOutcome &outcome);

} // namespace brainmd
