#pragma once

#include "bench/ChatTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace brainmd {

/// How images appear in a serialised request.
enum class ImageEncoding {
    DataUrl,  ///< "data:image/png;base64,..." as sent to a server
    Reference ///< "brainmd-image:sha256:<hex>", as stored (the PNG is stored once, by hash)
};

/// The request body of POST /chat/completions (compact JSON, keys in a fixed order so
/// that equal requests give equal bytes).
QByteArray chatRequestJson(const ChatRequest &request,
                           ImageEncoding images = ImageEncoding::DataUrl);

/// The hints as JSON (for the record and the cache key of baselines).
QJsonObject baselineHintsJson(const BaselineHints &hints);

/// SHA-256 hex of a PNG, the key of the stored image.
QString imageHash(const QByteArray &png);

/// Reads a response body into `response` (text, finish reason, usage, log-probabilities).
/// Malformed or truncated JSON, a missing or empty `choices` list, a body that is not
/// UTF-8 or content that is neither a string nor a list of text parts set an ItemError
/// with a message saying so (with the server's own error text when the body has one).
void parseChatResponseBody(const QByteArray &body, ChatResponse *response);

} // namespace brainmd
