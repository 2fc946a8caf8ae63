#include "db/BenchRunRepository.h"

#include "brainmd/Version.h"

#include "bench/ChatJson.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>
#include <limits>

namespace brainmd {

namespace {

const QString kRunColumns =
    QStringLiteral("SELECT r.id, r.name, r.config, r.status, r.message, r.created_at, "
                   "COALESCE(r.finished_at, ''), "
                   "(SELECT COUNT(*) FROM predictions p WHERE p.run_id = r.id), "
                   "(SELECT COUNT(*) FROM predictions p WHERE p.run_id = r.id AND p.status = "
                   "'error'), r.api_key_source, r.visibility, r.split, r.shown_slices, r.pricing, "
                   "r.software_version FROM bench_runs r ");

BenchRunRecord runFrom(const QSqlQuery &query) {
    BenchRunRecord record;
    record.id = query.value(0).toLongLong();
    record.name = query.value(1).toString();
    if (auto parsed = parseBenchRunConfig(query.value(2).toByteArray()); parsed.config)
        record.config = *parsed.config;
    record.status = query.value(3).toString();
    record.message = query.value(4).toString();
    record.createdAt = query.value(5).toString();
    record.finishedAt = query.value(6).toString();
    record.predictions = query.value(7).toInt();
    record.errors = query.value(8).toInt();
    record.apiKeySource = query.value(9).toString();
    record.visibilityJson = query.value(10).toByteArray();
    record.splitJson = query.value(11).toByteArray();
    record.shownSlicesJson = query.value(12).toByteArray();
    record.pricingJson = query.value(13).toByteArray();
    record.softwareVersion = query.value(14).toString();
    return record;
}

QString logprobsJson(const ChatResponse &response) {
    QJsonArray array;
    for (const auto &[token, logprob] : response.firstTokenLogprobs)
        array.append(QJsonArray{token, logprob});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVariant optionalReal(double value) {
    return sql::nullable(std::isfinite(value), value);
}

/// Predictions of a run with ids in [fromId, toId], in id order. (Reading id ranges on
/// two threads was tried for large runs: slower, the connections' set-up ate the gain.)
std::vector<StoredPrediction> predictionRange(const Database &db, qint64 runId, qint64 fromId,
                                              qint64 toId) {
    QSqlQuery query(db.connection());
    query.setForwardOnly(true); // read once: no row cache
    std::vector<StoredPrediction> list;
    if (!sql::exec(
            query,
            QStringLiteral("SELECT case_id, condition, question_id, rotation, truth, status, "
                           "COALESCE(parsed_answer, ''), probability, COALESCE(latency_ms, 0), "
                           "COALESCE(tokens, 0), COALESCE(error, ''), COALESCE(raw_answer, ''), "
                           "prompt_tokens, completion_tokens FROM predictions WHERE run_id = ? AND "
                           "id BETWEEN ? AND ? ORDER BY id"),
            {runId, fromId, toId}))
        return list;
    while (query.next()) {
        StoredPrediction p;
        p.caseId = query.value(0).toLongLong();
        p.condition = query.value(1).toString();
        p.questionId = query.value(2).toString();
        p.rotation = query.value(3).toInt();
        p.truth = query.value(4).toString();
        p.status = query.value(5).toString();
        p.value = query.value(6).toString();
        p.probability = query.value(7).isNull() ? std::nan("") : query.value(7).toDouble();
        p.latencyMs = query.value(8).toLongLong();
        p.tokens = query.value(9).toInt();
        p.error = query.value(10).toString();
        p.rawAnswer = query.value(11).toString();
        p.promptTokens = query.value(12).toInt();
        p.completionTokens = query.value(13).toInt();
        list.push_back(std::move(p));
    }
    return list;
}

} // namespace

BenchRunRepository::BenchRunRepository(const Database &db, qint64 runId)
    : m_db(db)
    , m_runId(runId) {}

qint64 BenchRunRepository::createRun(const BenchRunConfig &config, QString *error) const {
    QSqlQuery query(m_db.connection());
    const QString now = sql::nowUtc();
    if (!sql::exec(
            query,
            QStringLiteral("INSERT INTO bench_runs (config, status, created_at, name, updated_at, "
                           "software_version) VALUES (?, 'created', ?, ?, ?, ?)"),
            {QString::fromUtf8(config.toJsonBytes()), now, config.name, now,
             QStringLiteral("%1 (git %2)")
                 .arg(QLatin1String(kVersion), QLatin1String(kGitRevision))})) {
        *error = sql::errorText(query);
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool BenchRunRepository::exists(qint64 id) const {
    return sql::scalar(m_db.connection(),
                       QStringLiteral("SELECT count(*) FROM bench_runs WHERE id = ?"), {id})
               .toInt() > 0;
}

std::optional<BenchRunRecord> BenchRunRepository::run(qint64 id) const {
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query, kRunColumns + QStringLiteral("WHERE r.id = ?"), {id}) || !query.next())
        return std::nullopt;
    return runFrom(query);
}

std::optional<BenchRunRecord>
BenchRunRepository::latestRunWithConfig(const BenchRunConfig &config) const {
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query,
                   kRunColumns + QStringLiteral("WHERE r.config = ? ORDER BY r.id DESC LIMIT 1"),
                   {QString::fromUtf8(config.toJsonBytes())}) ||
        !query.next())
        return std::nullopt;
    return runFrom(query);
}

