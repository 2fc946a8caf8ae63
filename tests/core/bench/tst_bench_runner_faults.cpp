// The runner against misbehaving local servers: a server that never answers pauses the
// run within the stall time; 50 % HTTP 429 is waited out (the run goes on, nothing is
// lost); a Retry-After wait is announced and shown with a countdown; a server killed
// mid-run pauses the run with "cannot reach" and no Qt network warning; a lost lease
// pauses the run and stores nothing more.
#include "FakeChatServer.h"
#include "NetworkWarnings.h"

#include "bench/BenchRunner.h"
#include "bench/OpenAiBackend.h"
#include "bench/RunLease.h"
#include "jobs/Progress.h"

#include <QtTest>

#include <functional>
#include <mutex>

using namespace brainmd;
using brainmd::test::FakeChatServer;
using brainmd::test::HttpReply;
using brainmd::test::HttpRequest;

namespace {

/// Keeps outcomes in memory.
class MemoryStore final : public BenchStore {
public:
    std::optional<ChatResponse> cachedResponse(const QString &) override { return std::nullopt; }
    QString save(const std::vector<TaskOutcome> &outcomes) override {
        std::lock_guard lock(m_mutex);
        m_outcomes.insert(m_outcomes.end(), outcomes.begin(), outcomes.end());
        return {};
    }
    std::size_t size() {
        std::lock_guard lock(m_mutex);
        return m_outcomes.size();
    }

private:
    std::mutex m_mutex;
    std::vector<TaskOutcome> m_outcomes;
};

class TextPreparer final : public TaskPreparer {
public:
    Prepared prepare(const BenchTask &task) override {
        Prepared prepared;
        prepared.request.model = QStringLiteral("test-vlm");
        prepared.request.messages.push_back({QStringLiteral("user"), task.key, {}});
        return prepared;
    }
    void interpret(const BenchTask &, const QStringList &, const ChatResponse &response,
                   ParsedAnswer *parsed, double *) override {
        parsed->status = ParsedAnswer::Status::Answered;
        parsed->value = response.text;
    }
};

/// Calls `onReport` with the number stored and the message; remembers every message.
class Reporter final : public ProgressReporter {
public:
    std::function<void(int, const QString &)> onReport;
    QStringList messages;
    int total = 1;
    bool report(double fraction, const QString &message) override {
        messages.append(message);
        if (onReport)
            onReport(static_cast<int>(fraction * total + 0.5), message);
        return true;
    }
};

/// A lease that holds until told otherwise.
class FlagLease final : public RunLease {
public:
    bool valid = true;
    int renewals = 0;
    QString acquire(qint64) override { return {}; }
    bool renew() override {
        ++renewals;
        return valid;
    }
    void release() override {}
    int renewIntervalMs() const override { return 0; }
    qint64 heldRunId() const override { return 42; }
};

std::vector<BenchTask> makeTasks(int count) {
    std::vector<BenchTask> tasks;
    for (int i = 0; i < count; ++i)
        tasks.push_back({QStringLiteral("t%1").arg(i), 1, QStringLiteral("centre/axial/0-shot"),
                         QStringLiteral("q"), 0, QStringLiteral("yes")});
    return tasks;
}

RunnerOptions leased(int concurrency, RunLease *lease) {
    RunnerOptions options(concurrency);
    options.lease = lease;
    return options;
}

OpenAiOptions options(const QString &url) {
    OpenAiOptions o;
    o.baseUrl = url;
    o.model = QStringLiteral("test-vlm");
    o.stallMs = 400;
    o.backoffBaseMs = 5;
    o.backoffMaxMs = 20;
    return o;
}

} // namespace

class BenchRunnerFaultsTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::NetworkWarnings> m_warnings;

