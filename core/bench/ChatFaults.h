#pragma once

#include "bench/HttpExchange.h"

#include <QSize>
#include <QString>

namespace brainmd {

struct ChatRequest;

/// What was sent, for messages about payloads (413, a close during the upload).
struct RequestShape {
    qint64 bodyBytes = 0;  ///< the JSON body, images base64-encoded
    int images = 0;        ///< PNG images in all messages
    qint64 imageBytes = 0; ///< their PNG bytes before base64
    QSize largestImage;    ///< pixels, from the PNG header; invalid when none
};

/// Measures a request (PNG sizes are read from the IHDR chunk, no decoding).
RequestShape requestShape(const ChatRequest &request, qint64 bodyBytes);

/// What the caller knows about the endpoint, for messages.
struct FaultContext {
    QString url;       ///< the chat-completions URL
    QString probeUrl;  ///< asked when the server is silent ({base}/models)
    QString model;     ///< as sent
    QString keySource; ///< where the key came from, e.g. "environment variable OPENAI_API_KEY"
    bool keySent = false;
    RequestShape shape;
    int stallMs = 0;
    int timeoutMs = 0;
};

/// The reading of one attempt.
struct FaultVerdict {
    enum class Action {
        Success,     ///< HTTP 200: parse the body
        Retry,       ///< transient (5xx, 408, timeout, a close): retry, then an item error
        RetryRate,   ///< 429 / 503 with Retry-After: wait and retry until the budget ends
        RetryReach,  ///< cannot connect: one retry (a server just starting), then pause
        RetryClosed, ///< closed before answering: retry, then pause (payload / protocol)
        Item,        ///< record the error with the item and go on
        Fatal,       ///< pause the run: every request would fail the same way
        Cancelled,   ///< the run was stopped
    };
    Action action = Action::Success;
    QString message;          ///< the cause and what to do; never the key
    qint64 retryAfterMs = -1; ///< asked for by the server; -1 none
};

/// Maps an attempt to its true cause: HTTP status first (a server that answered 401 or
/// 413 and then closed the connection answered), then how the attempt ended (stall,
/// timeout), then the transport error (refused, host not found, reset or closed while
/// sending or waiting, TLS, proxy).
FaultVerdict classifyExchange(const HttpExchange &exchange, const FaultContext &context);

/// The server's own error text from a JSON error body (OpenAI / vLLM {"error":{"message"}},
/// Ollama / llama.cpp {"error": "..."}, FastAPI {"detail"}, vLLM {"message"}), else the first
/// 300 characters of the body, simplified.
QString serverErrorText(const QByteArray &body);

} // namespace brainmd
