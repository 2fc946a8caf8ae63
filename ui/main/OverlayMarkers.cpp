#include "ui/main/OverlayMarkers.h"

#include "db/AnnotationRepository.h"
#include "db/ReferenceSliceRepository.h"
#include "db/SelectionRepository.h"
#include "ui/annotation/AnnotationSession.h"
#include "votemi/Voting.h"

namespace brainmd {

CaseOverlays collectOverlays(const Database &db, qint64 caseId, const AnnotationSession *session) {
    CaseOverlays out;
    if (caseId == 0)
        return out;
    const bool reading =
        session != nullptr && session->isActive() && session->currentCaseId() == caseId;
    // Every kind asks the session's policy (no session: nothing is withheld).
    const BlindingPolicy none;
    const BlindingPolicy &policy = session != nullptr ? session->policy() : none;
    const QColor own(80, 230, 120);
    const QColor other(90, 190, 255);
    if (reading) {
        for (View view : kAllViews) {
            if (const auto mark = session->ownMark(view))
                out.markers.push_back(
                    {OverlayKind::OwnMarks, view, mark->sliceIndex, own, mark->readerName});
        }
        for (const SliceMark &m : session->otherMarks())
            out.markers.push_back(
                {OverlayKind::OtherReaders, m.view, m.sliceIndex, other, m.readerName});
    } else if (policy.mayShowOthersWork()) {
        for (const SliceMark &m : AnnotationRepository(db).currentMarks(caseId))
            out.markers.push_back(
                {OverlayKind::OtherReaders, m.view, m.sliceIndex, other, m.readerName});
    }
    if (policy.mayShowReferenceSlices()) {
        for (const StoredReferenceSlice &r : ReferenceSliceRepository(db).slicesForCase(caseId))
            out.markers.push_back({OverlayKind::References, r.view, r.sliceIndex,
                                   QColor(200, 120, 255), r.sourceName});
    }
    if (!policy.mayShowModelOutputs())
        return out;
    bool profileTaken = false;
    for (const StoredSelection &s : SelectionRepository(db).forCase(caseId)) {
        const bool voteMi = s.method == QLatin1String("votemi");
        for (View view : kAllViews) {
            const StoredSelectionView &v = s.view(view);
            if (v.sliceIndex < 0)
                continue;
            out.markers.push_back({OverlayKind::Selections, view, v.sliceIndex,
                                   voteMi ? QColor(255, 150, 40) : QColor(170, 170, 170),
                                   s.method});
            if (voteMi && !profileTaken) {
                out.voteProfiles[static_cast<std::size_t>(view)] = v.voteProfile;
                out.voteWindowMm = s.parameters.value(QStringLiteral("voteWindowMm")).toDouble();
            }
        }
        profileTaken = profileTaken || voteMi;
    }
    return out;
}

void windowVoteProfiles(CaseOverlays *overlays, const Geometry &rasGeometry) {
    for (View view : kAllViews) {
        auto &profile = overlays->voteProfiles[static_cast<std::size_t>(view)];
        profile = windowedVotes(
            profile, windowSlices(overlays->voteWindowMm, rasGeometry.spacing[viewAxis(view)]));
    }
}

} // namespace brainmd
