#include "ui/main/MainWindow.h"

#include "db/CaseRepository.h"
#include "db/Database.h"
#include "ui/annotation/AdjudicationView.h"
#include "ui/annotation/AnnotationPanel.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/browser/CaseBrowser.h"
#include "ui/browser/CaseTableModel.h"
#include "ui/dashboard/WindowPlacement.h"
#include "ui/jobs/JobRunner.h"
#include "ui/jobs/Workspace.h"
#include "ui/jobs/WriteOffGuiThread.h"
#include "ui/main/CaseLoader.h"
#include "ui/main/DocumentsPanel.h"
#include "ui/main/OverlayMarkers.h"
#include "ui/viewer/ViewerModel.h"
#include "ui/viewer/ViewerWidget.h"
#include "ui/viewer/VtkViewWidget.h"
#include "workflows/ImportService.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

namespace brainmd {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this)) {
    Database &db = m_workspace->database();
    setWindowTitle(tr("BrainMD Workstation"));
    setWindowIcon(QIcon(QStringLiteral(":/brainmd/workstation/icons/brainmd.svg")));
    setAcceptDrops(true);
    // 1600×1000 where it fits, else the screen's free area (a 1366×768 laptop).
    placeOnScreen(this, QSize(1600, 1000));
    m_model = new ViewerModel(this);
    m_viewer = new ViewerWidget(m_model, this);
    m_session = new AnnotationSession(db, this);
    m_adjudication = new AdjudicationView(db, m_session->questions(), this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_viewer, tr("Viewer"));
    m_tabs->addTab(m_adjudication, tr("Adjudication"));
    setCentralWidget(m_tabs);
    m_loader = new CaseLoader(*m_workspace, this);
    connect(m_loader, &CaseLoader::loaded, this, &MainWindow::onCaseLoaded);
    buildDocks();
    buildMenus();

    m_caseLabel = new QLabel(this);
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("statusSaved"));
    m_jobBar = new QProgressBar(this);
    m_jobBar->setRange(0, 1000);
    m_jobBar->setMaximumWidth(260);
    m_jobBar->hide();
    m_jobCancel = new QToolButton(this);
    m_jobCancel->setText(tr("Cancel"));
    m_jobCancel->hide();
    statusBar()->addWidget(m_caseLabel, 1);
    statusBar()->addPermanentWidget(m_jobBar);
    statusBar()->addPermanentWidget(m_jobCancel);
    statusBar()->addPermanentWidget(m_savedLabel);

    connect(m_session, &AnnotationSession::caseChanged, this, [this](qint64 caseId) {
        if (caseId != 0 && caseId != m_caseId)
            openCase(caseId);
        else
            refreshOverlays();
    });
    connect(m_session, &AnnotationSession::changed, this, &MainWindow::refreshOverlays);
    connect(m_session, &AnnotationSession::saved, this, [this](bool ok, const QString &message) {
        m_savedLabel->setText(message);
        m_savedLabel->setStyleSheet(
            ok ? QStringLiteral("color: #4c4;")
               : QStringLiteral("color: white; background: #c22; font-weight: bold;"));
    });
    // A save that waits for another program's write lock: say so while input is held.
    connect(&DatabaseWriter::instance(), &DatabaseWriter::waitingChanged, this,
            [this](bool waiting) {
                if (!waiting)
                    return; // the save's own result replaces the notice
                m_savedLabel->setText(tr("Saving… another program is writing to %1; your input "
                                         "waits until this answer is stored")
                                          .arg(QFileInfo(m_workspace->path()).fileName()));
                m_savedLabel->setStyleSheet(QStringLiteral("color: black; background: #fc4;"));
            });
    connectBlinding();
}

MainWindow::~MainWindow() {
    m_session->end();
    disconnect(m_tabs, nullptr, this, nullptr);
    // The browser's thumbnail workers and the case loader read the database from their
    // threads: join them now, since members (the database) die before child widgets.
    delete m_browser;
    m_browser = nullptr;
    delete m_loader;
    m_loader = nullptr;
    m_workspace->cancelAndJoinJobs();
}

