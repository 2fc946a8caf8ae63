// `brainmd bench` end to end with the real binary on a small phantom: baselines and
// reports, a fault that pauses the run, and resuming after the process is killed
// without asking the server anything twice (the server counts requests).
#include "FakeChatServer.h"

#include "support/CliProcess.h"

#include <QtTest>

#include <cmath>

using brainmd::test::FakeChatServer;
using brainmd::test::HttpReply;
using brainmd::test::HttpRequest;

namespace {

using Result = brainmd::testing::CliRun;
using brainmd::testing::runCli;

constexpr int kCases = 6;
constexpr int kQuestionsOnAxial = 8; // the default pack; imaging_plane is asked of single planes
constexpr int kPool = 4;             // baselinesAndReport's example pool
constexpr int kEvaluated = kCases - kPool; // held out: the pool's cases are not scored

} // namespace

class BenchCliTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QStringList openAiRun(const QString &url, const QString &db) const {
        return {QStringLiteral("bench"),         QStringLiteral("run"),
                QStringLiteral("--db"),          db,
                QStringLiteral("--backend"),     QStringLiteral("openai"),
                QStringLiteral("--base-url"),    url,
                QStringLiteral("--model"),       QStringLiteral("fake-vlm"),
                QStringLiteral("--labels"),      QStringLiteral("phantom"),
                QStringLiteral("--slices"),      QStringLiteral("centre"),
                QStringLiteral("--shots"),       QStringLiteral("0"),
                QStringLiteral("--concurrency"), QStringLiteral("4"),
                QStringLiteral("--retries"),     QStringLiteral("0"),
                QStringLiteral("--pool-size"),   QStringLiteral("1")};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.filePath(QStringLiteral("data"));
        Result made =
            runCli({QStringLiteral("demo-data"), QStringLiteral("--cases"), QString::number(kCases),
                    QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), data});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        m_db = m_dir.filePath(QStringLiteral("bench.sqlite"));
        Result imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_db, data});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void baselinesAndReport() {
        const Result run =
            runCli({QStringLiteral("bench"), QStringLiteral("run"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--backend"), QStringLiteral("knn"), QStringLiteral("--labels"),
                    QStringLiteral("phantom"), QStringLiteral("--slices"),
                    QStringLiteral("random,centre,manual,blank,none"), QStringLiteral("--shots"),
                    QStringLiteral("0,2"), QStringLiteral("--pool-size"), QString::number(kPool),
                    QStringLiteral("--name"), QStringLiteral("<b>knn</b>")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY(run.out.contains(QLatin1String("manual/axial/2-shot")));
        QVERIFY2(
            run.out.contains(QLatin1String("Held-out evaluation: an annotated example pool of 4 "
                                           "cases")),
            qPrintable(run.out));
        const Result list = runCli({QStringLiteral("bench"), QStringLiteral("list"),
                                    QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        const QJsonArray runs = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("finished"));
        // 5 sources x 2 shots on the cases outside the pool; the controls are not asked
        // the plane.
        QCOMPARE(
            runs[0].toObject().value(QLatin1String("predictions")).toInt(),
            2 * (3 * kEvaluated * kQuestionsOnAxial + 2 * kEvaluated * (kQuestionsOnAxial - 1)));
        const QString out = m_dir.filePath(QStringLiteral("report"));
        const Result report =
            runCli({QStringLiteral("bench"), QStringLiteral("report"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--out"), out});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QFile html(out + QStringLiteral("/report.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("data:image/png;base64,"));
        QVERIFY(!page.contains("<b>knn</b>")); // the run name is escaped
        QVERIFY(page.contains("&lt;b&gt;knn&lt;/b&gt;"));
        QVERIFY(!page.contains("<script"));
        QVERIFY(page.contains("Evaluation protocol"));
        QFile reportJson(out + QStringLiteral("/report.json"));
        QVERIFY(reportJson.open(QIODevice::ReadOnly));
        const QJsonObject split = QJsonDocument::fromJson(reportJson.readAll())
                                      .object()
                                      .value(QLatin1String("split"))
                                      .toObject();
        QCOMPARE(split.value(QLatin1String("protocol")).toString(), QStringLiteral("held-out"));
        QSet<QString> poolKeys, scoredKeys;
        for (const QJsonValue &c : split.value(QLatin1String("pool")).toArray())
            poolKeys.insert(c.toObject().value(QLatin1String("key")).toString());
        for (const QJsonValue &c : split.value(QLatin1String("evaluated")).toArray())
            scoredKeys.insert(c.toObject().value(QLatin1String("key")).toString());
        QCOMPARE(poolKeys.size(), kPool);
        QCOMPARE(scoredKeys.size(), kEvaluated);
        QVERIFY(!poolKeys.intersects(scoredKeys));
        // No pool case has a prediction.
        QFile predictions(out + QStringLiteral("/predictions.csv"));
        QVERIFY(predictions.open(QIODevice::ReadOnly));
        for (const QByteArray &line : predictions.readAll().split('\n').mid(1))
            QVERIFY2(line.isEmpty() ||
                         !poolKeys.contains(QString::fromUtf8(line.split(',').value(0))),
                     line.constData());
        for (const char *file : {"conditions.csv", "questions.csv", "comparisons.csv",
                                 "predictions.csv", "report.json", "plots/accuracy.png",
                                 "plots/accuracy.svg", "plots/roc-lesion_present.svg",
                                 "plots/calibration-oedema.png", "plots/confusion-lesion_lobe.png"})
            QVERIFY2(QFileInfo(out + QLatin1Char('/') + QLatin1String(file)).size() > 0, file);
        QVERIFY(QImage(out + QStringLiteral("/plots/accuracy.png")).width() > 100);
        QFile svg(out + QStringLiteral("/plots/accuracy.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }

    void repeatsShowTheSpreadOverSplits() {
        // Three seeds of one configuration with a random pool: three splits, and the
        // report of the last one shows the spread over all three and the control contrast.
        const Result run = runCli(
            {QStringLiteral("bench"), QStringLiteral("run"), QStringLiteral("--db"), m_db,
             QStringLiteral("--backend"), QStringLiteral("majority"), QStringLiteral("--labels"),
             QStringLiteral("phantom"), QStringLiteral("--slices"), QStringLiteral("centre,blank"),
             QStringLiteral("--pool"), QStringLiteral("random"), QStringLiteral("--pool-size"),
             QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("11"),
             QStringLiteral("--repeats"), QStringLiteral("3"), QStringLiteral("--new")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QLatin1String("Over 3 repeated splits (seeds 11, 12, 13")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("vs blank/axial/0-shot")));
        const Result list = runCli({QStringLiteral("bench"), QStringLiteral("list"),
                                    QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        qint64 last = 0;
        for (const QJsonValue &r : QJsonDocument::fromJson(list.out.toUtf8()).array())
            last = std::max<qint64>(last, r.toObject().value(QLatin1String("id")).toInteger());
        const QString out = m_dir.filePath(QStringLiteral("repeats-report"));
        QCOMPARE(
            runCli({QStringLiteral("bench"), QStringLiteral("report"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--run"), QString::number(last), QStringLiteral("--out"), out})
                .exitCode,
            0);
        QFile file(out + QStringLiteral("/report.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject spread = json.value(QLatin1String("split_spread")).toObject();
        QCOMPARE(spread.value(QLatin1String("runs")).toArray().size(), 3);
        QCOMPARE(spread.value(QLatin1String("seeds")).toArray().first().toString(),
                 QStringLiteral("11"));
        QVERIFY(spread.value(QLatin1String("distinct_pools")).toInt() >= 2);
        const QJsonArray rows = spread.value(QLatin1String("conditions")).toArray();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &r : rows) {
            const QJsonObject row = r.toObject();
            QCOMPARE(row.value(QLatin1String("runs")).toInt(), 3);
            QVERIFY(row.value(QLatin1String("min")).toDouble() <=
                    row.value(QLatin1String("mean")).toDouble());
            QVERIFY(row.value(QLatin1String("mean")).toDouble() <=
                    row.value(QLatin1String("max")).toDouble());
        }
        const QJsonArray controls = json.value(QLatin1String("control_contrasts")).toArray();
        QCOMPARE(controls.size(), 1);
        QCOMPARE(controls.first().toObject().value(QLatin1String("control")).toString(),
                 QStringLiteral("blank/axial/0-shot"));
        QFile html(out + QStringLiteral("/report.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("Spread over repeated splits"));
        QVERIFY(page.contains("Against the control"));
    }

    void voteMiNeedsStoredSelection() {
        const Result run =
            runCli({QStringLiteral("bench"), QStringLiteral("run"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--backend"), QStringLiteral("majority"),
                    QStringLiteral("--labels"), QStringLiteral("phantom"),
                    QStringLiteral("--slices"), QStringLiteral("votemi,centre")});
        QVERIFY2(run.err.contains(QLatin1String("brainmd select --db FILE --method votemi")),
                 qPrintable(run.err));
    }

    void unauthorisedPausesWithoutStoringTheKey() {
        FakeChatServer server;
        server.setHandler([](const HttpRequest &) {
            return HttpReply{401, {}, R"({"error":"bad key"})", false};
        });
        const QString url = server.start();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("BRAINMD_API_KEY"), QStringLiteral("sk-never-store-me"));
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const Result run = runCli(openAiRun(url, m_db), environment);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("API key")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("resume")));
        QVERIFY(server.requestCount() <= 4); // a fatal error stops every worker at once
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk-never-store-me"));
    }

    void silentServerPausesWithinTheStallTime() {
        // Accepts every connection, never answers (not even GET /v1/models).
        FakeChatServer server;
        server.setHandler([](const HttpRequest &) { return HttpReply{200, {}, {}, true}; });
        const QString url = server.start();
        const QString configPath = m_dir.filePath(QStringLiteral("stall.json"));
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("backend"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("openai")},
                                 {QStringLiteral("base_url"), url},
                                 {QStringLiteral("model"), QStringLiteral("fake-vlm")},
                                 {QStringLiteral("stall_s"), 1},
                                 {QStringLiteral("retries"), 0}}},
                    {QStringLiteral("labels"), QStringLiteral("phantom")},
                    {QStringLiteral("concurrency"), 4},
                    {QStringLiteral("conditions"),
                     QJsonArray{QJsonObject{{QStringLiteral("slices"), QStringLiteral("centre")},
                                            {QStringLiteral("views"), QStringLiteral("axial")},
                                            {QStringLiteral("shots"), 0}}}}})
                .toJson());
        config.close();
        const Result run =
            runCli({QStringLiteral("bench"), QStringLiteral("run"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--config"), configPath, QStringLiteral("--new")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("the server stalled")), qPrintable(run.err));
        QVERIFY2(run.err.contains(url + QStringLiteral("/chat/completions")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("resume")));
        QVERIFY2(!run.err.contains(QLatin1String("QIODevice")) &&
                     !run.err.contains(QLatin1String("must only be called once")),
                 qPrintable(run.err));
        QVERIFY(server.requestCount() <= 8); // per worker one request and one probe
    }

    void dryRunSendsAndStoresNothing() {
        FakeChatServer server;
        server.setHandler([](const HttpRequest &) {
            return HttpReply{200, {}, FakeChatServer::completion(QStringLiteral("A")), false};
        });
        const QString url = server.start();
        const QString db = m_db;
        const int runsBefore =
            QJsonDocument::fromJson(runCli({QStringLiteral("bench"), QStringLiteral("list"),
                                            QStringLiteral("--db"), db, QStringLiteral("--json")})
                                        .out.toUtf8())
                .array()
                .size();
        QStringList arguments = openAiRun(url, db);
        // Same model as the resume test below, on another server: the cache is keyed by
        // the endpoint, so that test's requests are asked again, not answered from here.
        arguments << QStringLiteral("--shots") << QStringLiteral("0,2")
                  << QStringLiteral("--dry-run") << QStringLiteral("--price-in")
                  << QStringLiteral("1") << QStringLiteral("--price-out") << QStringLiteral("2")
                  << QStringLiteral("--image-tokens") << QStringLiteral("100");
        const Result dry = runCli(arguments);
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err + dry.out));
        QCOMPARE(server.requestCount(), 0);
        // Held out of a one-case pool: 5 cases x 8 questions x (0 and 2 shots, the pool
        // has one example, so 2-shot shows one).
        const int requests = 2 * (kCases - 1) * kQuestionsOnAxial;
        QVERIFY2(dry.out.contains(QStringLiteral("%1 requests").arg(requests)),
                 qPrintable(dry.out));
        // Images: one per user message, the query's plus its one example at 2 shots.
        QVERIFY2(
            dry.out.contains(QStringLiteral("%1 images").arg((kCases - 1) * kQuestionsOnAxial * 3)),
            qPrintable(dry.out));
        QVERIFY(dry.out.contains(QLatin1String("Estimated cost at most")));
        const int runsAfter =
            QJsonDocument::fromJson(runCli({QStringLiteral("bench"), QStringLiteral("list"),
                                            QStringLiteral("--db"), db, QStringLiteral("--json")})
                                        .out.toUtf8())
                .array()
                .size();
        QCOMPARE(runsAfter, runsBefore); // nothing created
        // The real run sends exactly what the dry run counted, and with the same prices
        // stored it says what it used and cost: the fake server counts 10 input tokens and
        // 1 output token per request; at 1 and 2 per million tokens.
        arguments.removeAll(QStringLiteral("--dry-run"));
        const Result real = runCli(arguments);
        QVERIFY2(real.exitCode == 0, qPrintable(real.err + real.out));
        QCOMPARE(server.requestCount(), requests);
        const QLocale locale;
        QVERIFY2(
            real.out.contains(QStringLiteral("Usage: %1 request(s) sent and answered, %2 input "
                                             "and %3 output tokens")
                                  .arg(requests)
                                  .arg(locale.toString(10 * requests))
                                  .arg(locale.toString(requests))),
            qPrintable(real.out));
        const double cost = (10.0 * requests * 1.0 + 1.0 * requests * 2.0) / 1e6;
        QVERIFY2(real.out.contains(QStringLiteral("Cost %1").arg(locale.toString(cost, 'f', 2))),
                 qPrintable(real.out));
        const Result list = runCli({QStringLiteral("bench"), QStringLiteral("list"),
                                    QStringLiteral("--db"), db, QStringLiteral("--json")});
        qint64 runId = 0;
        for (const QJsonValue &r : QJsonDocument::fromJson(list.out.toUtf8()).array())
            runId = std::max<qint64>(runId, r.toObject().value(QLatin1String("id")).toInteger());
        const QString out = m_dir.filePath(QStringLiteral("priced-report"));
        const Result report =
            runCli({QStringLiteral("bench"), QStringLiteral("report"), QStringLiteral("--db"), db,
                    QStringLiteral("--run"), QString::number(runId), QStringLiteral("--out"), out,
                    QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QFile file(out + QStringLiteral("/report.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject usage = QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QLatin1String("usage"))
                                      .toObject();
        QCOMPARE(usage.value(QLatin1String("requests_sent")).toInt(), requests);
        QCOMPARE(usage.value(QLatin1String("prompt_tokens")).toInteger(), 10 * requests);
        QCOMPARE(usage.value(QLatin1String("completion_tokens")).toInteger(), requests);
        QCOMPARE(usage.value(QLatin1String("price_input_per_million")).toDouble(), 1.0);
        QVERIFY(std::abs(usage.value(QLatin1String("cost")).toDouble() - cost) < 1e-12);
    }

    void resumeAfterKillRepeatsNoAnsweredRequest() {
        const QString db = m_db;
        constexpr int answered = 20;
        constexpr int concurrency = 4;
        FakeChatServer server;
        server.setHandler([](const HttpRequest &request) {
            if (request.index >= answered)
                return HttpReply{200, {}, {}, true}; // hang: the process is killed meanwhile
            return HttpReply{200, {}, FakeChatServer::completion(QStringLiteral("B")), false};
        });
        const QString url = server.start();
        QProcess first;
        first.start(QStringLiteral(BRAINMD_CLI), openAiRun(url, db));
        // Every worker waits for its answer to be committed before it asks the next
        // question, so once all workers hang, all answered requests are stored.
        QTRY_VERIFY_WITH_TIMEOUT(
            server.answeredCount() == answered && server.hangingCount() == concurrency, 300000);
        first.kill();
        QVERIFY(first.waitForFinished(60000));
        const QList<QByteArray> answeredBodies = server.bodies().mid(0, answered);
        const int before = server.requestCount();
        server.setHandler([](const HttpRequest &) {
            return HttpReply{200, {}, FakeChatServer::completion(QStringLiteral("no")), false};
        });
        const Result second = runCli(openAiRun(url, db));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err + second.out));
        QVERIFY(second.out.contains(QLatin1String("Resuming run")));
        const int total = (kCases - 1) * kQuestionsOnAxial; // one pool case is held out
        QCOMPARE(server.requestCount() - before, total - answered);
        const QList<QByteArray> resumed = server.bodies().mid(before);
        for (const QByteArray &body : answeredBodies)
            QVERIFY(!resumed.contains(body));
        // Once more: everything is stored, nothing is sent.
        const int afterSecond = server.requestCount();
        const Result third = runCli(openAiRun(url, db));
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(server.requestCount(), afterSecond);
    }

    void oracleAndVisibilityFromTheLesionMasks() {
        // The phantom's DICOM SEG masks came in with the import. Reference slices are the
        // largest lesion cross-sections, so they show every lesion, and with the whole set
        // as pool a case without lesion finds another one among the pool cases that show
        // nothing: the oracle is always right with them. With a blank image it only has
        // the pool's prior. Leave-one-out, so that all six cases are evaluated (a held-out
        // pool would leave too few of them here); it also keeps the older protocol tested.
        const Result run = runCli(
            {QStringLiteral("bench"), QStringLiteral("run"), QStringLiteral("--db"), m_db,
             QStringLiteral("--backend"), QStringLiteral("oracle"), QStringLiteral("--labels"),
             QStringLiteral("phantom"), QStringLiteral("--slices"),
             QStringLiteral("random,manual,blank"), QStringLiteral("--shots"), QStringLiteral("0"),
             QStringLiteral("--pool-size"), QString::number(kCases), QStringLiteral("--evaluation"),
             QStringLiteral("leave-one-out"), QStringLiteral("--new")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QLatin1String("What the images show of the lesions")),
                 qPrintable(run.out));
        const Result list = runCli({QStringLiteral("bench"), QStringLiteral("list"),
                                    QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        const QJsonArray runs = QJsonDocument::fromJson(list.out.toUtf8()).array();
        qint64 runId = 0;
        for (const QJsonValue &r : runs)
            runId = std::max<qint64>(runId, r.toObject().value(QLatin1String("id")).toInteger());
        const QString out = m_dir.filePath(QStringLiteral("oracle-report"));
        const Result report =
            runCli({QStringLiteral("bench"), QStringLiteral("report"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--run"), QString::number(runId), QStringLiteral("--out"), out});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QFile file(out + QStringLiteral("/report.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject manual, random;
        for (const QJsonValue &v : json.value(QLatin1String("visibility")).toArray()) {
            const QJsonObject row = v.toObject();
            const QString source = row.value(QLatin1String("source")).toString();
            QVERIFY2(source != QLatin1String("blank/axial"), "a control has no visibility row");
            if (source == QLatin1String("manual/axial"))
                manual = row;
            if (source == QLatin1String("random/axial"))
                random = row;
        }
        QVERIFY(!manual.isEmpty() && !random.isEmpty());
        const int lesionCases = manual.value(QLatin1String("lesion_cases")).toInt();
        QVERIFY2(lesionCases > 0 && kCases - lesionCases >= 2,
                 "the fixture needs lesion cases and at least two without");
        QCOMPARE(random.value(QLatin1String("lesion_cases")).toInt(), lesionCases);
        QCOMPARE(manual.value(QLatin1String("shown_cases")).toInt(), lesionCases);
        QCOMPARE(manual.value(QLatin1String("mean_shown_share")).toDouble(), 1.0);
        QVERIFY(random.value(QLatin1String("shown_cases")).toInt() <= lesionCases);
        std::map<QString, double> accuracy;
        for (const QJsonValue &v : json.value(QLatin1String("conditions")).toArray())
            accuracy[v.toObject().value(QLatin1String("condition")).toString()] =
                v.toObject().value(QLatin1String("accuracy")).toDouble();
        QCOMPARE(accuracy.at(QStringLiteral("manual/axial/0-shot")), 1.0);
        QVERIFY(accuracy.at(QStringLiteral("blank/axial/0-shot")) < 1.0);
        QVERIFY(accuracy.at(QStringLiteral("random/axial/0-shot")) <=
                accuracy.at(QStringLiteral("manual/axial/0-shot")));
        QVERIFY(QFileInfo(out + QStringLiteral("/visibility.csv")).size() > 0);
    }
};

QTEST_GUILESS_MAIN(BenchCliTest)
#include "BenchCliTest.moc"
