// Servers that misbehave, against a real local HTTP server: one that never answers or
// stops mid-answer (stall), one that answers 401 / 413 and closes the connection (the true
// cause, not "cannot reach"), resets, early closes, an exhausted quota, 503 with
// Retry-After, TLS spoken to a plain port. No Qt network warning may appear in any of them.
#include "FakeChatServer.h"
#include "NetworkWarnings.h"

#include "bench/BenchImageRenderer.h"
#include "bench/ChatFaults.h"
#include "bench/OpenAiBackend.h"

#include <QRandomGenerator>
#include <QSslSocket>
#include <QtTest>

using namespace brainmd;
using brainmd::test::FakeChatServer;
using brainmd::test::HttpReply;
using brainmd::test::HttpRequest;

namespace {

/// A request with one image of `side` × `side` pixels of noise (PNG does not shrink it).
ChatRequest imageRequest(int side) {
    QImage image(side, side, QImage::Format_Grayscale8);
    QRandomGenerator random(7);
    for (int y = 0; y < side; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < side; ++x)
            line[x] = static_cast<uchar>(random.bounded(256));
    }
    ChatRequest request;
    request.model = QStringLiteral("test-vlm");
    request.messages.push_back(
        {QStringLiteral("user"), QStringLiteral("Lesion?"), {BenchImageRenderer::toPng(image)}});
    return request;
}

OpenAiOptions fastOptions(const QString &url) {
    OpenAiOptions options;
    options.baseUrl = url;
    options.model = QStringLiteral("test-vlm");
    options.apiKey = QStringLiteral("sk-test-secret");
    options.apiKeySource = QStringLiteral("environment variable OPENAI_API_KEY");
    options.timeoutMs = 60000; // only the stall detector may end a silent request
    options.stallMs = 400;
    options.maxRetries = 2;
    options.backoffBaseMs = 5;
    options.backoffMaxMs = 20;
    return options;
}

HttpReply answer(int status, const QByteArray &body, bool closeAfter = false) {
    HttpReply reply{status, {}, body, false};
    reply.closeAfter = closeAfter;
    return reply;
}

} // namespace

class BenchServerFaultsTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::NetworkWarnings> m_warnings;

    static ChatResponse ask(const OpenAiOptions &options, const ChatRequest &request) {
        const OpenAiBackend backend(options);
        return backend.openSession(nullptr)->complete(request);
    }

