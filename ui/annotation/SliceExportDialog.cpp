#include "ui/annotation/SliceExportDialog.h"

#include "db/ReaderRepository.h"
#include "ui/jobs/JobRunner.h"
#include "ui/jobs/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace brainmd {

SliceExportDialog::SliceExportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_source(new QComboBox(this))
    , m_nifti(new QCheckBox(tr("2D NIfTI per slice (BrainMD-select)"), this))
    , m_kos(new QCheckBox(tr("DICOM key object \"Best In Set\" per case"), this))
    , m_folder(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)) {
    setWindowTitle(tr("Export representative slices"));
    setMinimumWidth(520);
    m_source->addItem(tr("Consensus"), QStringLiteral("consensus"));
    for (const Reader &reader : ReaderRepository(workspace.database()).readers())
        m_source->addItem(tr("Reader %1").arg(reader.name),
                          QStringLiteral("reader:") + reader.name);
    for (const QString &method :
         {QStringLiteral("votemi"), QStringLiteral("centre"), QStringLiteral("random")})
        m_source->addItem(tr("Selection: %1").arg(method), QStringLiteral("method:") + method);
    m_nifti->setChecked(true);
    m_kos->setChecked(true);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &SliceExportDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *start = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    connect(start, &QPushButton::clicked, this, &SliceExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_job)
            m_job->cancel();
        reject();
    });

    auto *form = new QFormLayout(this);
    form->addRow(tr("Slices of"), m_source);
    form->addRow(tr("Formats"), m_nifti);
    form->addRow(QString(), m_kos);
    form->addRow(tr("Folder"), folderRow);
    form->addRow(m_progress);
    form->addRow(m_result);
    form->addRow(m_buttons);
}

SliceExportDialog::~SliceExportDialog() {
    // The export writes files the user chose: stop it with the dialog rather than leave
    // a half-written folder being filled behind a closed window.
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

bool SliceExportDialog::setSource(const QString &label) {
    const int index = m_source->findData(label);
    if (index >= 0)
        m_source->setCurrentIndex(index);
    return index >= 0;
}

void SliceExportDialog::setFolder(const QString &folder) {
    m_folder->setText(folder);
}

QString SliceExportDialog::resultText() const {
    return m_result->text();
}

void SliceExportDialog::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export representative slices"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void SliceExportDialog::startExport() {
    if (m_job || !m_workspace.storage())
        return;
    QString error;
    const auto source = SliceSource::parse(m_source->currentData().toString(), &error);
    SliceExportOptions options;
    options.outDir = m_folder->text().trimmed();
    options.nifti = m_nifti->isChecked();
    options.kos = m_kos->isChecked();
    if (options.outDir.isEmpty() || (!options.nifti && !options.kos) || !source) {
        m_result->setText(!source                    ? error
                          : options.outDir.isEmpty() ? tr("Choose a folder first.")
                                                     : tr("Choose at least one format."));
        return;
    }
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_result->setText(tr("Exporting…"));
    auto report = std::make_shared<SliceExportReport>();
    const std::shared_ptr<const StudyStorage> storage = m_workspace.storage();
    m_job = m_workspace.start(
        makeJob(tr("Exporting slices"), [storage, source = *source, options,
                                         report](ProgressReporter &progress, const CancelFlag &) {
            *report = exportSlices(*storage, source, {}, options, &progress);
        }));
    connect(m_job, &JobRunner::progressed, m_progress, &QProgressBar::setValue);
    connect(m_job, &JobRunner::finished, this, [this, report](bool cancelled) {
        m_job = nullptr;
        report->cancelled = report->cancelled || cancelled;
        showReport(*report);
    });
}

void SliceExportDialog::showReport(const SliceExportReport &report) {
    m_progress->setVisible(false);
    QString text;
    if (!report.error.isEmpty()) {
        text = report.error;
    } else {
        text = tr("%n case(s) exported, %1 file(s) written to %2.", nullptr, report.cases)
                   .arg(report.files.size())
                   .arg(m_folder->text());
        if (report.cancelled)
            text += QLatin1Char(' ') + tr("Cancelled before the end.");
        for (const QString &note : report.notes)
            text += QLatin1Char('\n') + note;
    }
    m_result->setText(text);
    adjustSize(); // the summary may need more lines than the empty label had
    Q_EMIT finished(report);
}

} // namespace brainmd
