#pragma once

#include "workflows/DeidentifyService.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace brainmd {

class JobRunner;
class Workspace;

/// File → De-identified copy of DICOM files: the same workflow as `brainmd deidentify`
/// (DeidentifyService.h) with its four paths and the Clean Descriptors option. It runs as
/// a job of the workspace (progress; Close cancels it) and then lists what was written,
/// refused (burned-in annotation) and could not be read, and where the private map is.
class DeidentifyDialog final : public QDialog {
    Q_OBJECT

public:
    explicit DeidentifyDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~DeidentifyDialog() override;

    /// For tests: the paths the fields hold.
    void setPaths(const QString &in, const QString &out, const QString &map, const QString &key);
    QString resultText() const;

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void finished(const brainmd::DeidentifyReport &report);

private:
    QLineEdit *pathRow(const QString &label, bool folder, bool save);
    void showReport(const DeidentifyReport &report);

    Workspace &m_workspace;
    QLineEdit *m_in;
    QLineEdit *m_out;
    QLineEdit *m_map;
    QLineEdit *m_key;
    QCheckBox *m_descriptors;
    QProgressBar *m_progress;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPointer<JobRunner> m_job;
};

} // namespace brainmd

Q_DECLARE_METATYPE(brainmd::DeidentifyReport)
