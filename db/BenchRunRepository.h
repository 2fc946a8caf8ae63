#pragma once

#include "bench/BenchRunner.h"
#include "bench/BenchScoring.h"
#include "bench/RunConfig.h"

#include <QMutex>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace brainmd {

class Database;

/// One stored run.
struct BenchRunRecord {
    qint64 id = 0;
    QString name;
    BenchRunConfig config;
    QString status; ///< created, running, paused, cancelled, finished
    QString message;
    QString createdAt;
    QString finishedAt;
    int predictions = 0;
    int errors = 0;
    QString apiKeySource; ///< where the key of the last execution came from; "" unknown
};

/// One stored request and response, for audits and the report's answer table.
struct StoredExchange {
    QString taskKey;
    QString requestJson; ///< images as "brainmd-image:sha256:<hex>"
    QString responseText;
    QString error;
};

/// Runs, their predictions and the response cache (tables bench_runs, predictions,
/// bench_responses, bench_images). Implements BenchStore for one run: cachedResponse()
/// may be called from any thread (each has its own connection), save() writes a batch
/// in one transaction.
class BenchRunRepository final : public BenchStore {
public:
    BenchRunRepository(const Database &db, qint64 runId = 0);
    /// Names recorded with cached responses.
    void setBackend(const QString &backend, const QString &model) {
        m_backend = backend;
        m_model = model;
    }

    /// Creates a run; returns its id (0 on error, `error` set).
    qint64 createRun(const BenchRunConfig &config, QString *error) const;
    std::optional<BenchRunRecord> run(qint64 id) const;
    /// The latest run with exactly this configuration (to resume it).
    std::optional<BenchRunRecord> latestRunWithConfig(const BenchRunConfig &config) const;
    std::vector<BenchRunRecord> runs() const;
    QString setStatus(qint64 runId, const QString &status, const QString &message) const;
    /// Records where the API key came from (createBenchBackend's keySource), for the
    /// report; never the key. "" or an error.
    QString setApiKeySource(qint64 runId, const QString &source) const;

    /// Task keys of the run that are done (answered, abstained, unparsed: not errors).
    QSet<QString> finishedTaskKeys(qint64 runId) const;
    std::vector<StoredPrediction> predictions(qint64 runId) const;
    std::optional<StoredExchange> exchange(qint64 runId, const QString &taskKey) const;
    /// The stored PNG with this SHA-256 hex, or empty.
    QByteArray image(const QString &hash) const;
    int responseCount() const;

    std::optional<ChatResponse> cachedResponse(const QString &requestHash) override;
    QString save(const std::vector<TaskOutcome> &outcomes) override;

private:
    const Database &m_db;
    qint64 m_runId;
    QString m_backend;
    QString m_model;
    QMutex m_mutex;
    QSet<QString> m_storedImages; ///< hashes known to be in bench_images
};

} // namespace brainmd
