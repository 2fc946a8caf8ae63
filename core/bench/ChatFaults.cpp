#include "bench/ChatFaults.h"

#include "bench/ChatTypes.h"
#include "bench/OpenAiBackend.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace brainmd {

namespace {

using Action = FaultVerdict::Action;

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QSize pngSize(const QByteArray &png) {
    if (png.size() < 24 || !png.startsWith("\x89PNG") || png.mid(12, 4) != "IHDR")
        return {};
    auto be32 = [&png](int at) {
        return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16) |
               (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
    };
    return QSize(int(be32(16)), int(be32(20)));
}

QString shapeText(const RequestShape &shape) {
    if (shape.images == 0)
        return tr("%1 bytes, no image").arg(shape.bodyBytes);
    return tr("%1 bytes; %2 image(s), %3 PNG bytes, the largest %4×%5 px")
        .arg(shape.bodyBytes)
        .arg(shape.images)
        .arg(shape.imageBytes)
        .arg(shape.largestImage.width())
        .arg(shape.largestImage.height());
}

QString seconds(qint64 ms) {
    return QString::number(ms / 1000.0, 'f', ms < 10000 ? 1 : 0);
}

FaultVerdict verdict(Action action, const QString &message, qint64 retryAfter = -1) {
    return FaultVerdict{action, message, retryAfter};
}

FaultVerdict keyVerdict(const HttpExchange &e, const FaultContext &c, const QString &said) {
    if (!c.keySent)
        return verdict(Action::Fatal,
                       tr("HTTP %1 from %2: the server wants an API key and none was found. Name "
                          "the variable with --api-key-env, or set BRAINMD_API_KEY or "
                          "OPENAI_API_KEY, or store the key in the system keychain (service "
                          "'brainmd'). Server said: %3")
                           .arg(e.status)
                           .arg(c.url, said));
    return verdict(Action::Fatal,
                   tr("HTTP %1 from %2: the server refused the API key from %3%4. Check or "
                      "replace that key (it is never printed). Server said: %5")
                       .arg(e.status)
                       .arg(c.url, c.keySource,
                            e.status == 403
                                ? tr(" (or the key may not use model '%1')").arg(c.model)
                                : QString(),
                            said));
}

bool isQuotaExhausted(const QByteArray &body) {
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    return error.value(QLatin1String("code")).toString() == QLatin1String("insufficient_quota") ||
           error.value(QLatin1String("type")).toString() == QLatin1String("insufficient_quota");
}

FaultVerdict statusVerdict(const HttpExchange &e, const FaultContext &c) {
    const QString said = serverErrorText(e.body);
    const qint64 asked = retryAfterMs(e.retryAfter);
    if (e.status == 401 || e.status == 403)
        return keyVerdict(e, c, said);
    if (e.status == 404)
        return verdict(Action::Fatal, tr("HTTP 404 from %1: the model '%2' or the endpoint does "
                                         "not exist. Check --model and --base-url (it usually "
                                         "ends in /v1). Server said: %3")
                                          .arg(c.url, c.model, said));
    if (e.status == 413)
        return verdict(Action::Fatal, tr("HTTP 413 from %1: the request is too large for the "
                                         "server (%2). Lower --image-size or the number of "
                                         "shots, or raise the server's request size limit.")
                                          .arg(c.url, shapeText(c.shape)));
    if (e.status == 429 && isQuotaExhausted(e.body))
        return verdict(Action::Fatal, tr("HTTP 429 from %1: the account's quota is used up "
                                         "(insufficient_quota); waiting will not help. Server "
                                         "said: %2")
                                          .arg(c.url, said));
    if (e.status == 429 || (e.status == 503 && asked >= 0))
        return verdict(Action::RetryRate,
                       tr("HTTP %1 (%2) from %3")
                           .arg(e.status)
                           .arg(e.status == 429 ? tr("rate limited") : tr("server busy"), c.url),
                       asked);
    if (e.status == 408 || e.status >= 500)
        return verdict(Action::Retry,
                       tr("HTTP %1 (server error) from %2: %3").arg(e.status).arg(c.url, said));
    return verdict(
        Action::Item,
        tr("HTTP %1 from %2: the server rejected this request: %3").arg(e.status).arg(c.url, said));
}

FaultVerdict stallVerdict(const HttpExchange &e, const FaultContext &c) {
    const QString silent = seconds(e.silentMs);
    QString what;
    if (e.answered())
        what = tr("%1 sent HTTP %2 and %3 bytes of the answer, then nothing for %4 s")
                   .arg(c.url)
                   .arg(e.status)
                   .arg(e.bytesReceived)
                   .arg(silent);
    else if (e.uploaded())
        what = tr("%1 took the request (%2) but sent no byte of an answer for %3 s")
                   .arg(c.url, shapeText(c.shape), silent);
    else if (e.bytesSent > 0)
        what = tr("%1 stopped reading the request after %2 of %3 bytes; nothing moved for %4 s")
                   .arg(c.url)
                   .arg(e.bytesSent)
                   .arg(e.requestBytes)
                   .arg(silent);
    else
        what = tr("nothing could be sent to %1 for %2 s (%3)")
                   .arg(c.url, silent,
                        e.connecting ? tr("connecting, no answer") : tr("no connection"));
    if (!e.answered() && c.url.startsWith(QLatin1String("https:")))
        what += tr("; a TLS handshake may be unanswered: a local server usually speaks plain "
                   "http://");
    if (e.probeUnanswered)
        what += tr("; GET %1 got no answer within %2 s either").arg(c.probeUrl, seconds(c.stallMs));
    return verdict(Action::Fatal,
                   tr("the server stalled: %1. It may be hung or overloaded; if the model is "
                      "only slow, raise the stall limit (backend setting stall_s, now %2 s).")
                       .arg(what, seconds(c.stallMs)));
}

FaultVerdict transportVerdict(const HttpExchange &e, const FaultContext &c) {
    const QNetworkReply::NetworkError error = e.networkError;
    const QString host = QUrl(c.url).host();
    if (error == QNetworkReply::ConnectionRefusedError)
        return verdict(Action::RetryReach,
                       tr("cannot reach %1: connection refused. Is the server running, and is "
                          "--base-url right?")
                           .arg(c.url));
    if (error == QNetworkReply::HostNotFoundError)
        return verdict(
            Action::RetryReach,
            tr("cannot reach %1: host '%2' not found. Check --base-url.").arg(c.url, host));
    if (error == QNetworkReply::SslHandshakeFailedError)
        return verdict(Action::Fatal, tr("TLS with %1 failed: %2. A local server usually speaks "
                                         "plain http://; a self-signed certificate must be "
                                         "trusted by the system.")
                                          .arg(host, e.networkErrorText));
    if (error >= QNetworkReply::ProxyConnectionRefusedError &&
        error <= QNetworkReply::ProxyAuthenticationRequiredError)
        return verdict(Action::Fatal,
                       tr("the network proxy failed for %1: %2").arg(c.url, e.networkErrorText));
    if (e.uploaded())
        return verdict(Action::Retry, tr("%1 closed the connection after taking the request, "
                                         "without an answer (%2): the server may have crashed "
                                         "or restarted.")
                                          .arg(c.url, e.networkErrorText));
    return verdict(Action::RetryClosed,
                   tr("%1 closed the connection while the request (%2) was being sent, %3 "
                      "bytes out, without an HTTP answer (%4). It may refuse requests this "
                      "large (as HTTP 413 would: lower --image-size) or not speak HTTP on this "
                      "port.")
                       .arg(c.url, shapeText(c.shape))
                       .arg(e.bytesSent)
                       .arg(e.networkErrorText));
}

} // namespace

