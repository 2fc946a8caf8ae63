#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <limits>
#include <utility>
#include <vector>

namespace brainmd {

/// One chat turn. User turns may carry PNG images, sent before the text.
struct ChatMessage {
    QString role; ///< "system", "user" or "assistant"
    QString text;
    std::vector<QByteArray> pngImages;
};

/// What a built-in baseline may know besides the messages (never sent to a server).
struct BaselineHints {
    QString questionId;
    QStringList options;          ///< option values in the order shown
    QString positive;             ///< binary: the positive option, else ""
    QStringList neighbourAnswers; ///< answers of the retrieved pool cases, most similar first
    std::vector<double> neighbourSimilarity; ///< cosine similarity of each, same order
    QStringList poolAnswers; ///< answers of the whole annotated pool (query case excluded)
    int shots = 0;
    quint64 seed = 0;
    /// For the `oracle` only (empty otherwise): the query's true answer, whether its
    /// shown images contain its lesion, and the answers of the pool cases whose images
    /// (same condition) show no lesion — what a reader who sees nothing can go on.
    QString oracleTruth;
    bool oracleLesionShown = false;
    QStringList oracleUnseenPoolAnswers;
    /// For `features` at zero shots only: the image (PNG) each pool case shows under the
    /// same condition, with its answer; what the classifier is fitted on when the prompt
    /// has no examples. (With shots it learns from the prompt's examples.)
    std::vector<QByteArray> featurePoolImages;
    QStringList featurePoolAnswers;
};

/// An OpenAI-style chat completion request. Sampling parameters are always sent.
struct ChatRequest {
    QString model;
    std::vector<ChatMessage> messages;
    double temperature = 0.0;
    double topP = 1.0;
    qint64 seed = 0;
    int maxTokens = 64;
    bool logprobs = false;
    int topLogprobs = 5;
    BaselineHints hints;
};

/// How a failed request should be treated.
enum class ChatErrorKind {
    None,      ///< success
    ItemError, ///< record the error with the item and go on
    Fatal      ///< pause the run: every further request would fail the same way
};

/// The outcome of one request, after retries.
struct ChatResponse {
    ChatErrorKind errorKind = ChatErrorKind::None;
    QString error; ///< what went wrong and what to fix; never contains the API key
    int httpStatus = 0;
    QString text; ///< choices[0].message.content
    QString finishReason;
    /// Top log-probabilities of the first generated token (token, log p), when asked for.
    std::vector<std::pair<QString, double>> firstTokenLogprobs;
    /// Baselines set it directly: probability of the positive option. NaN when none.
    double positiveProbability = std::numeric_limits<double>::quiet_NaN();
    int promptTokens = 0;
    int completionTokens = 0;
    qint64 latencyMs = 0;
    int attempts = 0;
    QByteArray body; ///< the response body as received (capped), for the record

    bool ok() const { return errorKind == ChatErrorKind::None; }
};

} // namespace brainmd
