#pragma once

#include <QDialog>
#include <QPointer>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace brainmd {

class JobRunner;
class Workspace;
struct CaseSelectionOutcome;
struct JobStatus;

/// Runs Vote-MI or a baseline over chosen cases from the GUI: method and parameters,
/// then a progress bar with rate and ETA and a Cancel button. The whole batch — training
/// the VAE first when that embedder is chosen — is one job of the workspace (a thread of
/// its own, with the per-case pool of SelectionService inside), so the GUI thread only
/// draws; each stored case is announced by caseStored() as it arrives, so the case table
/// can update while the rest runs. Closing the dialog cancels the batch and waits for it.
class SelectionDialog final : public QDialog {
    Q_OBJECT

public:
    SelectionDialog(Workspace &workspace, std::vector<qint64> caseIds, QWidget *parent = nullptr);
    ~SelectionDialog() override;

    /// Starts the batch with the chosen settings (the Run button calls it).
    void run();
    bool isRunning() const;
    void setMethod(const QString &method);
    /// Vote-MI's vote: weighting name (voteWeightingName) and window half-width in mm.
    void setVote(const QString &weighting, double windowMm);
    void setThreads(int threads);
    /// "pca" or "vae" (trained on the chosen cases first, in the same job).
    void setEmbedder(const QString &embedder);

Q_SIGNALS:
    void caseStored(qint64 caseId);
    void batchFinished(int stored, bool cancelled);

private:
    void onProgress(const JobStatus &status);
    void onCase(const CaseSelectionOutcome &outcome);
    void cancelRun();

    Workspace &m_workspace;
    std::vector<qint64> m_caseIds;
    QPointer<JobRunner> m_job;
    QComboBox *m_method;
    QComboBox *m_embedder;
    QComboBox *m_weighting;
    QDoubleSpinBox *m_window;
    QSpinBox *m_seed;
    QCheckBox *m_force;
    QProgressBar *m_bar;
    QLabel *m_rate;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    int m_threads = 0;
    int m_stored = 0;
};

} // namespace brainmd
