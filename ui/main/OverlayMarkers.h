#pragma once

#include "ui/viewer/ViewerModel.h"

#include <array>
#include <vector>

namespace brainmd {

class AnnotationSession;
class Database;

/// What the viewer overlays for a case.
struct CaseOverlays {
    std::vector<SliceMarker> markers;
    std::array<std::vector<double>, 3> voteProfiles; ///< of the newest Vote-MI selection
    double voteWindowMm = 0.0; ///< that selection's vote window (0 before windows existed)
};

/// Collects the overlays of a case: the session reader's own marks; other readers' marks,
/// imported reference slices and Vote-MI / baseline selections (and the vote profile)
/// only when the session's BlindingPolicy allows each. Without a session everything shows.
CaseOverlays collectOverlays(const Database &db, qint64 caseId, const AnnotationSession *session);

/// Replaces each vote profile by its votes summed over the selection's window (±
/// voteWindowMm rounded to slices of `rasGeometry`), so the profile the viewer draws
/// peaks where Vote-MI's choice is, as the selection decided it.
void windowVoteProfiles(CaseOverlays *overlays, const Geometry &rasGeometry);

} // namespace brainmd
