#pragma once

#include "jobs/JobPool.h"
#include "ports/SelectionStore.h"
#include "votemi/SliceSelector.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace brainmd {

class StudyStorage;
class ProgressReporter;

/// What a batch of slice selections asks for.
struct SelectionRequest {
    QString method = QStringLiteral("votemi"); ///< "votemi", "random" or "centre"
    SelectionParameters parameters;
    std::vector<qint64> caseIds; ///< in this order; results do not depend on it
    /// Recompute cases already selected with the same parameters; a new revision is stored
    /// only when the result differs, otherwise the case is reported as Identical.
    bool force = false;
    int threads = 0;          ///< worker threads; ≤ 0: one per core
    bool keepResults = false; ///< keep each full SelectionResult in its outcome (debug)
    /// For embedder "vae": the weights file every case uses (see prepareVaeWeights) and
    /// its SHA-256, which is part of the parameter hash.
    QString vaeWeightsPath;
    QString vaeWeightsSha256;
};

enum class CaseSelectionStatus {
    Stored,    ///< computed and stored as revision 1
    Revised,   ///< --force: computed, differed from the stored one, stored as a new revision
    Identical, ///< --force: computed, equal to the stored one, nothing stored
    Skipped,   ///< already stored with the same parameters, not computed
    Failed,    ///< the volume could not be read, the selector or the database failed
    Cancelled  ///< stopped before it finished; nothing stored
};

/// "stored", "revised", "identical", "skipped", "failed", "cancelled".
QString caseSelectionStatusName(CaseSelectionStatus status);

/// What happened to one case of a batch.
struct CaseSelectionOutcome {
    qint64 caseId = 0;
    QString caseKey;
    CaseSelectionStatus status = CaseSelectionStatus::Failed;
    StoredSelection selection; ///< the stored one (new or existing); empty when none
    QString error;
    double seconds = 0.0;                          ///< wall time of the computation in its worker
    std::shared_ptr<const SelectionResult> result; ///< when SelectionRequest::keepResults
};

struct SelectionSummary {
    std::vector<CaseSelectionOutcome> outcomes; ///< in the order of SelectionRequest::caseIds
    bool cancelled = false;
    QString error; ///< a request that could not start (unknown method, bad parameters)
    double seconds = 0.0;
    int count(CaseSelectionStatus status) const;
};

/// Runs a slice selector over cases on a JobPool and stores each result as it arrives
/// (one transaction per case, in the owner's thread), so a cancelled batch keeps every
/// case that finished and never leaves half a selection. Workers load volumes through
/// their own database connection and reorient them to RAS. The stored results do not
/// depend on the thread count: every case is computed alone with the request's seed.
class SelectionService final : public QObject {
    Q_OBJECT

public:
    explicit SelectionService(std::shared_ptr<const StudyStorage> storage,
                              QObject *parent = nullptr);

    /// Starts the batch; cases already stored (unless force) are reported as Skipped at
    /// once. False (and `summary().error`) when the request cannot start.
    bool start(const SelectionRequest &request, ProgressReporter *progress = nullptr);
    /// Runs the batch to its end in a local event loop and returns the summary.
    SelectionSummary run(const SelectionRequest &request, ProgressReporter *progress = nullptr);
    void cancel() { m_pool.cancel(); }
    bool isRunning() const { return m_pool.isRunning(); }
    const SelectionSummary &summary() const { return m_summary; }
    JobPool &pool() { return m_pool; }

    /// For embedder "vae": fits one VAE on the patches of all `request->caseIds` (or uses
    /// `weightsFile` when given), stores the weights in "<db>.cache/vae/<sha256>.bmdvae" and
    /// sets request->vaeWeightsPath / vaeWeightsSha256. Returns "" or the error.
    static QString prepareVaeWeights(const StudyStorage &storage, SelectionRequest *request,
                                     const QString &weightsFile, ProgressReporter *progress);

Q_SIGNALS:
    void caseFinished(const brainmd::CaseSelectionOutcome &outcome);
    void finished(const brainmd::SelectionSummary &summary);

private:
    QVariant computeCase(int task, JobContext &context) const;
    void onTaskFinished(int task, const QVariant &result);
    void storeResult(CaseSelectionOutcome *outcome, const SelectionResult &result) const;
    void onPoolFinished(bool cancelled);

    std::shared_ptr<const StudyStorage> m_storage;
    JobPool m_pool;
    SelectionRequest m_request;
    std::unique_ptr<SliceSelector> m_selector;
    QJsonObject m_requested;
    SelectionSummary m_summary;
    std::vector<int> m_taskOutcome;  ///< task index → index in m_summary.outcomes
    std::vector<qint64> m_taskCases; ///< task index → case id (read by the workers)
    QElapsedTimer m_clock;
};

} // namespace brainmd
