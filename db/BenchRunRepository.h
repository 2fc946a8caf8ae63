#pragma once

#include "ports/BenchRunCatalog.h"

#include <QMutex>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace brainmd {

class Database;

/// Runs, their predictions and the response cache (tables bench_runs, predictions,
/// bench_responses, bench_images). Implements BenchStore for one run: cachedResponse()
/// may be called from any thread (each has its own connection), save() writes a batch
/// in one transaction.
class BenchRunRepository final : public BenchRunCatalog, public BenchRunStore {
public:
    BenchRunRepository(const Database &db, qint64 runId = 0);
    /// Names recorded with cached responses.
    void setBackend(const QString &backend, const QString &model) override {
        m_backend = backend;
        m_model = model;
    }

    /// Creates a run; returns its id (0 on error, `error` set).
    qint64 createRun(const BenchRunConfig &config, QString *error) const override;
    std::optional<BenchRunRecord> run(qint64 id) const override;
    /// Whether run `id` exists (one indexed row: cheap enough for the GUI thread, unlike
    /// run(), which counts the run's predictions).
    bool exists(qint64 id) const;
    /// The latest run with exactly this configuration (to resume it).
    std::optional<BenchRunRecord> latestRunWithConfig(const BenchRunConfig &config) const override;
    std::vector<BenchRunRecord> runs() const override;
    QString setStatus(qint64 runId, const QString &status, const QString &message) const override;
    /// Records where the API key came from (createBenchBackend's keySource), for the
    /// report; never the key. "" or an error.
    QString setApiKeySource(qint64 runId, const QString &source) const override;
    QString setVisibility(qint64 runId, const QByteArray &json) const override;
    QString setSplit(qint64 runId, const QByteArray &json) const override;
    QString setShownSlices(qint64 runId, const QByteArray &json) const override;
    QString setPricing(qint64 runId, const QByteArray &json) const override;
    BenchUsage usage(qint64 runId) const override;

    /// Task keys of the run that are done (answered, abstained, unparsed: not errors).
    QSet<QString> finishedTaskKeys(qint64 runId) const override;
    std::vector<StoredPrediction> predictions(qint64 runId) const override;
    std::optional<StoredExchange> exchange(qint64 runId, const QString &taskKey) const override;
    /// The stored PNG with this SHA-256 hex, or empty.
    QByteArray image(const QString &hash) const override;
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
