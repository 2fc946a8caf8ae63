#pragma once

#include "workflows/SliceExportService.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace brainmd {

class JobRunner;
class Workspace;

/// File → Export representative slices: whose slices (a reader, the consensus, a
/// selection method), which formats (2D NIfTI in the BrainMD-select layout, DICOM key
/// objects "Best In Set") and where. The export is a job of the workspace (progress,
/// Close cancels it); the dialog then says what was written and what could not be.
class SliceExportDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SliceExportDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~SliceExportDialog() override;

    /// For tests: choose the source (its label, e.g. "reader:alice") and the folder.
    bool setSource(const QString &label);
    void setFolder(const QString &folder);
    QString resultText() const;

public Q_SLOTS:
    void startExport();

Q_SIGNALS:
    void finished(const brainmd::SliceExportReport &report);

private:
    void chooseFolder();
    void showReport(const SliceExportReport &report);

    Workspace &m_workspace;
    QComboBox *m_source;
    QCheckBox *m_nifti;
    QCheckBox *m_kos;
    QLineEdit *m_folder;
    QProgressBar *m_progress;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPointer<JobRunner> m_job;
};

} // namespace brainmd

Q_DECLARE_METATYPE(brainmd::SliceExportReport)
