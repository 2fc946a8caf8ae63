#include "bench/OpenAiBackend.h"

#include "bench/CancelToken.h"
#include "bench/ChatJson.h"
#include "bench/Resampling.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

/// One HTTP exchange as received.
struct Exchange {
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    bool timedOut = false;
    bool tooLarge = false;
    bool cancelled = false;
    qint64 elapsedMs = 0;
};

class OpenAiSession final : public BackendSession {
public:
    OpenAiSession(const OpenAiOptions &options, CancelToken *cancel)
        : m_options(options)
        , m_cancel(cancel)
        , m_jitter(static_cast<std::uint64_t>(
              std::chrono::steady_clock::now().time_since_epoch().count() ^
              reinterpret_cast<std::uintptr_t>(QThread::currentThread()))) {}

    ChatResponse complete(const ChatRequest &request) override;

private:
    Exchange send(const QByteArray &body);
    bool wait(qint64 ms);
    qint64 backoffMs(int attempt);
    bool cancelled() const { return m_cancel != nullptr && m_cancel->isCancelled(); }

    OpenAiOptions m_options;
    CancelToken *m_cancel;
    QNetworkAccessManager m_manager;
    SplitMix64 m_jitter;
};

bool isConnectionFailure(QNetworkReply::NetworkError error) {
    return error == QNetworkReply::ConnectionRefusedError ||
           error == QNetworkReply::HostNotFoundError ||
           error == QNetworkReply::RemoteHostClosedError ||
           error == QNetworkReply::UnknownNetworkError ||
           error == QNetworkReply::SslHandshakeFailedError;
}

QString excerpt(const QByteArray &body) {
    QString text = QString::fromUtf8(body.left(300)).simplified();
    return text.isEmpty() ? tr("(empty body)") : text;
}

