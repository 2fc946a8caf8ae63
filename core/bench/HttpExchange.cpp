#include "bench/HttpExchange.h"

#include "bench/CancelToken.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace brainmd {

namespace {

/// One attempt in flight. All handlers are connected with `context` as receiver, so
/// that one disconnect() detaches them before the reply is aborted or deleted.
class Attempt {
public:
    Attempt(QNetworkReply *reply, const HttpLimits &limits, HttpExchange *exchange)
        : m_reply(reply)
        , m_limits(limits)
        , m_exchange(exchange) {
        m_clock.start();
        m_lastActivity.start();
    }

    void connectAll(CancelToken *cancel);
    void run();

private:
    void activity() { m_lastActivity.restart(); }
    void onReadyRead();
    void onStallCheck();
    void stop(HttpExchange::End why);
    void collect();

    QNetworkReply *m_reply;
    const HttpLimits &m_limits;
    HttpExchange *m_exchange;
    QObject m_context;
    QEventLoop m_loop;
    QTimer m_deadline;
    QTimer m_stallCheck;
    QElapsedTimer m_clock;
    QElapsedTimer m_lastActivity;
    bool m_stopped = false;
};

void Attempt::connectAll(CancelToken *cancel) {
    QNetworkReply *reply = m_reply;
    QObject::connect(reply, &QNetworkReply::readyRead, &m_context, [this] { onReadyRead(); });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &m_context, [this] { activity(); });
    QObject::connect(reply, &QNetworkReply::uploadProgress, &m_context,
                     [this](qint64 sent, qint64) {
                         if (sent > m_exchange->bytesSent)
                             activity();
                         m_exchange->bytesSent = std::max(m_exchange->bytesSent, sent);
                     });
    QObject::connect(reply, &QNetworkReply::socketStartedConnecting, &m_context, [this] {
        m_exchange->connecting = true;
        activity();
    });
    QObject::connect(reply, &QNetworkReply::requestSent, &m_context, [this] {
        m_exchange->requestSent = true;
        activity();
    });
    QObject::connect(reply, &QNetworkReply::finished, &m_context, [this] { m_loop.quit(); });
    m_deadline.setSingleShot(true);
    QObject::connect(&m_deadline, &QTimer::timeout, &m_context,
                     [this] { stop(HttpExchange::End::TimedOut); });
    // A coarse periodic check instead of a timer restarted on every chunk: cheaper at
    // hundreds of requests per second, and precise enough for a limit of seconds.
    m_stallCheck.setInterval(std::max(10, std::min(1000, m_limits.stallMs / 4)));
    QObject::connect(&m_stallCheck, &QTimer::timeout, &m_context, [this] { onStallCheck(); });
    if (cancel != nullptr)
        QObject::connect(
            cancel, &CancelToken::cancelled, &m_context,
            [this] { stop(HttpExchange::End::Cancelled); }, Qt::QueuedConnection);
}

void Attempt::onReadyRead() {
    if (m_stopped || !m_reply->isOpen())
        return;
    activity();
    if (m_reply->bytesAvailable() + m_exchange->body.size() > m_limits.maxBodyBytes)
        return stop(HttpExchange::End::TooLarge);
    m_exchange->body += m_reply->readAll();
}

void Attempt::onStallCheck() {
    if (m_limits.stallMs > 0 && m_lastActivity.elapsed() >= m_limits.stallMs)
        stop(HttpExchange::End::Stalled);
}

void Attempt::stop(HttpExchange::End why) {
    if (m_stopped)
        return;
    m_stopped = true;
    m_exchange->end = why;
    m_deadline.stop();
    m_stallCheck.stop();
    // Keep only the finished handler; the others must not read an aborted reply.
    QObject::disconnect(m_reply, &QNetworkReply::readyRead, &m_context, nullptr);
    QObject::disconnect(m_reply, &QNetworkReply::uploadProgress, &m_context, nullptr);
    // A reply that already reported an error finishes by itself right after; aborting it
    // then would set a second error (Qt warns "must only be called once").
    if (!m_reply->isFinished() && m_reply->error() == QNetworkReply::NoError)
        m_reply->abort();
    if (m_reply->isFinished())
        m_loop.quit();
}

void Attempt::run() {
    m_deadline.start(m_limits.timeoutMs);
    if (m_limits.stallMs > 0)
        m_stallCheck.start();
    if (!m_reply->isFinished())
        m_loop.exec();
    m_deadline.stop();
    m_stallCheck.stop();
    QObject::disconnect(m_reply, nullptr, &m_context, nullptr);
    collect();
}

void Attempt::collect() {
    HttpExchange &e = *m_exchange;
    if (!m_stopped && m_reply->isOpen()) {
        if (m_reply->bytesAvailable() + e.body.size() > m_limits.maxBodyBytes)
            e.end = HttpExchange::End::TooLarge;
        else
            e.body += m_reply->readAll();
    }
    e.networkError = m_reply->error();
    e.networkErrorText = m_reply->errorString();
    e.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.retryAfter = m_reply->rawHeader("Retry-After");
    e.bytesReceived = e.body.size();
    e.elapsedMs = m_clock.elapsed();
    e.silentMs = m_lastActivity.elapsed();
}

} // namespace

HttpExchange postOnce(QNetworkAccessManager &manager, const QNetworkRequest &request,
                      const QByteArray &body, const HttpLimits &limits, CancelToken *cancel) {
    HttpExchange exchange;
    exchange.requestBytes = body.size();
    if (cancel != nullptr && cancel->isCancelled()) {
        exchange.end = HttpExchange::End::Cancelled;
        return exchange;
    }
    const std::unique_ptr<QNetworkReply> reply(manager.post(request, body));
    {
        Attempt attempt(reply.get(), limits, &exchange);
        attempt.connectAll(cancel);
        if (cancel != nullptr && cancel->isCancelled())
            exchange.end = HttpExchange::End::Cancelled; // checked after connecting: no gap
        else
            attempt.run();
        if (exchange.end == HttpExchange::End::Cancelled && !reply->isFinished() &&
            reply->error() == QNetworkReply::NoError)
            reply->abort();
    }
    return exchange; // the reply is finished or aborted: deleting it sends no signal
}

} // namespace brainmd
