#include "ui/main/SelectionDialog.h"

#include "jobs/JobStatus.h"
#include "ui/jobs/JobRunner.h"
#include "ui/jobs/Workspace.h"
#include "votemi/Voting.h"
#include "workflows/SelectionService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace brainmd {

SelectionDialog::SelectionDialog(Workspace &workspace, std::vector<qint64> caseIds, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_caseIds(std::move(caseIds))
    , m_method(new QComboBox(this))
    , m_embedder(new QComboBox(this))
    , m_weighting(new QComboBox(this))
    , m_window(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_force(new QCheckBox(tr("Recompute cases already selected"), this))
    , m_bar(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_runButton(new QPushButton(tr("Run"), this))
    , m_cancelButton(new QPushButton(tr("Cancel run"), this)) {
    setWindowTitle(tr("Select representative slices"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("%n case(s) chosen.", nullptr, static_cast<int>(m_caseIds.size())), this));
    auto *form = new QFormLayout;
    m_method->addItem(tr("Vote-MI"), QStringLiteral("votemi"));
    m_method->addItem(tr("Random slice (baseline)"), QStringLiteral("random"));
    m_method->addItem(tr("Centre slice (baseline)"), QStringLiteral("centre"));
    m_embedder->addItem(tr("PCA (fast)"), QStringLiteral("pca"));
    m_embedder->addItem(tr("VAE (reference study)"), QStringLiteral("vae"));
    m_weighting->addItem(tr("By the patches each stands for (default)"),
                         QStringLiteral("coverage"));
    m_weighting->addItem(tr("One per patch (reference study)"), QStringLiteral("uniform"));
    m_weighting->addItem(tr("Equal per cluster"), QStringLiteral("cluster-balanced"));
    m_weighting->addItem(tr("By left-right asymmetry (one-sided lesions)"),
                         QStringLiteral("asymmetry"));
    m_weighting->setObjectName(QStringLiteral("voteWeighting"));
    m_window->setObjectName(QStringLiteral("voteWindow"));
    const SelectionParameters defaults;
    m_window->setRange(0.0, 50.0);
    m_window->setDecimals(1);
    m_window->setSuffix(tr(" mm"));
    m_window->setValue(defaults.voteWindowMm);
    m_window->setToolTip(tr("The slice whose ± window holds the most votes wins; 0 takes the "
                            "single slice with the most votes, as the reference study did."));
    m_seed->setRange(0, 1000000);
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Embedder"), m_embedder);
    form->addRow(tr("Votes"), m_weighting);
    form->addRow(tr("Vote window"), m_window);
    form->addRow(tr("Seed"), m_seed);
    // The embedder and the vote only mean something for Vote-MI.
    const auto enableVoteMiControls = [this] {
        const bool voteMi = m_method->currentData().toString() == QLatin1String("votemi");
        for (QWidget *w : std::initializer_list<QWidget *>{m_embedder, m_weighting, m_window})
            w->setEnabled(voteMi);
    };
    connect(m_method, &QComboBox::currentIndexChanged, this, enableVoteMiControls);
    form->addRow(QString(), m_force);
    layout->addLayout(form);
    m_bar->setRange(0, 1000);
    layout->addWidget(m_bar);
    layout->addWidget(m_rate);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_runButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    m_cancelButton->setEnabled(false);
    connect(m_runButton, &QPushButton::clicked, this, &SelectionDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &SelectionDialog::cancelRun);
    connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::close);
}

SelectionDialog::~SelectionDialog() {
    cancelRun();
    if (m_job)
        m_job->wait();
}

void SelectionDialog::cancelRun() {
    if (m_job)
        m_job->cancel();
}

void SelectionDialog::setMethod(const QString &method) {
    m_method->setCurrentIndex(std::max(0, m_method->findData(method)));
}

void SelectionDialog::setVote(const QString &weighting, double windowMm) {
    m_weighting->setCurrentIndex(std::max(0, m_weighting->findData(weighting)));
    m_window->setValue(windowMm);
}

void SelectionDialog::setEmbedder(const QString &embedder) {
    m_embedder->setCurrentIndex(std::max(0, m_embedder->findData(embedder)));
}

void SelectionDialog::setThreads(int threads) {
    m_threads = threads;
}

bool SelectionDialog::isRunning() const {
    return m_job && m_job->isRunning();
}

void SelectionDialog::run() {
    if (isRunning() || !m_workspace.storage())
        return;
    SelectionRequest request;
    request.method = m_method->currentData().toString();
    request.parameters.embedder.name = m_embedder->currentData().toString().toStdString();
    request.parameters.seed = static_cast<std::uint64_t>(m_seed->value());
    if (const auto weighting =
            parseVoteWeighting(m_weighting->currentData().toString().toStdString()))
        request.parameters.weighting = *weighting;
    request.parameters.voteWindowMm = m_window->value();
    request.caseIds = m_caseIds;
    request.force = m_force->isChecked();
    // Leave one core to the GUI thread so the viewer stays fluid.
    request.threads = m_threads > 0 ? m_threads : std::max(1, QThread::idealThreadCount() - 1);
    m_stored = 0;
    struct Outcome {
        SelectionSummary summary;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    const std::shared_ptr<const StudyStorage> storage = m_workspace.storage();
    m_job = m_workspace.start(makeJob(
        tr("Selecting slices"),
        [this, storage, request, outcome](ProgressReporter &progress, const CancelFlag &) mutable {
            const bool vae = request.parameters.embedder.name == "vae";
            // Training the VAE takes most of a VAE batch: give it the first 40 %.
            SubProgress training(&progress, 0.0, 0.4);
            if (vae) {
                outcome->error =
                    SelectionService::prepareVaeWeights(*storage, &request, {}, &training);
                if (!outcome->error.isEmpty())
                    return;
            }
            SubProgress selecting(&progress, vae ? 0.4 : 0.0, 1.0);
            SelectionService service(storage);
            // The service lives in this thread; its signals reach the dialog queued.
            connect(&service.pool(), &JobPool::progressChanged, this, &SelectionDialog::onProgress);
            connect(&service, &SelectionService::caseFinished, this, &SelectionDialog::onCase);
            outcome->summary = service.run(request, &selecting);
            if (!outcome->summary.error.isEmpty())
                outcome->error = outcome->summary.error;
        }));
    connect(m_job, &JobRunner::progressed, this, [this](int permille, const QString &message) {
        m_bar->setValue(permille);
        if (!message.isEmpty() && m_stored == 0)
            m_rate->setText(message);
    });
    connect(m_job, &JobRunner::finished, this, [this, outcome](bool cancelled) {
        m_runButton->setEnabled(true);
        m_cancelButton->setEnabled(false);
        if (!outcome->error.isEmpty() && !cancelled)
            m_rate->setText(tr("Could not run: %1").arg(outcome->error));
        else
            m_rate->setText(cancelled || outcome->summary.cancelled
                                ? tr("Cancelled; %n case(s) stored.", nullptr, m_stored)
                                : tr("Done: %n case(s) stored in %1 s.", nullptr, m_stored)
                                      .arg(QLocale().toString(outcome->summary.seconds, 'f', 1)));
        Q_EMIT batchFinished(m_stored, cancelled || outcome->summary.cancelled);
    });
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_rate->setText(tr("Starting…"));
}

void SelectionDialog::onProgress(const JobStatus &status) {
    m_bar->setValue(static_cast<int>(status.fraction * 1000.0));
    const QLocale locale;
    QString eta = status.etaSeconds < 0
                      ? tr("estimating")
                      : tr("%1 s left").arg(locale.toString(status.etaSeconds, 'f', 0));
    m_rate->setText(tr("%1 of %2 cases · %3 cases/min · %4")
                        .arg(status.done)
                        .arg(status.total)
                        .arg(locale.toString(status.tasksPerSecond * 60.0, 'f', 1))
                        .arg(eta));
}

void SelectionDialog::onCase(const CaseSelectionOutcome &outcome) {
    if (outcome.status == CaseSelectionStatus::Stored ||
        outcome.status == CaseSelectionStatus::Revised) {
        ++m_stored;
        Q_EMIT caseStored(outcome.caseId);
    }
}

} // namespace brainmd
