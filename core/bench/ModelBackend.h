#pragma once

#include "bench/ChatTypes.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace brainmd {

class CancelToken;

/// One worker's connection to a backend. Created and used in one thread; complete()
/// blocks that thread until the answer (after retries), an error, or cancellation.
class BackendSession {
public:
    virtual ~BackendSession() = default;
    virtual ChatResponse complete(const ChatRequest &request) = 0;
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
