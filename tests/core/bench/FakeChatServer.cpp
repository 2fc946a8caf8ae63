#include "FakeChatServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace brainmd::test {

namespace {

/// Incremental HTTP/1.1 request reader for one connection.
struct Connection {
    QByteArray buffer;
};

/// Takes one request off `buffer`; with `headersOnly` as soon as its headers are in.
bool takeRequest(QByteArray &buffer, HttpRequest *request, bool headersOnly = false) {
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    qsizetype length = 0;
    HttpRequest parsed;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    parsed.method = first.value(0);
    parsed.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        parsed.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
    }
    if (headersOnly) {
        buffer.clear();
        *request = parsed;
        return true;
    }
    if (buffer.size() < end + 4 + length)
        return false;
    parsed.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    *request = parsed;
    return true;
}

QByteArray statusText(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 503:
        return "Service Unavailable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key == name.toLower())
            return value;
    }
    return {};
}

FakeChatServer::FakeChatServer() {
    m_handler = [](const HttpRequest &) {
        return HttpReply{200, {}, completion(QStringLiteral("yes")), false};
    };
}

FakeChatServer::~FakeChatServer() {
    stop();
}

QByteArray FakeChatServer::completion(const QString &text, int promptTokens, int completionTokens) {
    const QJsonObject body{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("message"),
                                 QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                             {QStringLiteral("content"), text}}},
                                {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
        {QStringLiteral("usage"),
         QJsonObject{{QStringLiteral("prompt_tokens"), promptTokens},
                     {QStringLiteral("completion_tokens"), completionTokens}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void FakeChatServer::setHandler(Handler handler) {
    QMutexLocker lock(&m_mutex);
    m_handler = std::move(handler);
}

QList<QByteArray> FakeChatServer::bodies() const {
    QMutexLocker lock(&m_mutex);
    return m_bodies;
}

QString FakeChatServer::start() {
    QSemaphore ready;
    QObject::connect(
        &m_thread, &QThread::started, &m_thread,
        [this, &ready] {
            serve();
            ready.release();
        },
        Qt::DirectConnection);
    m_thread.start();
    ready.acquire();
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port);
}

void FakeChatServer::stop() {
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_server,
        [this] {
            for (QTcpSocket *socket : m_server->findChildren<QTcpSocket *>())
                socket->abort();
            m_server->close();
            delete m_server;
            m_server = nullptr;
            m_thread.quit();
        },
        Qt::BlockingQueuedConnection);
    m_thread.wait();
}

void FakeChatServer::serve() {
    m_server = new QTcpServer;
    m_server->listen(QHostAddress::LocalHost, 0);
    m_port = m_server->serverPort();
    QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(m_server);
            auto *buffer = new QByteArray;
            QObject::connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket, buffer] { onData(socket, buffer); });
        }
    });
}

void FakeChatServer::onData(QTcpSocket *socket, QByteArray *buffer) {
    if (socket->property("brainmd_done").toBool()) { // answered early: discard the rest
        socket->readAll();
        return;
    }
    buffer->append(socket->readAll());
    if (buffer->startsWith('\x16')) { // a TLS ClientHello: answer as a plain HTTP server would
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    HttpRequest request;
    const bool early = m_answerOnHeaders.load();
    while (takeRequest(*buffer, &request, early)) {
        request.index = m_count++;
        Handler handler;
        {
            QMutexLocker lock(&m_mutex);
            if (m_keepBodies)
                m_bodies.append(request.body);
            handler = m_handler;
        }
        const HttpReply reply = handler(request);
        if (reply.dropConnection) {
            Q_EMIT requestArrived(request.index);
            socket->abort(); // RST: "connection reset by peer"
            return;
        }
        if (reply.hang) {
            ++m_hanging;
            Q_EMIT requestArrived(request.index);
            continue;
        }
        if (reply.delayMs > 0) {
            QTimer::singleShot(reply.delayMs, socket,
                               [this, socket, reply] { writeReply(socket, reply); });
            Q_EMIT requestArrived(request.index);
            continue;
        }
        writeReply(socket, reply);
        Q_EMIT requestArrived(request.index);
        if (reply.closeAfter || early) {
            socket->setProperty("brainmd_done", true);
            socket->disconnectFromHost();
            return;
        }
    }
}

void FakeChatServer::writeReply(QTcpSocket *socket, const HttpReply &reply) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' +
                     statusText(reply.status) +
                     "\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    if (reply.closeAfter)
        out += "Connection: close\r\n";
    if (reply.partialBody >= 0) {
        ++m_hanging;
        socket->write(out + "\r\n" + reply.body.left(reply.partialBody));
        socket->flush();
        return;
    }
    socket->write(out + "\r\n" + reply.body);
    ++m_answered;
}

} // namespace brainmd::test