std::vector<BenchRunRecord> BenchRunRepository::runs() const {
    QSqlQuery query(m_db.connection());
    std::vector<BenchRunRecord> list;
    if (sql::exec(query, kRunColumns + QStringLiteral("ORDER BY r.id"))) {
        while (query.next())
            list.push_back(runFrom(query));
    }
    return list;
}

QString BenchRunRepository::setStatus(qint64 runId, const QString &status,
                                      const QString &message) const {
    const QString now = sql::nowUtc();
    return sql::run(
        m_db.connection(),
        QStringLiteral(
            "UPDATE bench_runs SET status = ?, message = ?, updated_at = ?, "
            "finished_at = CASE WHEN ? = 'finished' THEN ? ELSE finished_at END WHERE id = ?"),
        {status, message, now, status, now, runId});
}

QString BenchRunRepository::setApiKeySource(qint64 runId, const QString &source) const {
    return sql::run(m_db.connection(),
                    QStringLiteral("UPDATE bench_runs SET api_key_source = ? WHERE id = ?"),
                    {source, runId});
}

QString BenchRunRepository::setVisibility(qint64 runId, const QByteArray &json) const {
    return sql::run(m_db.connection(),
                    QStringLiteral("UPDATE bench_runs SET visibility = ? WHERE id = ?"),
                    {QString::fromUtf8(json), runId});
}

QString BenchRunRepository::setSplit(qint64 runId, const QByteArray &json) const {
    return sql::run(m_db.connection(),
                    QStringLiteral("UPDATE bench_runs SET split = ? WHERE id = ?"),
                    {QString::fromUtf8(json), runId});
}

QString BenchRunRepository::setShownSlices(qint64 runId, const QByteArray &json) const {
    return sql::run(m_db.connection(),
                    QStringLiteral("UPDATE bench_runs SET shown_slices = ? WHERE id = ?"),
                    {QString::fromUtf8(json), runId});
}

QString BenchRunRepository::setPricing(qint64 runId, const QByteArray &json) const {
    return sql::run(m_db.connection(),
                    QStringLiteral("UPDATE bench_runs SET pricing = ? WHERE id = ?"),
                    {QString::fromUtf8(json), runId});
}

BenchUsage BenchRunRepository::usage(qint64 runId) const {
    QSqlQuery query(m_db.connection());
    BenchUsage usage;
    // A request this run sent and got an answer to: not an error, not from the cache.
    if (sql::exec(query,
                  QStringLiteral(
                      "SELECT COALESCE(SUM(from_cache = 0), 0), COALESCE(SUM(from_cache != 0), 0), "
                      "COALESCE(SUM(CASE WHEN from_cache = 0 THEN prompt_tokens END), 0), "
                      "COALESCE(SUM(CASE WHEN from_cache = 0 THEN completion_tokens END), 0), "
                      "COALESCE(SUM(from_cache = 0 AND prompt_tokens = 0 AND "
                      "completion_tokens = 0), 0) FROM predictions WHERE run_id = ? AND "
                      "status != 'error'"),
                  {runId}) &&
        query.next()) {
        usage.requestsSent = query.value(0).toInt();
        usage.fromCache = query.value(1).toInt();
        usage.promptTokens = query.value(2).toLongLong();
        usage.completionTokens = query.value(3).toLongLong();
        usage.withoutUsage = query.value(4).toInt();
    }
    return usage;
}

QSet<QString> BenchRunRepository::finishedTaskKeys(qint64 runId) const {
    QSqlQuery query(m_db.connection());
    QSet<QString> keys;
    if (sql::exec(query,
                  QStringLiteral(
                      "SELECT task_key FROM predictions WHERE run_id = ? AND status != 'error'"),
                  {runId})) {
        while (query.next())
            keys.insert(query.value(0).toString());
    }
    return keys;
}

std::vector<StoredPrediction> BenchRunRepository::predictions(qint64 runId) const {
    return predictionRange(m_db, runId, 0, std::numeric_limits<qint64>::max());
}