Database &MainWindow::database() {
    return m_workspace->database();
}

void MainWindow::buildDocks() {
    m_browserDock = new QDockWidget(tr("Cases"), this);
    m_browserDock->setObjectName(QStringLiteral("casesDock"));
    addDockWidget(Qt::LeftDockWidgetArea, m_browserDock);
    m_panel = new AnnotationPanel(m_session, this);
    m_readingDock = new QDockWidget(tr("Reading"), this);
    m_readingDock->setObjectName(QStringLiteral("readingDock"));
    m_readingDock->setWidget(m_panel);
    addDockWidget(Qt::RightDockWidgetArea, m_readingDock);
    m_documents = new DocumentsPanel(m_workspace->database(), this);
    m_documentsDock = new QDockWidget(tr("Documents"), this);
    m_documentsDock->setObjectName(QStringLiteral("documentsDock"));
    m_documentsDock->setWidget(m_documents);
    addDockWidget(Qt::RightDockWidgetArea, m_documentsDock);
    resizeDocks({m_browserDock, m_readingDock}, {430, 360}, Qt::Horizontal);
    rebuildForDatabase();
}

void MainWindow::rebuildForDatabase() {
    delete m_browser;
    m_browser = new CaseBrowser(*m_workspace, this);
    m_browserDock->setWidget(m_browser);
    connect(m_browser, &CaseBrowser::caseActivated, this, [this](qint64 caseId) {
        if (m_session->isActive()) {
            const auto &list = m_session->session().worklist;
            const auto it = std::find(list.begin(), list.end(), caseId);
            if (it != list.end()) {
                m_session->goTo(static_cast<int>(it - list.begin()));
                return;
            }
        }
        openCase(caseId);
    });
}

QString MainWindow::openDatabase(const QString &path) {
    m_dashboard.reset(); // it shows (and may be running on) the database being closed
    m_session->end();
    m_viewer->clearVolume();
    // Cancels and joins every job on the study being closed (imports, selections, runs)
    // before the database is switched: none can write to the new file.
    const QString error = m_workspace->open(path);
    m_caseId = 0;
    m_session->setCaseOnScreen(0);
    rebuildForDatabase();
    m_documents->setCase(0);
    m_adjudication->setCase(0, {});
    if (error.isEmpty()) {
        QSettings().setValue(QStringLiteral("workstation/lastDatabase"), m_workspace->path());
        setWindowTitle(
            tr("BrainMD Workstation — %1").arg(QFileInfo(m_workspace->path()).fileName()));
    }
    updateStatus();
    return error;
}

void MainWindow::openCase(qint64 caseId) {
    if (!m_workspace->isOpen() || caseId == 0)
        return;
    m_caseLabel->setText(tr("Opening case %1…").arg(caseId));
    m_loader->load(caseId);
}

void MainWindow::onCaseLoaded(const LoadedCase &loaded) {
    if (!loaded.error.isEmpty()) {
        m_caseLabel->setText(tr("Could not open case %1: %2").arg(loaded.caseId).arg(loaded.error));
        return;
    }
    m_caseId = loaded.caseId;
    m_caseKey = loaded.summary.caseKey;
    m_session->setCaseOnScreen(m_caseId);
    m_viewer->showVolume(loaded.rasVolume, loaded.window, m_caseKey, loaded.previewVolume);
    applySegmentationPolicy(); // the previous case's mask is gone
    // The lesion mask (DICOM SEG) came with the case from the loader's thread; the policy
    // decides whether it is drawn (hidden while blinding withholds reference slices).
    if (loaded.labelMap)
        showCaseSegmentation(m_caseId, loaded.labelMap, loaded.segments);
    else if (!loaded.labelMapError.isEmpty())
        statusBar()->showMessage(tr("Lesion mask not shown: %1").arg(loaded.labelMapError), 8000);
    m_documents->setCase(m_caseId);
    m_adjudication->setCase(m_caseId, m_caseKey);
    refreshOverlays();
    const int row = m_browser->model()->rowOfCase(m_caseId);
    if (row >= 0)
        m_browser->table()->selectRow(row);
    m_viewer->viewWidget(static_cast<int>(m_viewer->activeView()))->setFocus();
    updateStatus();
    Q_EMIT caseOpened(m_caseId);
}

