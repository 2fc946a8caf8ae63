// MainWindow's menus and the commands behind them (kept apart from the window's layout).

#include "ui/main/MainWindow.h"

#include "db/AnnotationRepository.h"
#include "db/Database.h"
#include "db/ReaderRepository.h"
#include "ports/StudyStorage.h"
#include "reading/Agreement.h"
#include "ui/annotation/AnnotationPanel.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/annotation/ReaderDialog.h"
#include "ui/annotation/SliceExportDialog.h"
#include "ui/browser/CaseBrowser.h"
#include "ui/browser/CaseTableModel.h"
#include "ui/dashboard/DashboardLauncher.h"
#include "ui/i18n/Translations.h"
#include "ui/jobs/JobRunner.h"
#include "ui/jobs/Workspace.h"
#include "ui/main/DeidentifyDialog.h"
#include "ui/main/RevealTags.h"
#include "ui/main/SelectionDialog.h"
#include "ui/main/ShortcutsDialog.h"
#include "ui/viewer/ViewerModel.h"
#include "ui/viewer/ViewerWidget.h"
#include "ui/viewer/VolumeRenderer.h"
#include "ui/viewer/VtkViewWidget.h"
#include "workflows/AnnotationExport.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QCursor>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace brainmd {

QAction *MainWindow::addCommand(QMenu *menu, const QString &id, const QString &text,
                                std::function<void()> slot) {
    auto *action = new QAction(text, this);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, std::move(slot));
    if (!id.isEmpty()) {
        m_shortcuts.bind(id, action);
        m_actions.insert(id, action);
    }
    menu->addAction(action);
    addAction(action); // shortcuts work while the menu bar is hidden too
    return action;
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addCommand(file, {}, tr("Open database…"), [this] { chooseDatabase(); });
    addCommand(file, {}, tr("Import folder…"), [this] { chooseImport(true); });
    addCommand(file, {}, tr("Import file…"), [this] { chooseImport(false); });
    file->addSeparator();
    needs(addCommand(file, {}, tr("Export annotations as JSON…"),
                     [this] { exportAnnotations(true); }),
          Reveals::Exports);
    needs(addCommand(file, {}, tr("Export annotations as CSV…"),
                     [this] { exportAnnotations(false); }),
          Reveals::Exports);
    needs(addCommand(file, {}, tr("Export reader agreement (CSV or HTML)…"),
                     [this] { exportReaderAgreement(); }),
          Reveals::Exports);
    needs(addCommand(file, {}, tr("Export representative slices…"),
                     [this] {
                         if (m_workspace->isOpen() && m_session->policy().mayExportAnnotations())
                             SliceExportDialog(*m_workspace, this).exec();
                     }),
          Reveals::Exports);
    // A release copy of DICOM files needs no open study and shows no annotation, so
    // neither the database nor a blind session gates it.
    addCommand(file, {}, tr("De-identified copy of DICOM files…"),
               [this] { DeidentifyDialog(*m_workspace, this).exec(); });
    file->addSeparator();
    addCommand(file, {}, tr("Quit"), [this] { close(); })->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *tools = new QActionGroup(this);
    const std::pair<const char *, ViewerTool> toolIds[] = {{"tool-window", ViewerTool::WindowLevel},
                                                           {"tool-pan", ViewerTool::Pan},
                                                           {"tool-zoom", ViewerTool::Zoom},
                                                           {"tool-scroll", ViewerTool::Scroll},
                                                           {"tool-ruler", ViewerTool::Ruler}};
    const QStringList toolNames{tr("Window / level"), tr("Pan"), tr("Zoom"), tr("Scroll"),
                                tr("Ruler")};
    for (std::size_t i = 0; i < std::size(toolIds); ++i) {
        const ViewerTool tool = toolIds[i].second;
        QAction *a =
            addCommand(view, QString::fromLatin1(toolIds[i].first), toolNames[static_cast<int>(i)],
                       [this, tool] { m_viewer->setTool(tool); });
        a->setCheckable(true);
        a->setChecked(tool == ViewerTool::WindowLevel);
        tools->addAction(a);
    }
    view->addSeparator();
    addCommand(view, QStringLiteral("reset-window"), tr("Reset window / level"),
               [this] { m_model->resetWindow(); });
    addCommand(view, QStringLiteral("reset-view"), tr("Reset zoom and pan"),
               [this] { m_viewer->resetCameras(); });
    // Slicer and OHIF act on the view under the mouse; without one, on the active view.
    addCommand(view, QStringLiteral("maximise-view"),
               tr("Maximise / restore the view under the mouse"), [this] {
                   const int hovered = m_viewer->viewIndexAt(QCursor::pos());
                   m_viewer->toggleMaximised(
                       hovered >= 0 ? hovered : static_cast<int>(m_viewer->activeView()));
               });
    const std::pair<const char *, View> viewIds[] = {{"view-axial", View::Axial},
                                                     {"view-coronal", View::Coronal},
                                                     {"view-sagittal", View::Sagittal}};
    for (const auto &[id, v] : viewIds) {
        const View target = v;
        addCommand(
            view, QString::fromLatin1(id),
            tr("Activate the %1 view").arg(QCoreApplication::translate("brainmd", viewName(v))),
            [this, target] {
                m_viewer->setActiveView(target);
                m_viewer->viewWidget(static_cast<int>(target))->setFocus();
            });
    }
    view->addSeparator();
    const std::tuple<const char *, OverlayKind, QString, Reveals> overlays[] = {
        {"toggle-crosshair", OverlayKind::Crosshair, tr("Crosshair"), Reveals::Nothing},
        {"", OverlayKind::OwnMarks, tr("My reference slices"), Reveals::Nothing},
        {"toggle-others", OverlayKind::OtherReaders, tr("Other readers' slices"),
         Reveals::OthersWork},
        {"", OverlayKind::References, tr("Imported reference slices"), Reveals::ReferenceSlices},
        {"toggle-selections", OverlayKind::Selections, tr("Vote-MI and baseline selections"),
         Reveals::ModelOutputs},
        {"toggle-profile", OverlayKind::VoteProfile, tr("Vote-MI vote profile"),
         Reveals::ModelOutputs}};
    for (const auto &[id, kind, text, reveals] : overlays) {
        const OverlayKind k = kind;
        QAction *a = addCommand(view, QString::fromLatin1(id), text, [this, k] {
            m_model->setOverlayVisible(k, !m_model->overlayVisible(k));
        });
        needs(a, reveals);
        a->setCheckable(true);
        a->setChecked(m_model->overlayVisible(k));
        connect(m_model, &ViewerModel::changed, a,
                [this, a, k] { a->setChecked(m_model->overlayVisible(k)); });
    }
    addSegmentationCommand(view);
    view->addSeparator();
    QMenu *presets = view->addMenu(tr("3D preset"));
    for (int i = 0; i < VolumeRenderer::presetNames().size(); ++i)
        presets->addAction(VolumeRenderer::presetNames().at(i), this,
                           [this, i] { m_viewer->setVolumePreset(i); });
    QMenu *clip = view->addMenu(tr("3D clipping"));
    clip->addAction(tr("None"), this, [this] { m_viewer->setVolumeClip(0); });
    clip->addAction(tr("Plane through the crosshair (active view)"), this,
                    [this] { m_viewer->setVolumeClip(1); });
    clip->addAction(tr("Box around the crosshair"), this, [this] { m_viewer->setVolumeClip(2); });
    addCommand(view, QStringLiteral("find"), tr("Filter the case list"),
               [this] { m_browser->focusFilter(); });
    view->addSeparator();
    buildLanguageMenu(view->addMenu(tr("&Language")));

    // Reading commands without a session say why nothing happens instead of doing nothing.
    const auto sessionOnly = [this](std::function<void()> command) {
        return [this, command = std::move(command)] {
            if (m_session->isActive() && m_session->currentCaseId() != 0)
                command();
            else
                statusBar()->showMessage(
                    tr("Start a reading session first: Session ▸ Start reading…"), 5000);
        };
    };
    QMenu *session = menuBar()->addMenu(tr("&Session"));
    addCommand(session, {}, tr("Start reading…"), [this] { startSessionFromDialog(); });
    addCommand(session, {}, tr("End session"), [this] { m_session->end(); });
    QAction *verify = addCommand(session, {}, tr("Verify mode (show imported answers)"),
                                 [this] { m_session->setVerifyMode(!m_session->verifyMode()); });
    verify->setCheckable(true);
    needs(verify, Reveals::Verify);
    connect(m_session, &AnnotationSession::changed, verify,
            [this, verify] { verify->setChecked(m_session->verifyMode()); });
    session->addSeparator();
    addCommand(session, QStringLiteral("mark-slice"), tr("Mark representative slice"),
               [this] { markCurrentSlice(); });
    addCommand(session, QStringLiteral("next-case"), tr("Next case"),
               sessionOnly([this] { m_session->next(); }));
    addCommand(session, QStringLiteral("previous-case"), tr("Previous case"),
               sessionOnly([this] { m_session->previous(); }));
    addCommand(session, QStringLiteral("commit-case"), tr("Commit case"),
               sessionOnly([this] { m_session->commitCase(); }));
    addCommand(session, QStringLiteral("skip-case"), tr("Skip case"),
               sessionOnly([this] { m_session->skipCase(); }));
    addCommand(session, QStringLiteral("postpone-case"), tr("Postpone case"),
               sessionOnly([this] { m_session->postponeCase(); }));
    addCommand(session, QStringLiteral("next-question"), tr("Next question"),
               sessionOnly([this] { m_panel->nextQuestion(); }));
    addCommand(session, QStringLiteral("previous-question"), tr("Previous question"),
               sessionOnly([this] { m_panel->previousQuestion(); }));
    QMenu *answers = session->addMenu(tr("Answer"));
    for (int i = 1; i <= 9; ++i)
        addCommand(answers, QStringLiteral("answer-%1").arg(i), tr("Option %1").arg(i),
                   sessionOnly([this, i] { m_panel->answerActive(i); }));
    QMenu *confidence = session->addMenu(tr("Confidence"));
    for (int i = 1; i <= 5; ++i)
        addCommand(confidence, QStringLiteral("confidence-%1").arg(i), tr("%1 of 5").arg(i),
                   sessionOnly([this, i] { m_session->setConfidence(i); }));
    needs(addCommand(session, QStringLiteral("accept-suggestion"), tr("Accept suggested answer"),
                     [this] { m_panel->acceptActiveSuggestion(); }),
          Reveals::Verify);
    addCommand(
        session, QStringLiteral("poor-quality"), tr("Flag poor image quality"),
        sessionOnly([this] { m_session->setPoorQuality(!m_session->caseState().poorQuality); }));
    addCommand(session, QStringLiteral("comment"), tr("Comment"),
               sessionOnly([this] { m_panel->focusComment(); }));
    addCommand(session, QStringLiteral("undo"), tr("Undo"),
               [this] { m_session->undoStack()->undo(); });
    addCommand(session, QStringLiteral("redo"), tr("Redo"),
               [this] { m_session->undoStack()->redo(); });
    session->addSeparator();
    needs(addCommand(session, {}, tr("Adjudicate this case"), [this] { showAdjudication(); }),
          Reveals::Adjudication);
    addCommand(session, {}, tr("Back to the viewer"), [this] { showViewer(); });

    QMenu *selection = menuBar()->addMenu(tr("S&election"));
    needs(addCommand(selection, {}, tr("Select slices (Vote-MI or baseline)…"),
                     [this] { runSelection(); }),
          Reveals::ModelOutputs);

    QMenu *bench = menuBar()->addMenu(tr("&BrainBench"));
    needs(addCommand(bench, QStringLiteral("bench-dashboard"), tr("Dashboard…"),
                     [this] { showDashboard(); }),
          Reveals::Dashboard);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addCommand(help, QStringLiteral("help"), tr("Keyboard shortcuts…"), [this] {
        ShortcutsDialog dialog(&m_shortcuts, this);
        dialog.exec();
    });
}

