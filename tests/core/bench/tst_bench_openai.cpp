// The OpenAI-compatible backend against a real local HTTP server: the request on the
// wire, images that decode as PNG, log-probabilities, and every fault the runner must
// survive.
#include "FakeChatServer.h"

#include "bench/BenchImageRenderer.h"
#include "bench/BenchRequestBuilder.h"
#include "bench/CancelToken.h"
#include "bench/ChatJson.h"
#include "bench/OpenAiBackend.h"

#include <QCryptographicHash>
#include <QtTest>

#include <cmath>

using namespace brainmd;
using brainmd::test::FakeChatServer;
using brainmd::test::HttpReply;
using brainmd::test::HttpRequest;

namespace {

ChatRequest sampleRequest() {
    QImage image(64, 64, QImage::Format_Grayscale8);
    image.fill(40);
    ChatRequest request;
    request.model = QStringLiteral("test-vlm");
    request.seed = 7;
    request.maxTokens = 16;
    request.messages.push_back(
        {QStringLiteral("system"), QStringLiteral("You are a radiologist."), {}});
    request.messages.push_back({QStringLiteral("user"),
                                QStringLiteral("Lesion? A) yes B) no"),
                                {BenchImageRenderer::toPng(image)}});
    return request;
}

OpenAiOptions optionsFor(const QString &url) {
    OpenAiOptions options;
    options.baseUrl = url;
    options.model = QStringLiteral("test-vlm");
    options.apiKey = QStringLiteral("sk-test-secret");
    options.timeoutMs = 5000;
    options.maxRetries = 2;
    options.backoffBaseMs = 5;
    options.backoffMaxMs = 20;
    options.maxBodyBytes = 1024 * 1024;
    return options;
}

HttpReply reply(int status, const QByteArray &body,
                QList<std::pair<QByteArray, QByteArray>> headers = {}) {
    return HttpReply{status, std::move(headers), body, false};
}

} // namespace

class BenchOpenAiTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void imageHashFollowsContent() {
        // imageHash remembers recent inputs; it must still answer by content: equal bytes
        // in another buffer hit, a same-sized different image does not.
        QByteArray a(4096, 'a');
        QByteArray b(4096, 'a');
        b[100] = 'b';
        const QString hashA = imageHash(a);
        const QString hashB = imageHash(b);
        QVERIFY(hashA != hashB);
        QCOMPARE(imageHash(QByteArray(4096, 'a')), hashA);
        QCOMPARE(hashA, QString::fromLatin1(
                            QCryptographicHash::hash(a, QCryptographicHash::Sha256).toHex()));
        for (int i = 0; i < 10; ++i)
            imageHash(QByteArray(64, char('0' + i))); // pushes a and b out of the memory
        QCOMPARE(imageHash(b), hashB);
    }

    void requestOnTheWire() {
        FakeChatServer server;
        HttpRequest seen;
        server.setHandler([&seen](const HttpRequest &request) {
            seen = request;
            return reply(200, FakeChatServer::completion(QStringLiteral("Yes"), 120, 2));
        });
        const OpenAiBackend backend(optionsFor(server.start()));
        const ChatResponse response = backend.openSession(nullptr)->complete(sampleRequest());
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(response.text, QStringLiteral("Yes"));
        QCOMPARE(response.promptTokens, 120);
        QCOMPARE(response.completionTokens, 2);
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(seen.header("authorization"), QByteArray("Bearer sk-test-secret"));
        QVERIFY(seen.header("content-type").startsWith("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(seen.body).object();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("test-vlm"));
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(-1), 0.0);
        QCOMPARE(body.value(QLatin1String("top_p")).toDouble(), 1.0);
        QCOMPARE(body.value(QLatin1String("seed")).toInt(), 7);
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 16);
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        const QJsonArray content = messages[1].toObject().value(QLatin1String("content")).toArray();
        QCOMPARE(content[0].toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("image_url"));
        const QString url = content[0]
                                .toObject()
                                .value(QLatin1String("image_url"))
                                .toObject()
                                .value(QLatin1String("url"))
                                .toString();
        QVERIFY(url.startsWith(QLatin1String("data:image/png;base64,")));
        const QImage decoded =
            QImage::fromData(QByteArray::fromBase64(url.mid(22).toLatin1()), "PNG");
        QCOMPARE(decoded.size(), QSize(64, 64));
        QCOMPARE(content[1].toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Lesion? A) yes B) no"));
        QVERIFY(!seen.body.contains("sk-test-secret"));
    }

    void logprobsGiveProbability() {
        FakeChatServer server;
        server.setHandler([](const HttpRequest &) {
            const QByteArray body =
                R"({"choices":[{"message":{"content":"Yes"},"finish_reason":"stop","logprobs":{"content":[{"token":"Yes","logprob":-0.1,"top_logprobs":[{"token":"Yes","logprob":-0.1},{"token":"No","logprob":-2.4},{"token":"The","logprob":-5}]}]}}]})";
            return reply(200, body);
        });
        const OpenAiBackend backend(optionsFor(server.start()));
        ChatRequest request = sampleRequest();
        request.logprobs = true;
        const ChatResponse response = backend.openSession(nullptr)->complete(request);
        QVERIFY(response.ok());
        QCOMPARE(response.firstTokenLogprobs.size(), std::size_t(3));
        TaskQuestion question;
        question.id = QStringLiteral("lesion_present");
        question.type = AnswerType::Binary;
        question.options = {{QStringLiteral("yes"), {}}, {QStringLiteral("no"), {}}};
        question.positive = QStringLiteral("yes");
        const double p = positiveProbabilityFromLogprobs(response.firstTokenLogprobs, question, {});
        QVERIFY(std::abs(p - std::exp(-0.1) / (std::exp(-0.1) + std::exp(-2.4))) < 1e-9);
        const QJsonObject sent = QJsonDocument::fromJson(server.bodies().front()).object();
        QCOMPARE(sent.value(QLatin1String("logprobs")).toBool(), true);
        QCOMPARE(sent.value(QLatin1String("top_logprobs")).toInt(), 5);
    }

    void faults_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QString>("message");
        const int none = int(ChatErrorKind::None), item = int(ChatErrorKind::ItemError),
                  fatal = int(ChatErrorKind::Fatal);
        QTest::newRow("401") << QStringLiteral("401") << fatal << 1 << QStringLiteral("API key");
        QTest::newRow("404 model")
            << QStringLiteral("404") << fatal << 1 << QStringLiteral("does not exist");
        QTest::newRow("429 then ok") << QStringLiteral("429once") << none << 2 << QString();
        // 429 is not counted against the retries: it is retried until the budget is spent.
        QTest::newRow("429 always")
            << QStringLiteral("429") << fatal << -4 << QStringLiteral("kept rate-limiting");
        QTest::newRow("500 then ok") << QStringLiteral("500once") << none << 2 << QString();
        QTest::newRow("500 always")
            << QStringLiteral("500") << item << 3 << QStringLiteral("HTTP 500");
        QTest::newRow("truncated json")
            << QStringLiteral("truncated") << item << 1 << QStringLiteral("not valid JSON");
        QTest::newRow("malformed")
            << QStringLiteral("html") << item << 1 << QStringLiteral("not valid JSON");
        QTest::newRow("empty choices")
            << QStringLiteral("nochoices") << item << 1 << QStringLiteral("no choices");
        QTest::newRow("not utf-8")
            << QStringLiteral("latin1") << item << 1 << QStringLiteral("UTF-8");
        QTest::newRow("huge body")
            << QStringLiteral("huge") << item << 1 << QStringLiteral("larger than");
        QTest::newRow("timeout") << QStringLiteral("hang") << item << 3
                                 << QStringLiteral("timeout");
    }

    void faults() {
        QFETCH(QString, fault);
        QFETCH(int, kind);
        QFETCH(int, requests);
        QFETCH(QString, message);
        FakeChatServer server;
        server.setHandler([fault](const HttpRequest &request) {
            const QByteArray ok = FakeChatServer::completion(QStringLiteral("no"));
            if (fault == QLatin1String("401"))
                return reply(401, R"({"error":{"message":"Incorrect API key"}})");
            if (fault == QLatin1String("404"))
                return reply(404, R"({"error":{"message":"model 'test-vlm' not found"}})");
            if (fault == QLatin1String("429once"))
                return request.index == 0 ? reply(429, "{}", {{"Retry-After", "1"}})
                                          : reply(200, ok);
            if (fault == QLatin1String("429"))
                return reply(429, "{}", {{"Retry-After", "0"}});
            if (fault == QLatin1String("500once"))
                return request.index == 0 ? reply(500, "boom") : reply(200, ok);
            if (fault == QLatin1String("500"))
                return reply(500, "internal error");
            if (fault == QLatin1String("truncated"))
                return reply(200, ok.left(ok.size() / 2));
            if (fault == QLatin1String("html"))
                return reply(200, "<html><body>Bad gateway</body></html>");
            if (fault == QLatin1String("nochoices"))
                return reply(200, R"({"id":"x","choices":[]})");
            if (fault == QLatin1String("latin1"))
                return reply(
                    200, QByteArray("{\"choices\":[{\"message\":{\"content\":\"\xe9\xff\"}}]}"));
            if (fault == QLatin1String("huge"))
                return reply(200, QByteArray(3 * 1024 * 1024, 'x'));
            return HttpReply{200, {}, {}, true};
        });
        OpenAiOptions options = optionsFor(server.start());
        options.timeoutMs = 300;
        if (fault == QLatin1String("429"))
            options.requestBudgetMs = 400;
        const OpenAiBackend backend(options);
        const ChatResponse response = backend.openSession(nullptr)->complete(sampleRequest());
        QCOMPARE(int(response.errorKind), kind);
        if (requests < 0) // at least this many
            QVERIFY2(server.requestCount() >= -requests,
                     qPrintable(QString::number(server.requestCount())));
        else
            QCOMPARE(server.requestCount(), requests);
        QVERIFY2(response.error.contains(message), qPrintable(response.error));
        QVERIFY(!response.error.contains(QLatin1String("sk-test-secret")));
    }

    void refusedConnection() {
        QString url;
        {
            FakeChatServer server;
            url = server.start();
        } // the port is closed again
        const OpenAiBackend backend(optionsFor(url));
        const ChatResponse response = backend.openSession(nullptr)->complete(sampleRequest());
        QCOMPARE(response.errorKind, ChatErrorKind::Fatal);
        QVERIFY2(response.error.contains(QLatin1String("cannot reach")),
                 qPrintable(response.error));
    }

    void cancelAbortsInFlightRequest() {
        FakeChatServer server;
        server.setHandler([](const HttpRequest &) { return HttpReply{200, {}, {}, true}; });
        CancelToken cancel;
        connect(
            &server, &FakeChatServer::requestArrived, &cancel, [&cancel] { cancel.cancel(); },
            Qt::DirectConnection);
        OpenAiOptions options = optionsFor(server.start());
        options.timeoutMs = 600000; // only the cancellation can end this request
        const OpenAiBackend backend(options);
        const ChatResponse response = backend.openSession(&cancel)->complete(sampleRequest());
        QCOMPARE(response.errorKind, ChatErrorKind::Fatal);
        QCOMPARE(response.error, QStringLiteral("cancelled"));
        QCOMPARE(server.requestCount(), 1);
    }

    void cacheKeyNamesTheEndpoint() {
        // The same model name on two servers: two answers, never one from the cache.
        ChatRequest request;
        request.model = QStringLiteral("qwen2-vl");
        request.messages.push_back({QStringLiteral("user"), QStringLiteral("Lesion?"), {}});
        OpenAiOptions a;
        a.baseUrl = QStringLiteral("http://vllm.local:8000/v1");
        a.model = request.model;
        OpenAiOptions b = a;
        b.baseUrl = QStringLiteral("http://llamacpp.local:8080/v1");
        OpenAiOptions again = a;
        again.baseUrl = QStringLiteral("http://vllm.local:8000/v1/chat/completions");
        again.apiKey = QStringLiteral("sk-not-in-the-key"); // the key never is
        QVERIFY(requestHash(OpenAiBackend(a), request) != requestHash(OpenAiBackend(b), request));
        QCOMPARE(requestHash(OpenAiBackend(a), request),
                 requestHash(OpenAiBackend(again), request));
        QVERIFY(!OpenAiBackend(again).cacheKeyMaterial(request).contains("sk-not-in-the-key"));
    }

    void retryAfterParsing() {
        QCOMPARE(retryAfterMs("2"), qint64(2000));
        QCOMPARE(retryAfterMs(""), qint64(-1));
        QCOMPARE(retryAfterMs("soon"), qint64(-1));
        QVERIFY(retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT") == 0); // in the past
        QCOMPARE(chatCompletionsUrl(QStringLiteral("http://h:1/v1/")),
                 QStringLiteral("http://h:1/v1/chat/completions"));
        QCOMPARE(chatCompletionsUrl(QStringLiteral("http://h/x/chat/completions")),
                 QStringLiteral("http://h/x/chat/completions"));
    }
};

QTEST_GUILESS_MAIN(BenchOpenAiTest)
#include "tst_bench_openai.moc"
