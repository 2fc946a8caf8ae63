// MainWindow and the case's lesion mask (a DICOM SEG label map): the entry point the case
// loader calls, the View-menu toggle, and the blinding policy. The mask is imported
// truth, so it follows the same rule as imported reference slices.

#include "ui/main/MainWindow.h"

#include "io/seg/DicomSegmentation.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/main/RevealTags.h"
#include "ui/viewer/ViewerWidget.h"

#include <QAction>
#include <QMenu>

namespace brainmd {

void MainWindow::addSegmentationCommand(QMenu *view) {
    // Checked means "show when allowed"; the policy and the case decide the rest.
    m_segmentationAction = addCommand(view, QStringLiteral("toggle-lesion-mask"), tr("Lesion mask"),
                                      [this] { applySegmentationPolicy(); });
    needs(m_segmentationAction, Reveals::ReferenceSlices);
    m_segmentationAction->setCheckable(true);
    m_segmentationAction->setChecked(true);
    m_segmentationAction->setEnabled(false);
}

bool MainWindow::showCaseSegmentation(qint64 caseId, std::shared_ptr<const Volume> labelsRas,
                                      const std::vector<SegmentDescription> &segments) {
    if (caseId == 0 || caseId != m_caseId)
        return false;
    // Visibility first, so a blind reader never gets one frame of the mask.
    applySegmentationPolicy();
    const bool ok = m_viewer->setSegmentation(std::move(labelsRas), segments);
    applySegmentationPolicy();
    return ok;
}

void MainWindow::applySegmentationPolicy() {
    if (m_segmentationAction == nullptr)
        return;
    const bool allowed = revealAllowed(m_session->policy(), Reveals::ReferenceSlices);
    m_segmentationAction->setEnabled(allowed && m_viewer->hasSegmentation());
    m_viewer->setSegmentationVisible(allowed && m_segmentationAction->isChecked());
}

} // namespace brainmd