// The translators are installed once at start-up, so a new choice is stored for the next one.
void MainWindow::buildLanguageMenu(QMenu *menu) {
    auto *group = new QActionGroup(menu);
    QStringList codes = Translations::availableLanguages();
    codes.prepend(QString());
    const QString current = Translations::languageSetting();
    for (const QString &code : std::as_const(codes)) {
        QAction *action = menu->addAction(code.isEmpty() ? tr("System language")
                                                         : Translations::nativeName(code));
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (code == Translations::languageSetting())
                return;
            Translations::setLanguageSetting(code);
            QMessageBox::information(
                this, tr("Language"),
                tr("The new language applies the next time BrainMD Workstation starts."));
        });
    }
}

void MainWindow::chooseDatabase() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or create a case database"), m_workspace->path(),
        tr("BrainMD database (*.sqlite *.db);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (const QString error = openDatabase(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Open database"), error);
}

void MainWindow::chooseImport(bool folder) {
    const QString path = folder ? QFileDialog::getExistingDirectory(this, tr("Import a folder"))
                                : QFileDialog::getOpenFileName(this, tr("Import a file"));
    if (!path.isEmpty())
        importPaths({path});
}

void MainWindow::startSessionFromDialog() {
    ReaderDialog dialog(ReaderRepository(m_workspace->database()).readers(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::vector<qint64> worklist;
    switch (dialog.worklist()) {
    case ReaderDialog::Worklist::Selected:
        for (qint64 id : m_browser->selectedCaseIds(false))
            worklist.push_back(id);
        break;
    case ReaderDialog::Worklist::All: {
        CaseTableModel all(m_workspace->database());
        all.setQuery({});
        for (int r = 0; r < all.totalCount(); ++r) {
            if (r >= all.rowCount())
                all.fetchMore({});
            worklist.push_back(all.caseIdAt(r));
        }
        break;
    }
    case ReaderDialog::Worklist::Disagreement: {
        const AnnotationRepository repo(m_workspace->database());
        const double mm =
            QSettings().value(QStringLiteral("adjudication/thresholdMm"), 5.0).toDouble();
        worklist = disagreementCases(repo.allCurrentMarks(), repo.allCurrentAnswers(), mm);
        if (worklist.empty()) {
            QMessageBox::information(this, tr("Start reading"),
                                     tr("No case has readers who disagree (by more than %1 mm "
                                        "or in an answer).")
                                         .arg(mm));
            return;
        }
        break;
    }
    case ReaderDialog::Worklist::Filtered:
        for (qint64 id : m_browser->filteredCaseIds())
            worklist.push_back(id);
        break;
    }
    if (const QString error = startSession(dialog.readerName(), dialog.role(), worklist,
                                           dialog.pass(), dialog.kind(), dialog.documents());
        !error.isEmpty())
        QMessageBox::warning(this, tr("Start reading"), error);
}

void MainWindow::runSelection() {
    if (!m_session->policy().mayShowModelOutputs())
        return;
    std::vector<qint64> ids;
    for (qint64 id : m_browser->selectedCaseIds(true))
        ids.push_back(id);
    auto *dialog = new SelectionDialog(*m_workspace, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SelectionDialog::caseStored, this, [this](qint64 caseId) {
        m_browser->model()->refreshCases({caseId});
        if (caseId == m_caseId)
            refreshOverlays();
    });
    dialog->show();
}

void MainWindow::exportAnnotations(bool json) {
    if (!m_session->policy().mayExportAnnotations())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export annotations"), QString(), json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    exportInBackground(tr("Export annotations"), path, [json, path](const StudyStorage &storage) {
        return json ? exportAnnotationsJson(storage, path) : exportAnnotationsCsv(storage, path);
    });
}

