#pragma once

#include "bench/CostEstimate.h"
#include "bench/RunConfig.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace brainmd {

class BenchRunDialog;
class BenchRunJob;
class Database;
class Workspace;

/// Starts and watches a BrainBench run: "New run…" opens BenchRunDialog, the run goes to
/// a BenchRunJob (worker thread); progress with rate and ETA, errors as they happen,
/// pause / resume / cancel. The database must outlive the panel.
class DashboardRunPanel final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardRunPanel(Workspace &workspace, QWidget *parent = nullptr);
    ~DashboardRunPanel() override;

    /// Opens the run dialog (non-blocking); accepting it starts the run.
    BenchRunDialog *openDialog();
    /// Starts a new run; prices given are stored with it for its cost.
    void startRun(const BenchRunConfig &config, const BenchPricing &pricing = {});
    /// Resumes a paused or cancelled run.
    void resumeRun(qint64 runId);
    bool isRunning() const;
    qint64 currentRunId() const { return m_runId; }

    QPushButton *newRunButton() const { return m_new; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_bar; }
    QLabel *statusLabel() const { return m_status; }
    QListWidget *errorList() const { return m_errors; }

Q_SIGNALS:
    void runStarted(qint64 runId);
    /// Predictions of `runId` were stored.
    void saved(qint64 runId);
    void runFinished(qint64 runId, const QString &status);

private:
    void launch(const BenchRunConfig &config, qint64 runId, const BenchPricing &pricing = {});
    void updateButtons();

    Workspace &m_workspace;
    QPointer<BenchRunJob> m_job;
    qint64 m_runId = 0;
    bool m_running = false;
    QPushButton *m_new = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_errors = nullptr;
};

} // namespace brainmd