Exchange OpenAiSession::send(const QByteArray &body) {
    QNetworkRequest request(QUrl(chatCompletionsUrl(m_options.baseUrl)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_options.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.apiKey.toUtf8());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    Exchange exchange;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QNetworkReply *reply = m_manager.post(request, body);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        exchange.timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (reply->bytesAvailable() + exchange.body.size() > m_options.maxBodyBytes) {
            exchange.tooLarge = true;
            reply->abort();
            return;
        }
        exchange.body += reply->readAll();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (m_cancel != nullptr)
        QObject::connect(
            m_cancel, &CancelToken::cancelled, &loop,
            [&] {
                exchange.cancelled = true;
                reply->abort();
            },
            Qt::QueuedConnection);
    deadline.start(m_options.timeoutMs);
    if (!reply->isFinished() && !cancelled())
        loop.exec();
    if (cancelled() && !reply->isFinished()) {
        exchange.cancelled = true;
        reply->abort();
    }
    if (!exchange.tooLarge)
        exchange.body += reply->readAll();
    exchange.networkError = reply->error();
    exchange.networkErrorText = reply->errorString();
    exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    exchange.retryAfter = reply->rawHeader("Retry-After");
    exchange.elapsedMs = clock.elapsed();
    delete reply; // finished: no signal can reach it any more
    return exchange;
}

bool OpenAiSession::wait(qint64 ms) {
    if (ms <= 0)
        return !cancelled();
    QEventLoop loop;
    QTimer::singleShot(std::chrono::milliseconds(ms), &loop, &QEventLoop::quit);
    if (m_cancel != nullptr)
        QObject::connect(m_cancel, &CancelToken::cancelled, &loop, &QEventLoop::quit,
                         Qt::QueuedConnection);
    if (!cancelled())
        loop.exec();
    return !cancelled();
}

qint64 OpenAiSession::backoffMs(int attempt) {
    const qint64 ceiling = std::min<qint64>(m_options.backoffMaxMs, qint64(m_options.backoffBaseMs)
                                                                        << std::min(attempt, 20));
    // Full jitter: spread retries of many workers so they do not hit the server together.
    return ceiling / 2 +
           static_cast<qint64>(m_jitter.below(static_cast<std::uint64_t>(ceiling / 2 + 1)));
}

ChatResponse fatal(const QString &message, int status = 0) {
    ChatResponse response;
    response.errorKind = ChatErrorKind::Fatal;
    response.error = message;
    response.httpStatus = status;
    return response;
}

ChatResponse itemError(const QString &message, const Exchange &exchange) {
    ChatResponse response;
    response.errorKind = ChatErrorKind::ItemError;
    response.error = message;
    response.httpStatus = exchange.status;
    response.body = exchange.body.left(4096);
    response.latencyMs = exchange.elapsedMs;
    return response;
}

ChatResponse OpenAiSession::complete(const ChatRequest &request) {
    const QByteArray body = chatRequestJson(request, ImageEncoding::DataUrl);
    const QString url = chatCompletionsUrl(m_options.baseUrl);
    ChatResponse last;
    for (int attempt = 0; attempt <= m_options.maxRetries; ++attempt) {
        if (cancelled())
            return fatal(tr("cancelled"));
        const Exchange exchange = send(body);
        if (exchange.cancelled)
            return fatal(tr("cancelled"));
        qint64 delay = backoffMs(attempt);
        if (exchange.tooLarge) {
            return itemError(tr("the response was larger than %1 MB and was cut off")
                                 .arg(m_options.maxBodyBytes / (1024 * 1024)),
                             exchange);
        } else if (exchange.timedOut) {
            last = itemError(
                tr("no complete answer within %1 s (timeout)").arg(m_options.timeoutMs / 1000.0),
                exchange);
        } else if (exchange.status == 0 && isConnectionFailure(exchange.networkError)) {
            last = fatal(tr("cannot reach %1: %2. Is the server running, and is --base-url right?")
                             .arg(url, exchange.networkErrorText));
            if (attempt >= 1)
                return last; // one retry covers a server that is just starting
        } else if (exchange.status == 0) {
            last = itemError(tr("network error: %1").arg(exchange.networkErrorText), exchange);
        } else if (exchange.status == 401 || exchange.status == 403) {
            return fatal(
                tr("the server refused the API key (HTTP %1). Set the key in the environment "
                   "variable "
                   "named by --api-key-env (default BRAINMD_API_KEY) or in the system keychain.")
                    .arg(exchange.status),
                exchange.status);
        } else if (exchange.status == 404) {
            return fatal(
                tr("HTTP 404 from %1: the model '%2' or the endpoint does not exist. Check --model "
                   "and --base-url (it usually ends in /v1). Server said: %3")
                    .arg(url, m_options.model, excerpt(exchange.body)),
                404);
        } else if (exchange.status == 429) {
            const qint64 asked = retryAfterMs(exchange.retryAfter);
            delay = std::max(delay, std::min<qint64>(asked, m_options.retryAfterCapMs));
            last = fatal(tr("the server keeps answering HTTP 429 (rate limited). Lower "
                            "--concurrency or wait, "
                            "then run the same command again to resume."),
                         429);
        } else if (exchange.status == 408 || exchange.status >= 500) {
            last = itemError(
                tr("HTTP %1 from the server: %2").arg(exchange.status).arg(excerpt(exchange.body)),
                exchange);
        } else if (exchange.status != 200) {
            return itemError(
                tr("HTTP %1 from the server: %2").arg(exchange.status).arg(excerpt(exchange.body)),
                exchange);
        } else {
            ChatResponse response;
            response.httpStatus = 200;
            response.latencyMs = exchange.elapsedMs;
            response.attempts = attempt + 1;
            response.body = exchange.body;
            parseChatResponseBody(exchange.body, &response);
            if (!response.ok())
                response.body = exchange.body.left(4096);
            return response;
        }
        last.attempts = attempt + 1;
        if (attempt < m_options.maxRetries && !wait(delay))
            return fatal(tr("cancelled"));
    }
    return last;
}

} // namespace

QString chatCompletionsUrl(const QString &baseUrl) {
    QString url = baseUrl.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url.endsWith(QLatin1String("/chat/completions"))
               ? url
               : url + QStringLiteral("/chat/completions");
}

qint64 retryAfterMs(const QByteArray &headerValue) {
    const QByteArray value = headerValue.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : static_cast<qint64>(seconds * 1000.0);
    QString date = QString::fromLatin1(value);
    date.replace(QLatin1String(" GMT"), QLatin1String(" +0000")); // HTTP dates name the zone GMT
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

OpenAiBackend::OpenAiBackend(OpenAiOptions options)
    : m_options(std::move(options)) {}

std::unique_ptr<BackendSession> OpenAiBackend::openSession(CancelToken *cancel) const {
    return std::make_unique<OpenAiSession>(m_options, cancel);
}

} // namespace brainmd