void MainWindow::refreshOverlays() {
    if (m_caseId == 0)
        return;
    CaseOverlays overlays = collectOverlays(m_workspace->database(), m_caseId, m_session);
    if (m_model->hasVolume())
        windowVoteProfiles(&overlays, m_model->volume()->geometry());
    m_model->setMarkers(std::move(overlays.markers));
    m_model->setVoteProfiles(std::move(overlays.voteProfiles));
    updateStatus();
}

void MainWindow::updateStatus() {
    if (!m_workspace->isOpen()) {
        m_caseLabel->setText(tr("No database open. File ▸ Open database…"));
        return;
    }
    QString text = m_caseId == 0
                       ? tr("%1 — double-click a case to open it").arg(m_workspace->path())
                       : tr("Case %1").arg(m_caseKey);
    if (m_session->policy().isBlinding())
        text += tr("  ·  blind: others' marks, labels, selections and report findings hidden "
                   "until you commit");
    m_caseLabel->setText(text);
}

QString MainWindow::startSession(const QString &reader, const QString &role,
                                 std::vector<qint64> worklist, int pass, SessionKind kind,
                                 DocumentAccess documents) {
    if (worklist.empty()) {
        for (qint64 id : m_browser->filteredCaseIds())
            worklist.push_back(id);
    }
    const QString error = m_session->begin(reader, role, worklist, pass, kind, documents);
    m_browser->refreshFilters(); // the reader filter lists a new reader at once
    if (error.isEmpty()) {
        m_adjudication->setAdjudicator(m_session->reader());
        m_adjudication->updateFromModel();
        m_readingDock->raise();
    }
    return error;
}

void MainWindow::markCurrentSlice() {
    if (!m_session->isActive() || m_caseId == 0 || m_session->currentCaseId() != m_caseId) {
        statusBar()->showMessage(
            tr("Start a reading session (Session ▸ Start reading…) to mark slices."), 4000);
        return;
    }
    const View view = m_viewer->activeView();
    m_session->markSlice(view, m_model->sliceIndex(view), m_model->slicePositionMm(view));
}

void MainWindow::showAdjudication() {
    if (!m_session->policy().mayShowAdjudication())
        return;
    m_adjudication->updateFromModel();
    m_tabs->setCurrentWidget(m_adjudication);
}

void MainWindow::showViewer() {
    m_tabs->setCurrentWidget(m_viewer);
}

void MainWindow::importPaths(const QStringList &paths) {
    if (!m_workspace->isOpen() || paths.isEmpty() || m_import)
        return;
    auto report = std::make_shared<ImportReport>();
    const std::shared_ptr<const StudyStorage> storage = m_workspace->storage();
    m_import = m_workspace->start(makeJob(
        tr("Import"), [storage, paths, report](ProgressReporter &progress, const CancelFlag &) {
            *report = ImportService(storage).import(paths, {}, &progress);
        }));
    m_jobBar->setValue(0);
    m_jobBar->show();
    m_jobCancel->show();
    disconnect(m_jobCancel, nullptr, nullptr, nullptr);
    connect(m_jobCancel, &QToolButton::clicked, m_import, &JobRunner::cancel);
    connect(m_import, &JobRunner::progressed, this, [this](int permille, const QString &message) {
        m_jobBar->setValue(permille);
        m_jobBar->setFormat(tr("Import: %1").arg(message));
    });
    connect(m_import, &JobRunner::finished, this, [this, report] {
        m_jobBar->hide();
        m_jobCancel->hide();
        statusBar()->showMessage(report->ok() ? report->summary() : report->error, 10000);
        m_browser->reload();
        if (m_browser->model()->rowCount() > 0 && m_caseId == 0)
            openCase(m_browser->model()->caseIdAt(0));
        Q_EMIT importFinished(report->counts.casesCreated);
    });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    importPaths(paths);
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_session->end();
    QMainWindow::closeEvent(event);
}

} // namespace brainmd
