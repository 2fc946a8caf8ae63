#include "bench/OpenAiBackend.h"

#include "bench/CancelToken.h"
#include "bench/ChatFaults.h"
#include "bench/ChatJson.h"
#include "bench/HttpExchange.h"
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

/// Retry counters of one request.
struct Tally {
    int failures = 0; ///< transient failures, against maxRetries
    int reach = 0;    ///< refused / host not found
    int closed = 0;   ///< closed while the request was being sent
    int rate = 0;     ///< 429 and 503 with Retry-After
};

class OpenAiSession final : public BackendSession {
public:
    OpenAiSession(const OpenAiOptions &options, CancelToken *cancel)
        : m_options(options)
        , m_cancel(cancel)
        , m_request(QUrl(chatCompletionsUrl(options.baseUrl)))
        , m_jitter(static_cast<std::uint64_t>(
              std::chrono::steady_clock::now().time_since_epoch().count() ^
              reinterpret_cast<std::uintptr_t>(QThread::currentThread()))) {
        m_request.setHeader(QNetworkRequest::ContentTypeHeader,
                            QByteArrayLiteral("application/json"));
        m_request.setRawHeader("Accept", "application/json");
        if (!m_options.apiKey.isEmpty())
            m_request.setRawHeader("Authorization", "Bearer " + m_options.apiKey.toUtf8());
        m_request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        m_context.url = m_request.url().toString();
        m_probeUrl = QUrl(modelsUrl(options.baseUrl));
        m_context.probeUrl = m_probeUrl.toString();
        m_context.model = m_options.model;
        m_context.keySent = !m_options.apiKey.isEmpty();
        m_context.keySource =
            m_options.apiKeySource.isEmpty() ? tr("the configured key") : m_options.apiKeySource;
        m_context.stallMs = m_options.stallMs;
        m_context.timeoutMs = m_options.timeoutMs;
    }

    ChatResponse complete(const ChatRequest &request) override;

private:
    /// The wait before the next attempt, or -1 to give up with the verdict as it is.
    qint64 delayFor(const FaultVerdict &verdict, Tally *tally);
    bool wait(qint64 ms);
    qint64 backoffMs(int attempt);
    bool cancelled() const { return m_cancel != nullptr && m_cancel->isCancelled(); }

    OpenAiOptions m_options;
    CancelToken *m_cancel;
    QNetworkAccessManager m_manager;
    QNetworkRequest m_request;
    QUrl m_probeUrl;
    FaultContext m_context;
    SplitMix64 m_jitter;
};

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

ChatResponse itemError(const QString &message, const HttpExchange &exchange) {
    ChatResponse response;
    response.errorKind = ChatErrorKind::ItemError;
    response.error = message;
    response.httpStatus = exchange.status;
    response.body = exchange.body.left(4096);
    response.latencyMs = exchange.elapsedMs;
    return response;
}

qint64 OpenAiSession::delayFor(const FaultVerdict &verdict, Tally *tally) {
    using Action = FaultVerdict::Action;
    switch (verdict.action) {
    case Action::RetryReach:
        return ++tally->reach > 1 ? -1 : backoffMs(0); // covers a server that is just starting
    case Action::RetryClosed:
        return ++tally->closed > 1 ? -1 : backoffMs(0);
    case Action::Retry:
        return ++tally->failures > m_options.maxRetries ? -1 : backoffMs(tally->failures - 1);
    case Action::RetryRate: {
        const qint64 asked = verdict.retryAfterMs;
        if (asked > m_options.retryAfterCapMs)
            return -1;
        const qint64 own = backoffMs(tally->rate++);
        if (asked < 0)
            return own;
        // Honour Retry-After (a few workers asked to wait the same time are spread by a
        // little jitter); "0" or a short value never makes a worker hammer the server.
        const auto spread = static_cast<std::uint64_t>(std::min<qint64>(1000, asked / 10) + 1);
        return std::max(own, asked + static_cast<qint64>(m_jitter.below(spread)));
    }
    default:
        return -1;
    }
}

