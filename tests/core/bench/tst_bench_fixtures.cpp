// Replays the recorded exchanges of tests/core/bench/fixtures (vLLM, llama.cpp server,
// Ollama's /v1, a hosted OpenAI-compatible API) through a real local HTTP server and
// checks what the backend makes of each, and what it sent.
#include "FakeChatServer.h"

#include "bench/BenchImageRenderer.h"
#include "bench/OpenAiBackend.h"

#include <QDir>
#include <QtTest>

using namespace brainmd;
using brainmd::test::FakeChatServer;
using brainmd::test::HttpReply;
using brainmd::test::HttpRequest;

namespace {

QString fixtureDir() {
    return QStringLiteral(BRAINMD_SOURCE_DIR "/tests/core/bench/fixtures");
}

HttpReply replyFrom(const QJsonObject &response) {
    HttpReply reply;
    reply.status = response.value(QLatin1String("status")).toInt(200);
    const QJsonObject headers = response.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        reply.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    reply.body = response.contains(QLatin1String("body_text"))
                     ? response.value(QLatin1String("body_text")).toString().toUtf8()
                     : QJsonDocument(response.value(QLatin1String("body")).toObject())
                           .toJson(QJsonDocument::Compact);
    return reply;
}

ChatRequest requestFor(const QJsonObject &fixture) {
    QImage image(64, 64, QImage::Format_Grayscale8);
    image.fill(90);
    ChatRequest request;
    request.model = QStringLiteral("test-vlm");
    request.logprobs = fixture.value(QLatin1String("request"))
                           .toObject()
                           .value(QLatin1String("logprobs"))
                           .toBool();
    request.messages.push_back({QStringLiteral("user"),
                                QStringLiteral("Lesion? A) yes B) no"),
                                {BenchImageRenderer::toPng(image)}});
    return request;
}

int kindOf(const QString &name) {
    if (name == QLatin1String("item"))
        return int(ChatErrorKind::ItemError);
    return name == QLatin1String("fatal") ? int(ChatErrorKind::Fatal) : int(ChatErrorKind::None);
}

/// The image part of the sent request is a base64 PNG data URL.
bool sentDataUrl(const QByteArray &body) {
    const QJsonArray content = QJsonDocument::fromJson(body)
                                   .object()
                                   .value(QLatin1String("messages"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QLatin1String("content"))
                                   .toArray();
    const QString url = content.first()
                            .toObject()
                            .value(QLatin1String("image_url"))
                            .toObject()
                            .value(QLatin1String("url"))
                            .toString();
    return url.startsWith(QLatin1String("data:image/png;base64,")) &&
           !QImage::fromData(QByteArray::fromBase64(url.mid(22).toLatin1()), "PNG").isNull();
}

} // namespace

class BenchFixturesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replay_data() {
        QTest::addColumn<QString>("file");
        const QStringList files =
            QDir(fixtureDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 12);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void replay() {
        QFETCH(QString, file);
        QFile in(fixtureDir() + QLatin1Char('/') + file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonObject fixture = QJsonDocument::fromJson(in.readAll()).object();
        QVERIFY2(!fixture.isEmpty(), "not a JSON object");
        const HttpReply reply = replyFrom(fixture.value(QLatin1String("response")).toObject());
        FakeChatServer server;
        HttpRequest seen;
        server.setHandler([&seen, reply](const HttpRequest &request) {
            seen = request;
            return reply;
        });
        OpenAiOptions options;
        options.baseUrl = server.start();
        options.model = QStringLiteral("test-vlm");
        options.apiKey = QStringLiteral("sk-test-secret");
        options.apiKeySource = QStringLiteral("environment variable OPENAI_API_KEY");
        options.maxRetries = 2;
        options.backoffBaseMs = 5;
        options.backoffMaxMs = 20;
        const OpenAiBackend backend(options);
        const ChatResponse r = backend.openSession(nullptr)->complete(requestFor(fixture));
        const QJsonObject expect = fixture.value(QLatin1String("expect")).toObject();
        QCOMPARE(seen.path, QByteArray("/v1/chat/completions"));
        QVERIFY(sentDataUrl(seen.body));
        QVERIFY2(int(r.errorKind) == kindOf(expect.value(QLatin1String("kind")).toString()),
                 qPrintable(r.error));
        for (const QJsonValue part : expect.value(QLatin1String("error")).toArray())
            QVERIFY2(r.error.contains(part.toString()), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1String("sk-test-secret")));
        if (!r.ok())
            return;
        QCOMPARE(r.text, expect.value(QLatin1String("text")).toString());
        QCOMPARE(r.finishReason, expect.value(QLatin1String("finish_reason")).toString());
        QCOMPARE(r.promptTokens, expect.value(QLatin1String("prompt_tokens")).toInt());
        QCOMPARE(r.completionTokens, expect.value(QLatin1String("completion_tokens")).toInt());
        QCOMPARE(int(r.firstTokenLogprobs.size()), expect.value(QLatin1String("logprobs")).toInt());
    }
};

QTEST_GUILESS_MAIN(BenchFixturesTest)
#include "tst_bench_fixtures.moc"
