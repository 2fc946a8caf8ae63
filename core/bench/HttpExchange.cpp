#include "bench/HttpExchange.h"

#include "bench/CancelToken.h"

#include <QCoreApplication>
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
    Attempt(QNetworkAccessManager &manager, QNetworkReply *reply, const HttpLimits &limits,
            HttpExchange *exchange)
        : m_manager(manager)
        , m_reply(reply)
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
    void onError(QNetworkReply::NetworkError code);
    void stop(HttpExchange::End why);
    void collect();

    QNetworkAccessManager &m_manager;
    QNetworkReply *m_reply;
    std::unique_ptr<QNetworkReply> m_probe; ///< polled, never connected; deleted with us
    QElapsedTimer m_probeClock;
    const HttpLimits &m_limits;
    HttpExchange *m_exchange;
    QObject m_context;
    QEventLoop m_loop;
    QTimer m_deadline;
    QTimer m_stallCheck;
    QElapsedTimer m_clock;
    QElapsedTimer m_lastActivity;
    bool m_stopped = false;
    bool m_transportError = false;
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
    QObject::connect(reply, &QNetworkReply::errorOccurred, &m_context,
                     [this](QNetworkReply::NetworkError code) { onError(code); });
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

void Attempt::onError(QNetworkReply::NetworkError code) {
    if (m_stopped || code == QNetworkReply::OperationCanceledError ||
        m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0)
        return; // our own abort, or an HTTP answer whose finished() follows in order
    // A transport error (reset, close, refused): the attempt is over. Drop what is still
    // queued for the reply (a later report of the same failure would warn "... must only
    // be called once") and end the loop here; the reply is deleted right after.
    m_transportError = true;
    QCoreApplication::removePostedEvents(m_reply, QEvent::MetaCall);
    m_loop.quit();
}

void Attempt::onStallCheck() {
    if (m_probe) {
        if (m_probe->isFinished() &&
            m_probe->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0) {
            ++m_exchange->probesAnswered; // alive, only slow: the silence starts anew
            m_probe.reset();
            activity();
        } else if (m_probe->isFinished() || m_probeClock.elapsed() >= m_limits.stallMs) {
            m_exchange->probeUnanswered = true;
            stop(HttpExchange::End::Stalled);
        }
        return;
    }
    if (m_limits.stallMs <= 0 || m_lastActivity.elapsed() < m_limits.stallMs)
        return;
    if (m_limits.probeUrl.isEmpty())
        return stop(HttpExchange::End::Stalled);
    QNetworkRequest probe(m_limits.probeUrl);
    if (const QByteArray key = m_reply->request().rawHeader("Authorization"); !key.isEmpty())
        probe.setRawHeader("Authorization", key);
    probe.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    m_probe.reset(m_manager.get(probe));
    m_probeClock.start();
}

void Attempt::stop(HttpExchange::End why) {
    if (m_stopped)
        return;
    m_stopped = true;
    m_exchange->end = why;
    m_deadline.stop();
    m_stallCheck.stop();
    // No abort(): it sets an error of its own, and an error the network thread has queued
    // already would then be a second one ("QNetworkReplyImplPrivate::error: Internal
    // problem, this method must only be called once"). The loop ends and the caller
    // deletes the reply, which stops the transfer and can receive nothing more.
    QObject::disconnect(m_reply, nullptr, &m_context, nullptr);
    QCoreApplication::removePostedEvents(m_reply, QEvent::MetaCall);
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
    if (!m_stopped && !m_transportError && m_reply->isOpen()) {
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
    // Deleted when this returns, finished or not: deleting an unfinished reply stops its
    // transfer without reporting an error, and no queued signal reaches it afterwards.
    const std::unique_ptr<QNetworkReply> reply(manager.post(request, body));
    Attempt attempt(manager, reply.get(), limits, &exchange);
    attempt.connectAll(cancel);
    if (cancel != nullptr && cancel->isCancelled())
        exchange.end = HttpExchange::End::Cancelled; // checked after connecting: no gap
    else
        attempt.run();
    return exchange;
}

} // namespace brainmd
