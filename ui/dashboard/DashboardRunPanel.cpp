#include "ui/dashboard/DashboardRunPanel.h"

#include "db/BenchRunRepository.h"
#include "ui/dashboard/BenchRunDialog.h"
#include "ui/dashboard/BenchRunJob.h"
#include "ui/jobs/Workspace.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace brainmd {

namespace {

QString duration(double seconds) {
    if (seconds < 0)
        return QStringLiteral("–");
    const int s = static_cast<int>(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

DashboardRunPanel::DashboardRunPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    m_new = new QPushButton(tr("New run…"));
    m_pause = new QPushButton(tr("Pause"));
    m_resume = new QPushButton(tr("Resume"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_bar = new QProgressBar;
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_status = new QLabel(tr("No run in progress."));
    m_errors = new QListWidget;
    m_errors->setMaximumHeight(90);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_new, 0, 0);
    layout->addWidget(m_pause, 0, 1);
    layout->addWidget(m_resume, 0, 2);
    layout->addWidget(m_cancel, 0, 3);
    layout->addWidget(m_bar, 0, 4);
    layout->addWidget(m_status, 1, 0, 1, 5);
    layout->addWidget(m_errors, 2, 0, 1, 5);
    layout->setColumnStretch(4, 1);
    connect(m_new, &QPushButton::clicked, this, &DashboardRunPanel::openDialog);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->pause();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] { resumeRun(m_runId); });
    updateButtons();
}

DashboardRunPanel::~DashboardRunPanel() = default;

BenchRunDialog *DashboardRunPanel::openDialog() {
    auto *dialog = new BenchRunDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStorage(m_workspace.storage());
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startRun(dialog->config(), dialog->pricing()); });
    dialog->open();
    return dialog;
}

bool DashboardRunPanel::isRunning() const {
    return m_running;
}

void DashboardRunPanel::startRun(const BenchRunConfig &config, const BenchPricing &pricing) {
    launch(config, 0, pricing);
}

void DashboardRunPanel::resumeRun(qint64 runId) {
    const auto run = BenchRunRepository(m_workspace.database()).run(runId);
    if (!run || isRunning())
        return;
    launch(run->config, runId);
}

void DashboardRunPanel::launch(const BenchRunConfig &config, qint64 runId,
                               const BenchPricing &pricing) {
    if (isRunning())
        return;
    m_errors->clear();
    m_status->setText(tr("Planning the run…"));
    m_bar->setRange(0, 0);
    auto *job = new BenchRunJob(m_workspace, config, runId, this);
    job->setPricing(pricing);
    m_job = job;
    m_running = true;
    connect(job, &BenchRunJob::runCreated, this, [this](qint64 id) {
        m_runId = id;
        Q_EMIT runStarted(id);
    });
    connect(job, &BenchRunJob::planned, this, [this](int total, int done) {
        m_bar->setRange(0, std::max(1, total));
        m_bar->setValue(0);
        m_status->setText(tr("%1 requests to send (%2 already answered).").arg(total).arg(done));
    });
    connect(job, &BenchRunJob::progressed, this,
            [this](int done, int total, double rate, double eta) {
                m_bar->setRange(0, std::max(1, total));
                m_bar->setValue(done);
                m_status->setText(tr("%1 of %2 requests · %3 per second · about %4 left")
                                      .arg(done)
                                      .arg(total)
                                      .arg(QLocale().toString(rate, 'f', 1), duration(eta)));
            });
    connect(job, &BenchRunJob::saved, this, [this] { Q_EMIT saved(m_runId); });
    connect(job, &BenchRunJob::notice, this,
            [this](const QString &message) { m_status->setText(message); });
    connect(job, &BenchRunJob::itemError, this,
            [this](const QString &message) { m_errors->addItem(message); });
    connect(job, &BenchRunJob::finished, this,
            [this, job](qint64 id, const QString &status, const QString &message) {
                m_runId = id;
                m_status->setText(message.isEmpty()
                                      ? tr("Run %1 %2.").arg(id).arg(status)
                                      : tr("Run %1 %2: %3").arg(id).arg(status, message));
                if (m_bar->maximum() == 0)
                    m_bar->setRange(0, 1);
                job->deleteLater();
                m_running = false;
                updateButtons();
                Q_EMIT runFinished(id, status);
            });
    job->start();
    updateButtons();
}

void DashboardRunPanel::updateButtons() {
    const bool running = m_running;
    m_new->setEnabled(!running);
    m_pause->setEnabled(running);
    m_cancel->setEnabled(running);
    m_resume->setEnabled(!running && m_runId != 0);
}

} // namespace brainmd