void MainWindow::exportReaderAgreement() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export reader agreement"),
                                                      QString(), tr("CSV (*.csv);;HTML (*.html)"));
    if (path.isEmpty())
        return;
    // The agreement's bootstrap intervals take a while on a large study.
    exportInBackground(tr("Export reader agreement"), path, [path](const StudyStorage &storage) {
        return exportAgreement(storage, path);
    });
}

void MainWindow::exportInBackground(const QString &title, const QString &path,
                                    std::function<QString(const StudyStorage &)> write) {
    const std::shared_ptr<const StudyStorage> storage = m_workspace->storage();
    if (!storage)
        return;
    auto error = std::make_shared<QString>();
    JobRunner *job = m_workspace->start(
        makeJob(title, [storage, write = std::move(write), error](
                           ProgressReporter &, const CancelFlag &) { *error = write(*storage); }));
    statusBar()->showMessage(tr("Writing %1…").arg(path));
    connect(job, &JobRunner::finished, this, [this, title, path, error](bool cancelled) {
        if (cancelled)
            statusBar()->showMessage(tr("%1: cancelled; %2 was not written").arg(title, path),
                                     6000);
        else if (error->isEmpty())
            statusBar()->showMessage(tr("Written to %1").arg(path), 6000);
        else
            QMessageBox::warning(this, title, *error);
        Q_EMIT exportFinished(path, *error);
    });
}

