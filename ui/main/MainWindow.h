#pragma once

#include "reading/BlindingPolicy.h"
#include "ui/main/ShortcutMap.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QProgressBar;
class QTabWidget;
class QToolButton;

namespace brainmd {

class AdjudicationView;
class AnnotationPanel;
class AnnotationSession;
class CaseBrowser;
class CaseLoader;
class Database;
class StudyStorage;
class DocumentsPanel;
class JobRunner;
class Workspace;
class ViewerModel;
class ViewerWidget;
class Volume;
struct LoadedCase;
struct SegmentDescription;

/// The workstation's main window: case browser (left), viewer and adjudication (centre
/// tabs), reading panel and documents (right), status bar with the saved indicator and
/// running jobs. Owns the Workspace (the open study and the jobs on it). Keyboard
/// commands come from ShortcutMap.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (creating when new) a case database and remembers it as the last one used.
    /// Returns "" or the error.
    QString openDatabase(const QString &path);
    Database &database();
    Workspace &workspace() { return *m_workspace; }
    /// Opens a case in the viewer (volume loaded in a worker); caseOpened() follows.
    void openCase(qint64 caseId);
    qint64 currentCaseId() const { return m_caseId; }
    /// Imports files or folders in a worker thread with progress and cancel, then opens
    /// the first new case; importFinished() follows.
    void importPaths(const QStringList &paths);
    /// Starts or resumes a reading session over `worklist` (empty: the browser's filter),
    /// read in an order of the reader's own.
    QString startSession(const QString &reader, const QString &role, std::vector<qint64> worklist,
                         int pass = 1, SessionKind kind = SessionKind::BlindReading,
                         DocumentAccess documents = DocumentAccess::IndicationOnly);
    /// Marks the active view's current slice as the reader's representative slice.
    void markCurrentSlice();
    void showAdjudication();
    void showViewer();
    /// Opens the BrainBench dashboard (on run `runId` when non-zero) beside the window.
    QMainWindow *showDashboard(qint64 runId = 0);

    /// The one entry point for a case's lesion mask (DICOM SEG), called once the case is
    /// on screen: `labelsRas` is the Int16 label map (0 = none, else segment number) put
    /// through reorientToRas() like the case's image, on the same grid. The mask is
    /// imported truth: shown only while the session's policy allows reference slices
    /// (View ▸ Lesion mask, checked by default, toggles it otherwise). Refused (false) when
    /// `caseId` is not the case on screen (a late answer for a case the user has left) or
    /// the grid differs. The next case opened drops it.
    bool showCaseSegmentation(qint64 caseId, std::shared_ptr<const Volume> labelsRas,
                              const std::vector<SegmentDescription> &segments);

public Q_SLOTS:
    /// Opens a case and shows `slice` of `view` (0 axial, 1 coronal, 2 sagittal) in the
    /// active view once it is loaded: the slice a BrainBench model saw.
    void openCaseAtSlice(qint64 caseId, int view, int slice);

public:
    ViewerWidget *viewer() const { return m_viewer; }
    ViewerModel *viewerModel() const { return m_model; }
    CaseBrowser *browser() const { return m_browser; }
    AnnotationSession *session() const { return m_session; }
    AnnotationPanel *annotationPanel() const { return m_panel; }
    AdjudicationView *adjudication() const { return m_adjudication; }
    DocumentsPanel *documents() const { return m_documents; }
    ShortcutMap *shortcuts() { return &m_shortcuts; }
    QAction *action(const QString &id) const { return m_actions.value(id); }

Q_SIGNALS:
    void caseOpened(qint64 caseId);
    void importFinished(int casesCreated);
    /// An export started from the File menu has ended ("" or the error).
    void exportFinished(const QString &path, const QString &error);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildDocks();
    void buildMenus();
    void buildLanguageMenu(QMenu *menu);
    QAction *addCommand(QMenu *menu, const QString &id, const QString &text,
                        std::function<void()> slot);
    void rebuildForDatabase();
    void onCaseLoaded(const LoadedCase &loaded);
    void refreshOverlays();
    void updateStatus();
    void chooseDatabase();
    void chooseImport(bool folder);
    void startSessionFromDialog();
    void runSelection();
    void exportAnnotations(bool json);
    void exportReaderAgreement();
    /// Runs `write` (given the jobs' storage) in a workspace job and reports the outcome
    /// in the status bar or, on error, in a message box titled `title`.
    void exportInBackground(const QString &title, const QString &path,
                            std::function<QString(const StudyStorage &)> write);
    // MainWindowBlinding.cpp: every action, tab and dock asks the session's policy.
    void connectBlinding();
    void applyBlinding();
    // MainWindowSegmentation.cpp: the lesion mask's action and its policy.
    void addSegmentationCommand(QMenu *view);
    void applySegmentationPolicy();

    Workspace *m_workspace = nullptr;
    ShortcutMap m_shortcuts;
    QHash<QString, QAction *> m_actions;
    ViewerModel *m_model = nullptr;
    ViewerWidget *m_viewer = nullptr;
    QTabWidget *m_tabs = nullptr;
    CaseBrowser *m_browser = nullptr;
    AnnotationSession *m_session = nullptr;
    AnnotationPanel *m_panel = nullptr;
    AdjudicationView *m_adjudication = nullptr;
    DocumentsPanel *m_documents = nullptr;
    CaseLoader *m_loader = nullptr;
    QPointer<JobRunner> m_import;
    QDockWidget *m_browserDock = nullptr;
    QDockWidget *m_readingDock = nullptr;
    QDockWidget *m_documentsDock = nullptr;
    QLabel *m_caseLabel = nullptr;
    QLabel *m_savedLabel = nullptr;
    QProgressBar *m_jobBar = nullptr;
    QToolButton *m_jobCancel = nullptr;
    QAction *m_segmentationAction = nullptr;
    qint64 m_caseId = 0;
    QString m_caseKey;
    /// Declared last: destroyed before the database that a running benchmark still uses.
    std::unique_ptr<QMainWindow> m_dashboard;
};

} // namespace brainmd
