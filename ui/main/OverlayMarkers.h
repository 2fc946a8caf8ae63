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
};

/// Collects the overlays of a case: the session reader's own marks; other readers' marks,
/// imported reference slices and Vote-MI / baseline selections only when the session
/// lets the reader see them (blind until committed). Without a session everything shows.
CaseOverlays collectOverlays(const Database &db, qint64 caseId, const AnnotationSession *session);

} // namespace brainmd
