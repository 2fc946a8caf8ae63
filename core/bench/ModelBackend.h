#pragma once

#include "bench/ChatTypes.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace brainmd {

class CancelToken;

/// What a session says while it is not getting answers: a retry, a Retry-After wait.
/// Shown to the user as progress; never contains the API key.
struct BackendNotice {
    QString message;   ///< e.g. "HTTP 429 (rate limited) from http://…/chat/completions"
    qint64 waitMs = 0; ///< the wait that starts now before the next attempt (ms); 0: none
    int attempt = 0;   ///< the attempt that will follow the wait (2 = first retry)
};

/// Receives notices; called from the session's (worker) thread, must be thread-safe.
using BackendNoticeSink = std::function<void(const BackendNotice &)>;

/// One worker's connection to a backend. Created and used in one thread; complete()
/// blocks that thread until the answer (after retries), an error, or cancellation.
class BackendSession {
public:
    virtual ~BackendSession() = default;
    virtual ChatResponse complete(const ChatRequest &request) = 0;
    /// Where retries and waits are announced (optional; set before complete()).
    void setNoticeSink(BackendNoticeSink sink) { m_noticeSink = std::move(sink); }

protected:
    void notify(const BackendNotice &notice) const {
        if (m_noticeSink)
            m_noticeSink(notice);
    }

private:
    BackendNoticeSink m_noticeSink;
};

/// A model backend: an OpenAI-compatible server or a built-in baseline.
/// Thread-safe; each worker thread opens its own session.
class ModelBackend {
public:
    virtual ~ModelBackend() = default;
    virtual QString name() const = 0;  ///< "openai", "random", "majority", "knn"
    virtual QString model() const = 0; ///< the model name sent / recorded
    /// True for backends that read BaselineHints and never see pixels.
    virtual bool isBaseline() const { return false; }
    /// Bytes that identify a request for the response cache (the model is part of them).
    virtual QByteArray cacheKeyMaterial(const ChatRequest &request) const;
    /// Opens a session for the calling thread. `cancel` may be null.
    virtual std::unique_ptr<BackendSession> openSession(CancelToken *cancel) const = 0;
};

/// SHA-256 hex of backend name, model and cacheKeyMaterial(): the response-cache key.
QString requestHash(const ModelBackend &backend, const ChatRequest &request);

} // namespace brainmd
