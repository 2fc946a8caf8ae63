#pragma once

#include "bench/BenchRunner.h"
#include "bench/BenchScoring.h"
#include "bench/CostEstimate.h"
#include "bench/RunConfig.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace brainmd {

/// One stored run.
struct BenchRunRecord {
    qint64 id = 0;
    QString name;
    BenchRunConfig config;
    QString status; ///< created, running, paused, cancelled, finished, failed
    QString message;
    QString createdAt;
    QString finishedAt;
    int predictions = 0;
    int errors = 0;
    QString apiKeySource; ///< where the key of the last execution came from; "" unknown
    /// What the run's images showed of the lesions (visibilityJson()); "" before planning.
    QByteArray visibilityJson;
    /// The example pool and the evaluated cases (benchSplitJson()); "" before planning.
    QByteArray splitJson;
    /// The slices each case showed per source (shownSlicesJson()); "" before planning or
    /// for runs planned before slices were recorded.
    QByteArray shownSlicesJson;
    /// The price per million tokens given for the run (benchPricingJson()); "" none.
    QByteArray pricingJson;
    /// The BrainMD build that created the run ("1.2.0 (git abc1234)"); "" before it was kept.
    QString softwareVersion;
};

/// One stored request and response, for audits and the report's answer table.
struct StoredExchange {
    QString taskKey;
    QString requestJson; ///< images as "brainmd-image:sha256:<hex>"
    QString responseText;
    QString error;
};

/// Storage port: BrainBench runs and their predictions (implemented in db/).
class BenchRunCatalog {
public:
    virtual ~BenchRunCatalog() = default;
    /// Creates a run; returns its id (0 on error, `error` set).
    virtual qint64 createRun(const BenchRunConfig &config, QString *error) const = 0;
    virtual std::optional<BenchRunRecord> run(qint64 id) const = 0;
    /// The latest run with exactly this configuration (to resume it).
    virtual std::optional<BenchRunRecord>
    latestRunWithConfig(const BenchRunConfig &config) const = 0;
    virtual std::vector<BenchRunRecord> runs() const = 0;
    virtual QString setStatus(qint64 runId, const QString &status,
                              const QString &message) const = 0;
    /// Records where the API key of this execution came from (never the key). "" or error.
    virtual QString setApiKeySource(qint64 runId, const QString &source) const = 0;
    /// Stores what the planned run's images show of the lesions (visibilityJson()).
    virtual QString setVisibility(qint64 runId, const QByteArray &json) const = 0;
    /// Stores the planned run's example pool and evaluated cases (benchSplitJson()).
    virtual QString setSplit(qint64 runId, const QByteArray &json) const = 0;
    /// Stores the slices the planned run shows (shownSlicesJson()).
    virtual QString setShownSlices(qint64 runId, const QByteArray &json) const = 0;
    /// Stores the price per million tokens given for the run (benchPricingJson()).
    virtual QString setPricing(qint64 runId, const QByteArray &json) const = 0;
    /// The requests the run sent itself and their tokens (errors and cached answers apart).
    virtual BenchUsage usage(qint64 runId) const = 0;
    /// Task keys of the run that are done (answered, abstained, unparsed: not errors).
    virtual QSet<QString> finishedTaskKeys(qint64 runId) const = 0;
    virtual std::vector<StoredPrediction> predictions(qint64 runId) const = 0;
    virtual std::optional<StoredExchange> exchange(qint64 runId, const QString &taskKey) const = 0;
    /// The stored PNG with this SHA-256 hex, or empty.
    virtual QByteArray image(const QString &hash) const = 0;
};

/// Where one run keeps its responses and predictions, recording the backend's names.
class BenchRunStore : public BenchStore {
public:
    virtual void setBackend(const QString &backend, const QString &model) = 0;
};

} // namespace brainmd