/// The message when a retried fault is given up.
ChatResponse givenUp(const FaultVerdict &verdict, const HttpExchange &exchange, bool budgetSpent,
                     const OpenAiOptions &options) {
    using Action = FaultVerdict::Action;
    const QString budget =
        tr(" (the time budget of %1 s per request is spent)").arg(options.requestBudgetMs / 1000);
    if (verdict.action == Action::RetryRate) {
        if (!budgetSpent && verdict.retryAfterMs > options.retryAfterCapMs)
            return fatal(tr("%1 asks to wait %2 s (Retry-After), longer than %3 s: run the same "
                            "command again later to resume.")
                             .arg(verdict.message)
                             .arg(verdict.retryAfterMs / 1000)
                             .arg(options.retryAfterCapMs / 1000),
                         exchange.status);
        return fatal(tr("%1 kept rate-limiting this request%2. Lower --concurrency or wait, then "
                        "run the same command again to resume.")
                         .arg(verdict.message, budget),
                     exchange.status);
    }
    if (verdict.action == Action::Retry)
        return itemError(verdict.message + (budgetSpent ? budget : QString()), exchange);
    return fatal(verdict.message, exchange.status);
}

ChatResponse OpenAiSession::complete(const ChatRequest &request) {
    using Action = FaultVerdict::Action;
    const QByteArray body = chatRequestJson(request, ImageEncoding::DataUrl);
    FaultContext context = m_context;
    context.shape = requestShape(request, body.size());
    QElapsedTimer clock;
    clock.start();
    Tally tally;
    for (int attempt = 1;; ++attempt) {
        const qint64 left = m_options.requestBudgetMs - clock.elapsed();
        const HttpLimits limits{int(std::clamp<qint64>(left, 1, m_options.timeoutMs)),
                                m_options.stallMs, m_options.maxBodyBytes, m_probeUrl};
        const HttpExchange exchange = postOnce(m_manager, m_request, body, limits, m_cancel);
        const FaultVerdict verdict = classifyExchange(exchange, context);
        if (verdict.action == Action::Success) {
            ChatResponse response;
            response.httpStatus = exchange.status;
            response.latencyMs = exchange.elapsedMs;
            response.attempts = attempt;
            response.body = exchange.body;
            parseChatResponseBody(exchange.body, &response);
            if (!response.ok())
                response.body = exchange.body.left(4096);
            return response;
        }
        if (verdict.action == Action::Cancelled || cancelled())
            return fatal(tr("cancelled"));
        if (verdict.action == Action::Item)
            return itemError(verdict.message, exchange);
        const qint64 delay = delayFor(verdict, &tally);
        const bool budgetSpent = delay >= 0 && clock.elapsed() + delay >= m_options.requestBudgetMs;
        if (delay < 0 || budgetSpent) {
            ChatResponse response = givenUp(verdict, exchange, budgetSpent, m_options);
            response.attempts = attempt;
            return response;
        }
        notify({tr("%1 (retry %2)").arg(verdict.message).arg(attempt), delay, attempt + 1});
        if (!wait(delay))
            return fatal(tr("cancelled"));
    }
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

QString modelsUrl(const QString &baseUrl) {
    QString url = chatCompletionsUrl(baseUrl);
    url.chop(int(QStringLiteral("/chat/completions").size()));
    return url + QStringLiteral("/models");
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

QByteArray OpenAiBackend::cacheKeyMaterial(const ChatRequest &request) const {
    return chatCompletionsUrl(m_options.baseUrl).toUtf8() + '\n' +
           ModelBackend::cacheKeyMaterial(request);
}

std::unique_ptr<BackendSession> OpenAiBackend::openSession(CancelToken *cancel) const {
    return std::make_unique<OpenAiSession>(m_options, cancel);
}

} // namespace brainmd
