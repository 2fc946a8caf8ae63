// MainWindow and the session's blinding policy: every action, tab, dock and dialog of
// the window asks the policy before it shows anything (kept apart from the layout).

#include "ui/main/MainWindow.h"

#include "ui/annotation/AdjudicationView.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/browser/CaseBrowser.h"
#include "ui/browser/CaseTableModel.h"
#include "ui/main/DocumentsPanel.h"
#include "ui/main/RevealTags.h"
#include "ui/viewer/ViewerModel.h"
#include "ui/viewer/ViewerWidget.h"

#include <QAction>
#include <QDialog>
#include <QStatusBar>
#include <QTabWidget>

namespace brainmd {

void MainWindow::connectBlinding() {
    m_documents->setPolicy(&m_session->policy());
    m_adjudication->setPolicy(&m_session->policy());
    setReveals(m_adjudication, Reveals::Adjudication);
    connect(m_session, &AnnotationSession::changed, this, &MainWindow::applyBlinding);
    // A tab the policy closes cannot be reached by a click or a keyboard shortcut either.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (!revealAllowed(m_session->policy(), revealsOf(m_tabs->widget(index))))
            m_tabs->setCurrentWidget(m_viewer);
        else if (m_tabs->widget(index) == m_adjudication)
            m_adjudication->updateFromModel();
    });
    // The case list shows status and reader counts as they change.
    connect(m_session, &AnnotationSession::caseProgressChanged, this,
            [this](qint64 caseId) { m_browser->model()->refreshCases({caseId}); });
    // The adjudication view draws the readers' slices from the volume on screen.
    connect(this, &MainWindow::caseOpened, m_adjudication,
            [this] { m_adjudication->setVolume(m_model->volume(), m_model->window()); });
    connect(m_adjudication, &AdjudicationView::consensusChanged, this,
            [this](qint64 caseId) { m_browser->model()->refreshCases({caseId}); });
    applyBlinding();
}

void MainWindow::applyBlinding() {
    const BlindingPolicy &policy = m_session->policy();
    for (QAction *action : findChildren<QAction *>()) {
        const Reveals reveals = revealsOf(action);
        if (reveals != Reveals::Nothing)
            action->setEnabled(revealAllowed(policy, reveals));
    }
    applySegmentationPolicy(); // its action also needs a mask on screen
    for (int i = 0; i < m_tabs->count(); ++i) {
        const bool allowed = revealAllowed(policy, revealsOf(m_tabs->widget(i)));
        m_tabs->setTabEnabled(i, allowed);
        m_tabs->setTabToolTip(
            i, allowed ? QString() : tr("Closed while you read this case blind: commit it first"));
    }
    if (!revealAllowed(policy, revealsOf(m_tabs->currentWidget())))
        m_tabs->setCurrentWidget(m_viewer);
    if (m_dashboard && !policy.mayOpenDashboard())
        m_dashboard->hide();
    m_adjudication->setAdjudicator(m_session->reader());
    if (!policy.mayShowAdjudication() || m_tabs->currentWidget() == m_adjudication)
        m_adjudication->updateFromModel(); // cleared at once when closed
    m_documents->refresh();
    // A label or selection filter answers for every case of the list, the unread ones
    // too: closed until the whole worklist is read.
    m_browser->setRevealingFiltersAllowed(
        policy.mayOpenDashboard() && policy.mayShowImportedLabels(),
        policy.mayOpenDashboard() && policy.mayShowModelOutputs());
    // A dialog left open from before the case was opened (a selection run's results).
    if (policy.isBlinding()) {
        for (QDialog *dialog : findChildren<QDialog *>()) {
            if (dialog->isVisible() && !dialog->isModal())
                dialog->close();
        }
    }
    updateStatus();
}

} // namespace brainmd
