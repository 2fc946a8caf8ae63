#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace brainmd::test {

/// One HTTP request as the fake server received it.
struct HttpRequest {
    QByteArray method;
    QByteArray path;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< names lower-case
    QByteArray body;
    int index = 0; ///< 0-based arrival order

    QByteArray header(const QByteArray &name) const;
};

/// What to answer. `hang` never answers (the client must time out or cancel).
struct HttpReply {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool hang = false;
    bool closeAfter = false;     ///< close the connection right after the answer
    int partialBody = -1;        ///< >= 0: send the headers and this many body bytes, then hang
    bool dropConnection = false; ///< reset the connection instead of answering
    int delayMs = 0;             ///< answer this much later (other connections go on)
};

/// A chat-completions server for tests and benchmarks: a QTcpServer in its own thread
/// speaking HTTP/1.1 with keep-alive. The handler runs in the server thread; by default
/// every request gets a valid completion answering "yes".
class FakeChatServer : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<HttpReply(const HttpRequest &)>;

    FakeChatServer();
    ~FakeChatServer() override;

    /// Starts listening on 127.0.0.1 (any free port); returns the base URL ".../v1".
    QString start();
    void stop();
    void setHandler(Handler handler);
    /// When set, the handler is called as soon as a request's headers are in (its body
    /// empty), before the body is read: a server refusing a large upload early (413).
    void setAnswerOnHeaders(bool early) { m_answerOnHeaders = early; }

    int requestCount() const { return m_count.load(); }
    int answeredCount() const { return m_answered.load(); }
    int hangingCount() const { return m_hanging.load(); }
    /// Bodies of all requests so far (in arrival order).
    QList<QByteArray> bodies() const;

    /// A completion body answering `text` (with optional usage).
    static QByteArray completion(const QString &text, int promptTokens = 10,
                                 int completionTokens = 1);

Q_SIGNALS:
    void requestArrived(int index);

private:
    void serve(); ///< runs in m_thread
    void onData(QTcpSocket *socket, QByteArray *buffer);
    void writeReply(QTcpSocket *socket, const HttpReply &reply);

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    Handler m_handler;
    QList<QByteArray> m_bodies;
    std::atomic<int> m_count{0};
    std::atomic<int> m_answered{0};
    std::atomic<int> m_hanging{0};
    bool m_keepBodies = true;
    std::atomic<bool> m_answerOnHeaders{false};

public:
    /// Benchmarks turn body recording off to keep memory flat.
    void setKeepBodies(bool keep) { m_keepBodies = keep; }
};

} // namespace brainmd::test
