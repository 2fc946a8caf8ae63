#include "workflows/SelectionService.h"

#include "jobs/JobContext.h"
#include "ports/CaseCatalog.h"
#include "ports/StudyStorage.h"
#include "votemi/VoteMiSelector.h"
#include "workflows/SelectionIdentity.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace brainmd {

namespace {
using ResultPointer = std::shared_ptr<SelectionResult>;
} // namespace

QString caseSelectionStatusName(CaseSelectionStatus status) {
    switch (status) {
    case CaseSelectionStatus::Stored:
        return QStringLiteral("stored");
    case CaseSelectionStatus::Revised:
        return QStringLiteral("revised");
    case CaseSelectionStatus::Identical:
        return QStringLiteral("identical");
    case CaseSelectionStatus::Skipped:
        return QStringLiteral("skipped");
    case CaseSelectionStatus::Failed:
        return QStringLiteral("failed");
    case CaseSelectionStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

int SelectionSummary::count(CaseSelectionStatus status) const {
    return static_cast<int>(
        std::count_if(outcomes.begin(), outcomes.end(),
                      [status](const CaseSelectionOutcome &o) { return o.status == status; }));
}

SelectionService::SelectionService(std::shared_ptr<const StudyStorage> storage, QObject *parent)
    : QObject(parent)
    , m_storage(std::move(storage)) {
    connect(&m_pool, &JobPool::taskFinished, this, &SelectionService::onTaskFinished);
    connect(&m_pool, &JobPool::finished, this, &SelectionService::onPoolFinished);
}

bool SelectionService::start(const SelectionRequest &request, ProgressReporter *progress) {
    if (m_pool.isRunning())
        return false;
    m_request = request;
    m_request.parameters.keepDebug = request.keepResults;
    m_summary = {};
    m_taskOutcome.clear();
    m_taskCases.clear();
    m_clock.start();
    m_selector = createSliceSelector(request.method.toStdString());
    if (!m_selector) {
        m_summary.error = tr("unknown selection method '%1'").arg(request.method);
        return false;
    }
    if (request.method == QLatin1String("votemi")) {
        m_summary.error = checkSelectionParameters(m_request.parameters);
        if (m_summary.error.isEmpty() && m_request.parameters.embedder.name == "vae" &&
            m_request.vaeWeightsPath.isEmpty())
            m_summary.error = tr("the VAE weights were not prepared");
        if (!m_summary.error.isEmpty())
            return false;
        m_request.parameters.embedder.weightsPath = m_request.vaeWeightsPath.toStdString();
    }
    m_requested = selectionRequestedParameters(request.method, m_request.parameters,
                                               request.vaeWeightsSha256);
    const QString hash = selectionParameterHash(m_requested);
    const std::unique_ptr<SelectionStore> selections = m_storage->selections();
    const std::unique_ptr<CaseCatalog> cases = m_storage->cases();
    for (const qint64 caseId : request.caseIds) {
        CaseSelectionOutcome outcome;
        outcome.caseId = caseId;
        const std::optional<CaseSummary> summary = cases->caseById(caseId);
        outcome.caseKey = summary ? summary->caseKey : QString::number(caseId);
        std::optional<StoredSelection> existing = selections->latest(caseId, request.method, hash);
        if (existing)
            outcome.selection = std::move(*existing);
        if (!summary) {
            outcome.error = tr("no case with id %1").arg(caseId);
        } else if (existing && !request.force) {
            outcome.status = CaseSelectionStatus::Skipped;
        } else {
            outcome.status = CaseSelectionStatus::Cancelled; // until its task reports
            m_taskOutcome.push_back(static_cast<int>(m_summary.outcomes.size()));
            m_taskCases.push_back(caseId);
        }
        m_summary.outcomes.push_back(std::move(outcome));
    }
    for (const CaseSelectionOutcome &outcome : m_summary.outcomes) {
        if (outcome.status != CaseSelectionStatus::Cancelled)
            Q_EMIT caseFinished(outcome);
    }
    m_pool.setThreadCount(request.threads);
    m_pool.setProgressReporter(progress);
    return m_pool.start(
        static_cast<int>(m_taskOutcome.size()),
        [this](int task, JobContext &context) { return computeCase(task, context); });
}

SelectionSummary SelectionService::run(const SelectionRequest &request,
                                       ProgressReporter *progress) {
    if (start(request, progress))
        m_pool.waitForFinished();
    return m_summary;
}

QVariant SelectionService::computeCase(int task, JobContext &context) const {
    // Runs in a worker thread: reads only what start() prepared, which no one changes
    // until the pool has finished.
    const qint64 caseId = m_taskCases[static_cast<std::size_t>(task)];
    QElapsedTimer clock;
    clock.start();
    CachedVolume loaded = m_storage->cases()->volumeFor(caseId);
    auto result = std::make_shared<SelectionResult>();
    if (!loaded.ok()) {
        result->method = m_request.method.toStdString();
        result->error = loaded.error;
    } else {
        const Volume ras = reorientToRas(loaded.volume);
        *result = m_selector->select(ras, m_request.parameters, &context);
    }
    result->timings.push_back({"total", clock.elapsed() / 1000.0});
    return QVariant::fromValue(ResultPointer(std::move(result)));
}

void SelectionService::onTaskFinished(int task, const QVariant &value) {
    CaseSelectionOutcome &outcome =
        m_summary.outcomes[static_cast<std::size_t>(m_taskOutcome[task])];
    const auto result = value.value<ResultPointer>();
    if (!result) {
        outcome.status = CaseSelectionStatus::Failed;
        outcome.error = tr("the selection stopped with an internal error");
    } else {
        outcome.seconds = result->timings.empty() ? 0.0 : result->timings.back().seconds;
        if (m_request.keepResults)
            outcome.result = result;
        if (result->cancelled) {
            outcome.status = CaseSelectionStatus::Cancelled;
        } else if (!result->error.isEmpty()) {
            outcome.status = CaseSelectionStatus::Failed;
            outcome.error = result->error;
        } else {
            storeResult(&outcome, *result);
        }
    }
    Q_EMIT caseFinished(outcome);
}

void SelectionService::storeResult(CaseSelectionOutcome *outcome,
                                   const SelectionResult &result) const {
    StoredSelection fresh =
        selectionFromResult(outcome->caseId, result, m_requested, m_request.vaeWeightsPath);
    fresh.caseKey = outcome->caseKey;
    const bool hadOne = outcome->selection.id != 0;
    if (hadOne && fresh.sameResultAs(outcome->selection)) {
        outcome->status = CaseSelectionStatus::Identical;
        return;
    }
    if (const QString error = m_storage->selections()->insert(&fresh); !error.isEmpty()) {
        outcome->status = CaseSelectionStatus::Failed;
        outcome->error = error;
        return;
    }
    outcome->status = hadOne ? CaseSelectionStatus::Revised : CaseSelectionStatus::Stored;
    outcome->selection = std::move(fresh);
}

void SelectionService::onPoolFinished(bool cancelled) {
    m_summary.cancelled = cancelled;
    m_summary.seconds = m_clock.elapsed() / 1000.0;
    Q_EMIT finished(m_summary);
}

} // namespace brainmd
