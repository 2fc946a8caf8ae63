#pragma once

#include "bench/ModelBackend.h"

#include <QString>

namespace brainmd {

/// Settings of an OpenAI-compatible chat-completions server (vLLM, llama.cpp server,
/// Ollama's /v1, hosted APIs). The API key lives only in memory: it is sent as a bearer
/// token and never written to the database, the cache or a message.
struct OpenAiOptions {
    QString baseUrl; ///< e.g. "http://localhost:8000/v1"; "/chat/completions" is appended
    QString model;
    QString apiKey;               ///< empty: no Authorization header
    QString apiKeySource;         ///< where the key came from, named in 401/403 messages
    int timeoutMs = 120000;       ///< per attempt, whole request
    int stallMs = 20000;          ///< no byte sent or received for this long: the server stalled
    int requestBudgetMs = 600000; ///< per request: all attempts and waits together
    int maxRetries = 4;           ///< further attempts after the first (5xx, 408, timeouts)
    int backoffBaseMs = 500;      ///< first back-off; doubles per attempt, full jitter
    int backoffMaxMs = 30000;
    int retryAfterCapMs = 120000;          ///< longest Retry-After waited for; longer pauses
    qint64 maxBodyBytes = 8 * 1024 * 1024; ///< larger responses are cut off and recorded as errors
};

/// The endpoint URL for a base URL (a base already ending in /chat/completions is kept).
QString chatCompletionsUrl(const QString &baseUrl);

/// Backend speaking POST {base}/chat/completions over Qt Network. Each session owns a
/// QNetworkAccessManager in its worker thread, so concurrency is not capped by Qt's
/// per-host connection limit. Faults (see classifyExchange): a stalled server (no byte for
/// stallMs and no answer to GET {base}/models either: a server that answers that probe is
/// busy, not hung, and gets the whole attempt timeout), a refused connection (after one retry),
/// 401/403, 404, 413, an exhausted quota, TLS and a server that keeps closing the connection while
/// the request is sent pause the run (Fatal) with a message naming the endpoint and what to fix.
/// 429 (and 503 with Retry-After) waits for Retry-After or backs off, not counted against
/// maxRetries, until requestBudgetMs is spent. 408, 5xx, timeouts and a close after the request are
/// retried with exponential back-off and jitter, then recorded per item; malformed,
/// truncated, empty, non-UTF-8 or oversized bodies are recorded per item. Every wait is
/// announced through the session's notice sink before it starts.
class OpenAiBackend final : public ModelBackend {
public:
    explicit OpenAiBackend(OpenAiOptions options);

    QString name() const override { return QStringLiteral("openai"); }
    QString model() const override { return m_options.model; }
    std::unique_ptr<BackendSession> openSession(CancelToken *cancel) const override;
    /// The endpoint is part of the cache key: the same model name on another server (a
    /// different build, quantisation or vendor) must be asked, not answered from the cache.
    QByteArray cacheKeyMaterial(const ChatRequest &request) const override;

    const OpenAiOptions &options() const { return m_options; }

private:
    OpenAiOptions m_options;
};

/// {base}/models, asked as a liveness probe when a request is silent for stallMs.
QString modelsUrl(const QString &baseUrl);

/// Milliseconds asked for by a Retry-After header (seconds or HTTP date); -1 when absent
/// or unreadable.
qint64 retryAfterMs(const QByteArray &headerValue);

} // namespace brainmd