private Q_SLOTS:
    void init() { m_warnings = std::make_unique<test::NetworkWarnings>(); }
    void cleanup() {
        const QStringList seen = m_warnings->seen();
        m_warnings.reset();
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1Char('\n'))));
    }

    void silentServerPausesTheRun() {
        FakeChatServer server;
        server.setHandler([](const HttpRequest &) { return HttpReply{200, {}, {}, true}; });
        const QString url = server.start();
        const OpenAiBackend backend(options(url));
        MemoryStore store;
        TextPreparer preparer;
        const RunnerOutcome outcome =
            runBenchTasks(makeTasks(20), preparer, backend, store, RunnerOptions(4), nullptr);
        QVERIFY2(outcome.pauseMessage.contains(QLatin1String("stalled")),
                 qPrintable(outcome.pauseMessage));
        QVERIFY(outcome.pauseMessage.contains(url));
        QCOMPARE(outcome.saved, 0);
        QVERIFY(!outcome.cancelled);
        QVERIFY(server.requestCount() <= 8); // per worker one request and one probe, no retry
    }

    void halfRateLimitedRunGoesOn() {
        FakeChatServer server;
        server.setHandler([](const HttpRequest &request) {
            if (request.index % 2 == 0)
                return HttpReply{429, {{"Retry-After", "0"}}, R"({"error":"slow down"})", false};
            return HttpReply{200, {}, FakeChatServer::completion(QStringLiteral("yes")), false};
        });
        const OpenAiBackend backend(options(server.start()));
        MemoryStore store;
        TextPreparer preparer;
        int notices = 0;
        RunnerOptions runner(8);
        runner.onNotice = [&notices](const BackendNotice &) {
            ++notices;
        };
        const RunnerOutcome outcome =
            runBenchTasks(makeTasks(80), preparer, backend, store, runner, nullptr);
        QVERIFY2(outcome.pauseMessage.isEmpty(), qPrintable(outcome.pauseMessage));
        QCOMPARE(outcome.saved, 80);
        QCOMPARE(outcome.itemErrors, 0);
        QCOMPARE(store.size(), std::size_t(80));
        QVERIFY(server.requestCount() >= 120); // about half of them were 429s
        QCOMPARE(notices, server.requestCount() - 80);
    }

    void retryAfterWaitIsShown() {
        FakeChatServer server;
        server.setHandler([](const HttpRequest &request) {
            if (request.index == 0)
                return HttpReply{429, {{"Retry-After", "2"}}, "{}", false};
            return HttpReply{200, {}, FakeChatServer::completion(QStringLiteral("yes")), false};
        });
        const OpenAiBackend backend(options(server.start()));
        MemoryStore store;
        TextPreparer preparer;
        std::vector<BackendNotice> notices;
        RunnerOptions runner(1);
        runner.onNotice = [&notices](const BackendNotice &n) {
            notices.push_back(n);
        };
        Reporter reporter;
        const RunnerOutcome outcome =
            runBenchTasks(makeTasks(1), preparer, backend, store, runner, &reporter);
        QCOMPARE(outcome.saved, 1);
        QCOMPARE(notices.size(), std::size_t(1));
        QVERIFY(notices[0].waitMs >= 2000);
        QVERIFY2(notices[0].message.contains(QLatin1String("HTTP 429")),
                 qPrintable(notices[0].message));
        const QStringList waiting = reporter.messages.filter(QLatin1String("waiting "));
        QVERIFY2(!waiting.isEmpty(), qPrintable(reporter.messages.join(QLatin1Char('\n'))));
        // "waiting 2 s: HTTP 429 (rate limited) from http://… (retry 1) (0 of 1 requests)"
        static const QRegularExpression shown(
            QStringLiteral("^waiting [23] s: HTTP 429 .* \\(retry 1\\) \\(0 of 1 requests\\)$"));
        QVERIFY2(shown.match(waiting.first()).hasMatch(), qPrintable(waiting.first()));
    }

    void serverKilledMidRun() {
        FakeChatServer server;
        server.setHandler([](const HttpRequest &request) {
            if (request.index >= 12) // later requests hang until the server goes away
                return HttpReply{200, {}, {}, true};
            return HttpReply{200, {}, FakeChatServer::completion(QStringLiteral("yes")), false};
        });
        OpenAiOptions o = options(server.start());
        o.stallMs = 60000; // the kill, not the stall detector, ends the hanging requests
        const OpenAiBackend backend(o);
        MemoryStore store;
        TextPreparer preparer;
        Reporter reporter;
        reporter.total = 40;
        reporter.onReport = [&server](int, const QString &) {
            if (server.hangingCount() >= 4)
                server.stop(); // on the committing thread, while four requests are in flight
        };
        const RunnerOutcome outcome =
            runBenchTasks(makeTasks(40), preparer, backend, store, RunnerOptions(4), &reporter);
        QVERIFY2(outcome.pauseMessage.contains(QLatin1String("cannot reach")),
                 qPrintable(outcome.pauseMessage));
        QCOMPARE(outcome.saved, 12);
    }

    void planningKeepsTheLease() {
        FlagLease lease;
        Reporter parent;
        LeaseRenewingProgress progress(lease, &parent);
        QVERIFY(progress.report(0.1, QStringLiteral("planning")));
        QCOMPARE(lease.renewals, 1);
        QCOMPARE(parent.messages, QStringList{QStringLiteral("planning")});
        lease.valid = false;
        QVERIFY(!progress.report(0.2, QStringLiteral("planning")));
        QVERIFY(progress.lost());
        QVERIFY(!progress.report(0.3, QStringLiteral("planning"))); // stays lost, not renewed
        QCOMPARE(lease.renewals, 2);
    }

    void lostLeasePausesAndStoresNothingMore() {
        FakeChatServer server;
        const OpenAiBackend backend(options(server.start()));
        MemoryStore store;
        TextPreparer preparer;
        FlagLease lease;
        Reporter reporter;
        reporter.total = 400;
        reporter.onReport = [&lease](int saved, const QString &) {
            if (saved >= 10)
                lease.valid = false;
        };
        const RunnerOutcome outcome =
            runBenchTasks(makeTasks(400), preparer, backend, store, leased(2, &lease), &reporter);
        QVERIFY2(outcome.pauseMessage.contains(QLatin1String("lease on run 42 was lost")),
                 qPrintable(outcome.pauseMessage));
        QVERIFY(outcome.leaseLost);
        QVERIFY(outcome.saved < 400);
        QCOMPARE(store.size(), std::size_t(outcome.saved));
        QVERIFY(lease.renewals > 0);
    }
};

QTEST_GUILESS_MAIN(BenchRunnerFaultsTest)
#include "tst_bench_runner_faults.moc"
