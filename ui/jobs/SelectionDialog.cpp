#include "ui/jobs/SelectionDialog.h"

#include "db/SelectionService.h"
#include "jobs/JobStatus.h"
#include "votemi/Voting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace brainmd {

SelectionDialog::SelectionDialog(const Database &db, std::vector<qint64> caseIds, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_caseIds(std::move(caseIds))
    , m_service(new SelectionService(db, this))
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
    connect(m_cancelButton, &QPushButton::clicked, m_service, &SelectionService::cancel);
    connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::close);
    connect(&m_service->pool(), &JobPool::progressChanged, this, &SelectionDialog::onProgress);
    connect(m_service, &SelectionService::caseFinished, this, &SelectionDialog::onCase);
    connect(m_service, &SelectionService::finished, this, [this](const SelectionSummary &summary) {
        m_runButton->setEnabled(true);
        m_cancelButton->setEnabled(false);
        m_rate->setText(summary.cancelled
                            ? tr("Cancelled; %n case(s) stored.", nullptr, m_stored)
                            : tr("Done: %n case(s) stored in %1 s.", nullptr, m_stored)
                                  .arg(summary.seconds, 0, 'f', 1));
        Q_EMIT batchFinished(m_stored, summary.cancelled);
    });
}

SelectionDialog::~SelectionDialog() {
    m_service->cancel();
}

void SelectionDialog::setMethod(const QString &method) {
    m_method->setCurrentIndex(std::max(0, m_method->findData(method)));
}

void SelectionDialog::setVote(const QString &weighting, double windowMm) {
    m_weighting->setCurrentIndex(std::max(0, m_weighting->findData(weighting)));
    m_window->setValue(windowMm);
}

void SelectionDialog::setThreads(int threads) {
    m_threads = threads;
}

bool SelectionDialog::isRunning() const {
    return m_service->isRunning();
}

void SelectionDialog::run() {
    if (m_service->isRunning())
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
    if (request.parameters.embedder.name == "vae") {
        const QString error = SelectionService::prepareVaeWeights(m_db, &request, {}, nullptr);
        if (!error.isEmpty()) {
            m_rate->setText(tr("VAE: %1").arg(error));
            return;
        }
    }
    if (!m_service->start(request)) {
        m_rate->setText(m_service->summary().error);
        return;
    }
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_rate->setText(tr("Starting…"));
}

void SelectionDialog::onProgress(const JobStatus &status) {
    m_bar->setValue(static_cast<int>(status.fraction * 1000.0));
    QString eta = status.etaSeconds < 0 ? tr("estimating")
                                        : tr("%1 s left").arg(status.etaSeconds, 0, 'f', 0);
    m_rate->setText(tr("%1 of %2 cases · %3 cases/min · %4")
                        .arg(status.done)
                        .arg(status.total)
                        .arg(status.tasksPerSecond * 60.0, 0, 'f', 1)
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