RequestShape requestShape(const ChatRequest &request, qint64 bodyBytes) {
    RequestShape shape;
    shape.bodyBytes = bodyBytes;
    for (const ChatMessage &message : request.messages) {
        for (const QByteArray &png : message.pngImages) {
            ++shape.images;
            shape.imageBytes += png.size();
            const QSize size = pngSize(png);
            if (size.width() * qint64(size.height()) >
                shape.largestImage.width() * qint64(shape.largestImage.height()))
                shape.largestImage = size;
        }
    }
    return shape;
}

QString serverErrorText(const QByteArray &body) {
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QLatin1String("error"));
    QString text;
    if (error.isObject())
        text = error.toObject().value(QLatin1String("message")).toString();
    else if (error.isString())
        text = error.toString();
    if (text.isEmpty())
        text = root.value(QLatin1String("detail")).toVariant().toString();
    if (text.isEmpty())
        text = root.value(QLatin1String("message")).toString();
    if (text.isEmpty())
        text = QString::fromUtf8(body.left(300));
    text = text.simplified().left(300);
    return text.isEmpty() ? tr("(empty body)") : text;
}

FaultVerdict classifyExchange(const HttpExchange &e, const FaultContext &c) {
    using End = HttpExchange::End;
    if (e.end == End::Cancelled)
        return verdict(Action::Cancelled, tr("cancelled"));
    if (e.end == End::TooLarge)
        return verdict(Action::Item,
                       tr("the response from %1 was larger than %2 MB and was cut off")
                           .arg(c.url)
                           .arg(e.bytesReceived / (1024 * 1024) + 1));
    if (e.answered() && e.status != 200)
        return statusVerdict(e, c); // it answered: the close that may follow is no cause
    if (e.end == End::Stalled)
        return stallVerdict(e, c);
    if (e.end == End::TimedOut)
        return verdict(Action::Retry,
                       tr("no complete answer from %1 within %2 s (the timeout of one attempt); "
                          "%3 bytes of it had arrived%4")
                           .arg(c.url, seconds(c.timeoutMs))
                           .arg(e.bytesReceived)
                           .arg(e.probesAnswered > 0
                                    ? tr(". The server kept answering GET %1: it is busy, not "
                                         "hung; raise --timeout or lower --concurrency")
                                          .arg(c.probeUrl)
                                    : QString()));
    if (e.answered() && e.networkError == QNetworkReply::NoError)
        return verdict(Action::Success, {});
    if (e.answered())
        return verdict(Action::Retry, tr("%1 broke off the answer after %2 bytes (%3)")
                                          .arg(c.url)
                                          .arg(e.bytesReceived)
                                          .arg(e.networkErrorText));
    return transportVerdict(e, c);
}

} // namespace brainmd
