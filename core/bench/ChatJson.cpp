#include "bench/ChatJson.h"

#include "bench/ChatFaults.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <array>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QJsonValue messageContent(const ChatMessage &message, ImageEncoding images) {
    if (message.pngImages.empty())
        return message.text;
    QJsonArray parts;
    for (const QByteArray &png : message.pngImages) {
        const QString url =
            images == ImageEncoding::DataUrl
                ? QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64())
                : QStringLiteral("brainmd-image:sha256:") + imageHash(png);
        parts.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                        {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), url}}}});
    }
    if (!message.text.isEmpty())
        parts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                 {QStringLiteral("text"), message.text}});
    return parts;
}

void readLogprobs(const QJsonObject &choice, ChatResponse *response) {
    const QJsonArray content = choice.value(QLatin1String("logprobs"))
                                   .toObject()
                                   .value(QLatin1String("content"))
                                   .toArray();
    if (content.isEmpty())
        return;
    const QJsonObject first = content.first().toObject();
    const QJsonArray top = first.value(QLatin1String("top_logprobs")).toArray();
    for (const QJsonValue entry : top) {
        const QJsonObject object = entry.toObject();
        response->firstTokenLogprobs.emplace_back(
            object.value(QLatin1String("token")).toString(),
            object.value(QLatin1String("logprob")).toDouble());
    }
    if (top.isEmpty() && first.contains(QLatin1String("token")))
        response->firstTokenLogprobs.emplace_back(first.value(QLatin1String("token")).toString(),
                                                  first.value(QLatin1String("logprob")).toDouble());
}

/// Message content as a string, or as a list of parts of which the text parts count.
bool contentText(const QJsonValue &content, QString *text) {
    if (content.isString()) {
        *text = content.toString();
        return true;
    }
    if (!content.isArray())
        return false;
    bool any = false;
    for (const QJsonValue part : content.toArray()) {
        const QJsonObject object = part.toObject();
        if (object.value(QLatin1String("type")).toString(QStringLiteral("text")) !=
                QLatin1String("text") ||
            !object.value(QLatin1String("text")).isString())
            continue;
        *text += object.value(QLatin1String("text")).toString();
        any = true;
    }
    return any;
}

void fail(ChatResponse *response, const QString &message) {
    response->errorKind = ChatErrorKind::ItemError;
    response->error = message;
}

} // namespace

QString imageHash(const QByteArray &png) {
    // A request hashes its images for the cache key, for the stored request and for the
    // image table, and eight questions share one slice image; SHA-256 of a slice PNG costs
    // ~0.3 ms, a byte comparison ~5 µs. So the last few are remembered per thread and
    // reused only for byte-identical input.
    struct Entry {
        QByteArray bytes;
        QString hash;
    };
    thread_local std::array<Entry, 4> recent;
    thread_local std::size_t next = 0;
    for (const Entry &entry : recent) {
        if (!entry.hash.isEmpty() && entry.bytes == png)
            return entry.hash;
    }
    QString hash =
        QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
    recent[next++ % recent.size()] = {png, hash};
    return hash;
}

QJsonObject baselineHintsJson(const BaselineHints &hints) {
    QJsonArray similarity;
    for (double s : hints.neighbourSimilarity)
        similarity.append(s);
    QJsonObject json{
        {QStringLiteral("question"), hints.questionId},
        {QStringLiteral("options"), QJsonArray::fromStringList(hints.options)},
        {QStringLiteral("positive"), hints.positive},
        {QStringLiteral("neighbour_answers"), QJsonArray::fromStringList(hints.neighbourAnswers)},
        {QStringLiteral("neighbour_similarity"), similarity},
        {QStringLiteral("pool_answers"), QJsonArray::fromStringList(hints.poolAnswers)},
        {QStringLiteral("shots"), hints.shots},
        {QStringLiteral("seed"), QString::number(hints.seed)}};
    // Only the oracle gets these: the other baselines' cache keys stay as they were.
    if (!hints.oracleTruth.isEmpty()) {
        json.insert(QStringLiteral("oracle_truth"), hints.oracleTruth);
        json.insert(QStringLiteral("oracle_lesion_shown"), hints.oracleLesionShown);
        json.insert(QStringLiteral("oracle_unseen_pool_answers"),
                    QJsonArray::fromStringList(hints.oracleUnseenPoolAnswers));
    }
    // Only `features` at zero shots gets these; the images by hash, as in stored requests.
    if (!hints.featurePoolImages.empty()) {
        QJsonArray images;
        for (const QByteArray &png : hints.featurePoolImages)
            images.append(QString::fromLatin1(
                QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
        json.insert(QStringLiteral("feature_pool_images"), images);
        json.insert(QStringLiteral("feature_pool_answers"),
                    QJsonArray::fromStringList(hints.featurePoolAnswers));
    }
    return json;
}

QByteArray chatRequestJson(const ChatRequest &request, ImageEncoding images) {
    QJsonArray messages;
    for (const ChatMessage &message : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), message.role},
                                    {QStringLiteral("content"), messageContent(message, images)}});
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("temperature"), request.temperature},
                     {QStringLiteral("top_p"), request.topP},
                     {QStringLiteral("seed"), request.seed},
                     {QStringLiteral("max_tokens"), request.maxTokens},
                     {QStringLiteral("stream"), false}};
    if (request.logprobs) {
        body.insert(QStringLiteral("logprobs"), true);
        body.insert(QStringLiteral("top_logprobs"), request.topLogprobs);
    }
    // QJsonObject sorts keys, so equal requests serialise to equal bytes.
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void parseChatResponseBody(const QByteArray &body, ChatResponse *response) {
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(body);
    if (decoder.hasError())
        return fail(response, tr("the response is not valid UTF-8 (%1 bytes)").arg(body.size()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(response,
                    tr("the response is not valid JSON (%1 at byte %2 of %3); the server may have "
                       "cut it short")
                        .arg(error.errorString())
                        .arg(error.offset)
                        .arg(body.size()));
    const QJsonObject root = document.object();
    const QJsonArray choices = root.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty()) {
        const QJsonValue serverError = root.value(QLatin1String("error"));
        if (!serverError.isUndefined() && !serverError.isNull())
            return fail(
                response,
                tr("the response has no choices; the server said: %1").arg(serverErrorText(body)));
        return fail(response, tr("the response has no choices"));
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonValue content =
        choice.value(QLatin1String("message")).toObject().value(QLatin1String("content"));
    QString text;
    if (!contentText(content, &text))
        return fail(response, tr("the first choice has no text content"));
    response->text = text;
    response->finishReason = choice.value(QLatin1String("finish_reason")).toString();
    const QJsonObject usage = root.value(QLatin1String("usage")).toObject();
    response->promptTokens = usage.value(QLatin1String("prompt_tokens")).toInt();
    response->completionTokens = usage.value(QLatin1String("completion_tokens")).toInt();
    readLogprobs(choice, response);
}

} // namespace brainmd
