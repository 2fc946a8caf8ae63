#pragma once

#include "ui/dashboard/DashboardCharts.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

#include <map>
#include <memory>
#include <optional>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace brainmd {

class CaseDrillDown;
class Database;
class DashboardRunLoader;
class Workspace;
class DashboardRunPanel;
class LeaderboardDialog;
struct BenchPlan;

/// The BrainBench dashboard: scores per condition with intervals, per-question
/// breakdown, confusion heat map, ROC and calibration of stored runs, optionally two runs
/// compared; a click on a bar or a cell lists the cases behind it (CaseDrillDown). Runs
/// are started and watched in the run panel at the bottom. The numbers come from
/// loadScoredRun(), the same code as `brainmd bench report`, scored in a job of the
/// workspace: opening or comparing a run never blocks the GUI thread. The workspace
/// must outlive the window.
class DashboardWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit DashboardWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    /// Shows run `runId` (as run A) once it is scored (redrawn() follows; at once when
    /// it is cached and unchanged). Returns "" or the error (no such run).
    QString openRun(qint64 runId);
    /// Compares run A with `runId` (0: no comparison), as openRun() does.
    QString setCompareRun(qint64 runId);
    /// A run is being read and scored.
    bool isLoading() const;
    void setMetric(DashboardMetric metric);
    void setQuestion(const QString &questionId);
    /// Re-reads the run list and the shown runs, rescores (in a job) and redraws.
    void reload();
    /// Redraws every chart from the loaded runs (no database access).
    void redraw();

    const BenchReportInput *runA() const { return m_a.get(); }
    const BenchReportInput *runB() const { return m_b.get(); }
    QChartView *conditionView() const { return m_views.at(0); }
    QChartView *questionView() const { return m_views.at(1); }
    QChartView *rocView() const { return m_views.at(2); }
    QChartView *calibrationView() const { return m_views.at(3); }
    const std::vector<QChartView *> &chartViews() const { return m_views; }
    QTableWidget *confusionTable() const { return m_confusion; }
    /// Tabs: per question, ROC, calibration.
    QTabWidget *chartTabs() const { return m_tabs; }
    QTableWidget *visibilityTable() const { return m_visibility; }
    QLabel *gainLabel() const { return m_gain; }
    CaseDrillDown *drillDown() const { return m_drill; }
    DashboardRunPanel *runPanel() const { return m_runPanel; }
    QComboBox *runBox() const { return m_runBox; }
    QComboBox *compareBox() const { return m_compareBox; }

    /// Lists the cases behind bar `index` of `set` (in the condition or question chart).
    void drillBar(QChartView *view, QBarSet *set, int index);
    /// Lists the cases behind a confusion-matrix cell.
    void drillCell(int row, int column);
    /// The slice the model saw of `caseId` under `condition` of run A (view, index).
    std::optional<std::pair<int, int>> plannedSlice(qint64 caseId, const QString &condition);

    /// Exports: "" or the error.
    QString exportPng(QChartView *view, const QString &path) const;
    QString exportSvg(QChartView *view, const QString &path) const;
    /// The per-condition scores of the shown runs.
    QString exportCsv(const QString &path) const;
    /// The cases listed in the drill-down.
    QString exportCasesCsv(const QString &path) const;
    QString exportHtml(const QString &dir, QString *htmlPath) const;
    /// Opens the leaderboard (one per window, raised when open) offering the listed runs,
    /// with runs A and B ticked.
    LeaderboardDialog *openLeaderboard();

Q_SIGNALS:
    /// Show `caseId` in the main viewer at `slice` of `view` (0 axial, 1 coronal, 2 sagittal).
    void openCaseAtSlice(qint64 caseId, int view, int slice);
    /// Emitted after every redraw (tests and the benchmark wait for it).
    void redrawn();
    /// A run asked for could not be read or scored.
    void runLoadFailed(qint64 runId, const QString &error);

private:
    void buildUi();
    void buildMenus();
    /// Re-reads the list of runs (counts every run's predictions: on user request only).
    void fillRunBoxes();
    /// Points the run boxes at the shown runs A and B, without reading the database.
    void selectShownRuns();
    void fillSelectors();
    void onRunSaved(qint64 runId);
    void exportWithDialog();
    DashboardSelection selection() const;
    void onRunLoaded(int slot, std::shared_ptr<const BenchReportInput> run);

    Workspace &m_workspace;
    const Database &m_db; ///< the GUI thread's handle (repositories for small reads)
    DashboardRunLoader *m_loader;
    std::shared_ptr<const BenchReportInput> m_a;
    std::shared_ptr<const BenchReportInput> m_b;
    std::vector<QChartView *> m_views;
    QTableWidget *m_confusion = nullptr;
    QTableWidget *m_visibility = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_gain = nullptr;
    QLabel *m_confusionTitle = nullptr;
    QLabel *m_summary = nullptr;
    CaseDrillDown *m_drill = nullptr;
    DashboardRunPanel *m_runPanel = nullptr;
    QComboBox *m_runBox = nullptr;
    QComboBox *m_compareBox = nullptr;
    QComboBox *m_labelBox = nullptr;
    QComboBox *m_metricBox = nullptr;
    QComboBox *m_questionBox = nullptr;
    QComboBox *m_conditionBox = nullptr;
    QPointer<LeaderboardDialog> m_leaderboard;
    QElapsedTimer m_sinceRefresh;
    bool m_filling = false;
};

} // namespace brainmd