private Q_SLOTS:
    void init() { m_warnings = std::make_unique<test::NetworkWarnings>(); }
    void cleanup() {
        const QStringList seen = m_warnings->seen();
        m_warnings.reset();
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1Char('\n'))));
    }

    void neverAnsweringServerStalls() {
        FakeChatServer server;
        server.setHandler([](const HttpRequest &) { return HttpReply{200, {}, {}, true}; });
        const QString url = server.start();
        const ChatResponse response = ask(fastOptions(url), imageRequest(32));
        QCOMPARE(response.errorKind, ChatErrorKind::Fatal);
        QVERIFY2(response.error.contains(QLatin1String("stalled")), qPrintable(response.error));
        QVERIFY2(response.error.contains(url + QStringLiteral("/chat/completions")),
                 qPrintable(response.error));
        QVERIFY2(response.error.contains(QLatin1String("no byte of an answer")),
                 qPrintable(response.error));
        QVERIFY2(response.error.contains(QLatin1String("GET ") + url + QStringLiteral("/models")),
                 qPrintable(response.error));
        QCOMPARE(server.requestCount(), 2); // the request and the probe; a stall is not retried
    }

    void busyServerIsNotAStall() {
        // Slower than the stall limit, but it answers GET /v1/models at once meanwhile.
        FakeChatServer server;
        server.setHandler([](const HttpRequest &request) {
            if (request.path.endsWith("/models"))
                return answer(200, R"({"object":"list","data":[{"id":"test-vlm"}]})");
            HttpReply reply = answer(200, FakeChatServer::completion(QStringLiteral("yes")));
            reply.delayMs = 1500;
            return reply;
        });
        const ChatResponse response = ask(fastOptions(server.start()), imageRequest(32));
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(response.text, QStringLiteral("yes"));
        QVERIFY(server.requestCount() >= 2); // the completion and at least one probe
    }

    void answerStopsHalfway() {
        FakeChatServer server;
        server.setHandler([](const HttpRequest &) {
            HttpReply reply = answer(200, FakeChatServer::completion(QStringLiteral("yes")));
            reply.partialBody = 20;
            return reply;
        });
        const ChatResponse response = ask(fastOptions(server.start()), imageRequest(32));
        QCOMPARE(response.errorKind, ChatErrorKind::Fatal);
        QVERIFY2(response.error.contains(QLatin1String("sent HTTP 200 and 20 bytes")),
                 qPrintable(response.error));
    }

    void statusThenClose_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("early");
        QTest::addColumn<bool>("keySent");
        QTest::addColumn<int>("side");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("401 and close")
            << 401 << false << true << 32
            << QStringList{QStringLiteral("HTTP 401"),
                           QStringLiteral("API key from environment variable OPENAI_API_KEY"),
                           QStringLiteral("Incorrect API key")};
        QTest::newRow("401 no key")
            << 401 << false << false << 32
            << QStringList{QStringLiteral("none was found"), QStringLiteral("OPENAI_API_KEY")};
        QTest::newRow("403") << 403 << false << true << 32
                             << QStringList{QStringLiteral("HTTP 403"),
                                            QStringLiteral("model 'test-vlm'")};
        QTest::newRow("413 after the body")
            << 413 << false << true << 700
            << QStringList{QStringLiteral("413"), QStringLiteral("700×700 px")};
        // The server answers on the headers and closes while the 1 MB body is being sent:
        // whether the answer or the reset arrives first, the cause is the payload.
        QTest::newRow("413 early close")
            << 413 << true << true << 700
            << QStringList{QStringLiteral("413"), QStringLiteral("700×700 px")};
    }

    void statusThenClose() {
        QFETCH(int, status);
        QFETCH(bool, early);
        QFETCH(bool, keySent);
        QFETCH(int, side);
        QFETCH(QStringList, expected);
        FakeChatServer server;
        server.setAnswerOnHeaders(early);
        server.setHandler([status](const HttpRequest &) {
            return answer(status, R"({"error":{"message":"Incorrect API key provided"}})", true);
        });
        OpenAiOptions options = fastOptions(server.start());
        if (!keySent)
            options.apiKey.clear();
        const ChatResponse response = ask(options, imageRequest(side));
        QVERIFY2(response.errorKind == ChatErrorKind::Fatal, qPrintable(response.error));
        for (const QString &part : expected)
            QVERIFY2(response.error.contains(part), qPrintable(response.error));
        QVERIFY2(!response.error.contains(QLatin1String("cannot reach")),
                 qPrintable(response.error));
        QVERIFY2(!response.error.contains(QLatin1String("Is the server running")),
                 qPrintable(response.error));
        QVERIFY(!response.error.contains(QLatin1String("sk-test-secret")));
    }

    void resetAfterRequestIsRetriedThenRecorded() {
        FakeChatServer server;
        server.setHandler([](const HttpRequest &) {
            HttpReply reply;
            reply.dropConnection = true;
            return reply;
        });
        const ChatResponse response = ask(fastOptions(server.start()), imageRequest(32));
        QCOMPARE(response.errorKind, ChatErrorKind::ItemError);
        // The first try and maxRetries = 2 (Qt may resend once on a fresh reset itself).
        QVERIFY2(server.requestCount() >= 3 && server.requestCount() <= 6,
                 qPrintable(QString::number(server.requestCount())));
        QVERIFY2(response.error.contains(QLatin1String("closed the connection after taking")),
                 qPrintable(response.error));
    }

    void quotaExhaustedPausesAtOnce() {
        FakeChatServer server;
        server.setHandler([](const HttpRequest &) {
            return answer(
                429,
                R"({"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}})");
        });
        const ChatResponse response = ask(fastOptions(server.start()), imageRequest(32));
        QCOMPARE(response.errorKind, ChatErrorKind::Fatal);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY2(response.error.contains(QLatin1String("quota")), qPrintable(response.error));
    }

    void busyServerWithRetryAfterIsWaitedFor() {
        FakeChatServer server;
        server.setHandler([](const HttpRequest &request) {
            if (request.index == 0)
                return HttpReply{
                    503, {{"Retry-After", "1"}}, R"({"error":"loading model"})", false};
            return answer(200, FakeChatServer::completion(QStringLiteral("no")));
        });
        const OpenAiBackend backend(fastOptions(server.start()));
        const std::unique_ptr<BackendSession> session = backend.openSession(nullptr);
        std::vector<BackendNotice> notices;
        session->setNoticeSink([&notices](const BackendNotice &n) { notices.push_back(n); });
        const ChatResponse response = session->complete(imageRequest(32));
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(response.attempts, 2);
        QCOMPARE(notices.size(), std::size_t(1));
        QVERIFY(notices[0].waitMs >= 1000);
        QVERIFY2(notices[0].message.contains(QLatin1String("HTTP 503")),
                 qPrintable(notices[0].message));
    }

    void retryAfterBeyondTheCapPauses() {
        FakeChatServer server;
        server.setHandler([](const HttpRequest &) {
            return HttpReply{429, {{"Retry-After", "3600"}}, "{}", false};
        });
        const ChatResponse response = ask(fastOptions(server.start()), imageRequest(32));
        QCOMPARE(response.errorKind, ChatErrorKind::Fatal);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY2(response.error.contains(QLatin1String("3600 s")), qPrintable(response.error));
    }

    void tlsToAPlainPort() {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        FakeChatServer server;
        QString url = server.start();
        url.replace(QLatin1String("http://"), QLatin1String("https://"));
        const ChatResponse response = ask(fastOptions(url), imageRequest(32));
        QCOMPARE(response.errorKind, ChatErrorKind::Fatal);
        QVERIFY2(response.error.contains(QLatin1String("TLS")), qPrintable(response.error));
    }

    void serverErrorTexts_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("openai") << QByteArray(R"({"error":{"message":"bad key","type":"x"}})")
                                << QStringLiteral("bad key");
        QTest::newRow("ollama") << QByteArray(R"({"error":"model not found"})")
                                << QStringLiteral("model not found");
        QTest::newRow("fastapi") << QByteArray(R"({"detail":"Not Found"})")
                                 << QStringLiteral("Not Found");
        QTest::newRow("vllm old") << QByteArray(
                                         R"({"object":"error","message":"too long","code":400})")
                                  << QStringLiteral("too long");
        QTest::newRow("html") << QByteArray("<html>\n<b>502</b></html>")
                              << QStringLiteral("<html> <b>502</b></html>");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("(empty body)");
    }

    void serverErrorTexts() {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QCOMPARE(serverErrorText(body), text);
    }

    void requestShapeReadsPngHeaders() {
        const ChatRequest request = imageRequest(48);
        const RequestShape shape = requestShape(request, 1234);
        QCOMPARE(shape.images, 1);
        QCOMPARE(shape.largestImage, QSize(48, 48));
        QCOMPARE(shape.imageBytes, qint64(request.messages[0].pngImages[0].size()));
        QCOMPARE(shape.bodyBytes, qint64(1234));
    }
};

QTEST_GUILESS_MAIN(BenchServerFaultsTest)
#include "tst_bench_server_faults.moc"