std::optional<StoredExchange> BenchRunRepository::exchange(qint64 runId,
                                                           const QString &taskKey) const {
    QSqlQuery query(m_db.connection());
    if (!sql::exec(query,
                   QStringLiteral(
                       "SELECT p.task_key, COALESCE(r.request, ''), COALESCE(p.raw_answer, ''), "
                       "COALESCE(p.error, '') FROM predictions p LEFT JOIN bench_responses r "
                       "ON r.request_hash = p.request_hash WHERE p.run_id = ? AND p.task_key = ?"),
                   {runId, taskKey}) ||
        !query.next())
        return std::nullopt;
    return StoredExchange{query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString()};
}

QByteArray BenchRunRepository::image(const QString &hash) const {
    return sql::scalar(m_db.connection(),
                       QStringLiteral("SELECT png FROM bench_images WHERE hash = ?"), {hash})
        .toByteArray();
}

int BenchRunRepository::responseCount() const {
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM bench_responses"))
        .toInt();
}

std::optional<ChatResponse> BenchRunRepository::cachedResponse(const QString &requestHash) {
    QSqlQuery query(m_db.connection());
    if (!sql::exec(
            query,
            QStringLiteral(
                "SELECT text, finish_reason, logprobs, probability, http_status, latency_ms, "
                "prompt_tokens, completion_tokens FROM bench_responses WHERE request_hash = ?"),
            {requestHash}) ||
        !query.next())
        return std::nullopt;
    ChatResponse response;
    response.text = query.value(0).toString();
    response.finishReason = query.value(1).toString();
    for (const QJsonValue entry : QJsonDocument::fromJson(query.value(2).toByteArray()).array())
        response.firstTokenLogprobs.emplace_back(entry.toArray().at(0).toString(),
                                                 entry.toArray().at(1).toDouble());
    response.positiveProbability =
        query.value(3).isNull() ? std::nan("") : query.value(3).toDouble();
    response.httpStatus = query.value(4).toInt();
    response.latencyMs = query.value(5).toLongLong();
    response.promptTokens = query.value(6).toInt();
    response.completionTokens = query.value(7).toInt();
    return response;
}

QString BenchRunRepository::save(const std::vector<TaskOutcome> &outcomes) {
    const QSqlDatabase connection = m_db.connection();
    Transaction transaction(connection);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery image(connection), response(connection), prediction(connection);
    image.prepare(QStringLiteral("INSERT OR IGNORE INTO bench_images (hash, png) VALUES (?, ?)"));
    response.prepare(QStringLiteral("INSERT OR IGNORE INTO bench_responses (request_hash, backend, "
                                    "model, request, body, text, finish_reason, "
                                    "logprobs, probability, http_status, latency_ms, "
                                    "prompt_tokens, completion_tokens, created_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    prediction.prepare(QStringLiteral("INSERT OR REPLACE INTO predictions (run_id, case_id, "
                                      "condition, question_id, request_hash, raw_answer, "
                                      "parsed_answer, probability, latency_ms, tokens, error, "
                                      "created_at, task_key, rotation, truth, status, "
                                      "prompt_tokens, completion_tokens, from_cache) VALUES (?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = sql::nowUtc();
    QMutexLocker lock(&m_mutex);
    QSet<QString> newImages;
    for (const TaskOutcome &o : outcomes) {
        for (const QByteArray &png : o.images) {
            const QString hash = imageHash(png);
            if (m_storedImages.contains(hash) || newImages.contains(hash))
                continue;
            if (!sql::execBound(image, {hash, png}))
                return sql::errorText(image);
            newImages.insert(hash);
        }
        const ChatResponse &r = o.response;
        if (r.ok() && !o.fromCache && !o.requestHash.isEmpty() &&
            !sql::execBound(response,
                            {o.requestHash, m_backend, m_model, QString::fromUtf8(o.storedRequest),
                             r.body, r.text, r.finishReason, logprobsJson(r),
                             optionalReal(r.positiveProbability), r.httpStatus, r.latencyMs,
                             r.promptTokens, r.completionTokens, now}))
            return sql::errorText(response);
        const QString status = r.ok() ? parsedStatusName(o.parsed.status) : QStringLiteral("error");
        if (!sql::execBound(
                prediction,
                {m_runId, o.task.caseId, o.task.condition, o.task.questionId, o.requestHash,
                 sql::nullable(r.ok(), r.text), sql::nullable(o.parsed.answered(), o.parsed.value),
                 optionalReal(o.probability), r.latencyMs, r.promptTokens + r.completionTokens,
                 sql::nullable(!r.ok(), r.error), now, o.task.key, o.task.rotation, o.task.truth,
                 status, r.promptTokens, r.completionTokens, o.fromCache ? 1 : 0}))
            return sql::errorText(prediction);
    }
    if (!transaction.commit())
        return transaction.error();
    m_storedImages.unite(newImages);
    return {};
}

} // namespace brainmd
