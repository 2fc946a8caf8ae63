#include "ui/main/DeidentifyDialog.h"

#include "ui/jobs/JobRunner.h"
#include "ui/jobs/Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace brainmd {

namespace {
/// Problem lines shown in the dialog; the rest are counted (the CLI lists them all).
constexpr int kShownProblems = 20;
} // namespace

DeidentifyDialog::DeidentifyDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_descriptors(new QCheckBox(
          tr("Keep descriptions that hold no identifier of the header (Clean Descriptors)"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)) {
    setWindowTitle(tr("De-identified copy of DICOM files"));
    setMinimumWidth(560);
    auto *form = new QFormLayout(this);
    m_in = pathRow(tr("DICOM folder"), true, false);
    m_out = pathRow(tr("Output folder"), true, false);
    m_map = pathRow(tr("Private map file"), false, true);
    m_key = pathRow(tr("Key file"), false, false);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *run = m_buttons->addButton(tr("De-identify"), QDialogButtonBox::AcceptRole);
    connect(run, &QPushButton::clicked, this, &DeidentifyDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_job)
            m_job->cancel();
        reject();
    });
    form->addRow(QString(), m_descriptors);
    form->addRow(m_progress);
    form->addRow(m_result);
    form->addRow(m_buttons);
}

DeidentifyDialog::~DeidentifyDialog() {
    // The run writes into folders the user chose: stop it with the dialog.
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

QLineEdit *DeidentifyDialog::pathRow(const QString &label, bool folder, bool save) {
    auto *edit = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this, edit, label, folder, save] {
        const QString path =
            folder ? QFileDialog::getExistingDirectory(this, label, edit->text())
            : save ? QFileDialog::getSaveFileName(this, label, edit->text(), tr("JSON (*.json)"))
                   : QFileDialog::getOpenFileName(this, label, edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(edit);
    row->addWidget(browse);
    static_cast<QFormLayout *>(layout())->addRow(label, row);
    return edit;
}

void DeidentifyDialog::setPaths(const QString &in, const QString &out, const QString &map,
                                const QString &key) {
    m_in->setText(in);
    m_out->setText(out);
    m_map->setText(map);
    m_key->setText(key);
}

QString DeidentifyDialog::resultText() const {
    return m_result->text();
}

void DeidentifyDialog::start() {
    if (m_job)
        return;
    DeidentifyRequest request;
    request.inDir = m_in->text().trimmed();
    request.outDir = m_out->text().trimmed();
    request.mapPath = m_map->text().trimmed();
    request.options.cleanDescriptors = m_descriptors->isChecked();
    if (request.inDir.isEmpty() || request.outDir.isEmpty() || request.mapPath.isEmpty()) {
        m_result->setText(tr("Choose the DICOM folder, the output folder and the map file."));
        return;
    }
    QString error;
    request.key = PseudonymKey::fromFile(m_key->text().trimmed(), &error);
    if (!request.key.isValid()) {
        m_result->setText(error);
        return;
    }
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_result->setText(tr("De-identifying…"));
    auto report = std::make_shared<DeidentifyReport>();
    m_job = m_workspace.start(makeDeidentifyJob(
        std::move(request), [report](const DeidentifyReport &done) { *report = done; }));
    connect(m_job, &JobRunner::progressed, m_progress, &QProgressBar::setValue);
    connect(m_job, &JobRunner::finished, this, [this, report](bool cancelled) {
        m_job = nullptr;
        report->cancelled = report->cancelled || cancelled;
        showReport(*report);
    });
}

void DeidentifyDialog::showReport(const DeidentifyReport &report) {
    m_progress->setVisible(false);
    QStringList lines;
    if (!report.error.isEmpty())
        lines.append(report.error);
    if (report.filesSeen > 0 || report.error.isEmpty()) {
        lines.append(tr("%1 of %2 file(s) of %3 patient(s) de-identified into %4; %5 refused, "
                        "%6 failed. The map back to the patients is in %7: keep it apart.")
                         .arg(report.written)
                         .arg(report.filesSeen)
                         .arg(report.patients)
                         .arg(m_out->text())
                         .arg(report.refused.size())
                         .arg(report.failed.size())
                         .arg(m_map->text()));
    }
    if (report.cancelled)
        lines.append(tr("Cancelled before the end."));
    if (!report.containmentProblem.isEmpty())
        lines.append(report.containmentProblem);
    int shown = 0;
    for (const auto *list : {&report.refused, &report.failed}) {
        for (const DeidentifyReport::FileNote &file : *list) {
            if (shown++ < kShownProblems)
                lines.append(tr("%1: %2").arg(file.path, file.reason));
        }
    }
    if (shown > kShownProblems)
        lines.append(
            tr("… and %1 more (brainmd deidentify lists them all).").arg(shown - kShownProblems));
    m_result->setText(lines.join(QLatin1Char('\n')));
    adjustSize();
    Q_EMIT finished(report);
}

} // namespace brainmd
