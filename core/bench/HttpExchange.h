#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;

namespace brainmd {

class CancelToken;

/// Limits of one HTTP attempt.
struct HttpLimits {
    int timeoutMs = 120000;                ///< the whole attempt, connect to last byte
    int stallMs = 20000;                   ///< longest silence: no byte sent or received
    qint64 maxBodyBytes = 8 * 1024 * 1024; ///< larger response bodies are cut off
    /// Asked with GET after stallMs of silence (e.g. {base}/models): a server that answers
    /// it is alive but busy (a non-streamed answer sends nothing until it is complete), so
    /// the attempt goes on until timeoutMs; one that does not answer it within stallMs
    /// either has stalled. Empty: silence alone means a stall.
    QUrl probeUrl;
};

/// One POST as it went: how it ended, what was sent and what came back. Built by
/// postOnce(); the reply object is gone by then, so nothing here can touch it again.
struct HttpExchange {
    enum class End {
        Finished,  ///< the reply finished by itself (answer or network error)
        TimedOut,  ///< HttpLimits::timeoutMs passed
        Stalled,   ///< no byte moved for HttpLimits::stallMs
        TooLarge,  ///< the body passed HttpLimits::maxBodyBytes
        Cancelled, ///< the cancel token fired
    };
    End end = End::Finished;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int status = 0; ///< HTTP status; 0 when no response header arrived
    QByteArray body;
    QByteArray retryAfter;    ///< the Retry-After header, raw
    qint64 requestBytes = 0;  ///< size of the request body
    qint64 bytesSent = 0;     ///< of the request body, as far as Qt reported
    qint64 bytesReceived = 0; ///< of the response body
    bool connecting = false;  ///< a socket started connecting
    bool requestSent = false; ///< Qt began sending (its requestSent(); not the whole body)
    qint64 elapsedMs = 0;
    qint64 silentMs = 0;          ///< time since the last byte moved, when the attempt ended
    int probesAnswered = 0;       ///< liveness probes the server answered during the silence
    bool probeUnanswered = false; ///< the stall was confirmed by an unanswered probe

    /// True when some response (status line and headers) arrived.
    bool answered() const { return status > 0; }
    /// True when the whole request body went out (as uploadProgress reported).
    bool uploaded() const { return bytesSent >= requestBytes; }
};

/// Sends one POST on `manager` (in the calling thread) and blocks in a local event loop
/// until it ends. A reply is never aborted: to stop it early its handlers are detached,
/// its queued signals dropped and it is deleted, which ends the transfer without a second
/// error report; nothing reads a reply after it finished or was stopped.
HttpExchange postOnce(QNetworkAccessManager &manager, const QNetworkRequest &request,
                      const QByteArray &body, const HttpLimits &limits, CancelToken *cancel);

} // namespace brainmd