QMainWindow *MainWindow::showDashboard(qint64 runId) {
    if (!m_workspace->isOpen() || !m_session->policy().mayOpenDashboard())
        return nullptr;
    if (!m_dashboard)
        m_dashboard.reset(
            createDashboard(*m_workspace, this, [this](qint64 caseId, int view, int slice) {
                openCaseAtSlice(caseId, view, slice);
            }));
    if (const QString error = showDashboardRun(m_dashboard.get(), runId); !error.isEmpty())
        QMessageBox::warning(m_dashboard.get(), tr("BrainBench dashboard"), error);
    m_dashboard->show();
    m_dashboard->raise();
    return m_dashboard.get();
}

void MainWindow::openCaseAtSlice(qint64 caseId, int view, int slice) {
    const auto show = [this, view, slice] {
        const View shown = static_cast<View>(std::clamp(view, 0, 2));
        m_viewer->setActiveView(shown);
        m_model->setSliceIndex(shown, slice);
        showViewer();
        raise();
        activateWindow();
    };
    if (caseId == m_caseId) {
        show();
        return;
    }
    connect(
        this, &MainWindow::caseOpened, this,
        [show, caseId](qint64 opened) {
            if (opened == caseId)
                show();
        },
        Qt::SingleShotConnection);
    openCase(caseId);
}

} // namespace brainmd
