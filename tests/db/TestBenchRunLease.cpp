// One run, one writer: run leases on one SQLite file, taken by separate connections
// (threads, each with its own Database) and by a second process; a crashed holder's
// lease is taken over; two executors of one run against a local server send every
// request once.
#include "FakeChatServer.h"

#include "bench/BaselineBackend.h"
#include "bench/BenchRunner.h"
#include "bench/OpenAiBackend.h"
#include "db/BenchRunLease.h"
#include "db/BenchRunRepository.h"
#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "db/SqlUtil.h"
#include "workflows/BenchRunWorkflow.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>
#include <latch>

using namespace brainmd;

namespace {

qint64 newRun(const Database &db, const QString &name) {
    BenchRunConfig config;
    config.name = name;
    config.conditions = {{}};
    QString error;
    return BenchRunRepository(db).createRun(config, &error);
}

/// A bare case row (predictions refer to one); its id.
qint64 insertCase(const Database &db) {
    const QSqlDatabase c = db.connection();
    sql::run(c, QStringLiteral("INSERT INTO patients (patient_key) VALUES ('p')"));
    sql::run(c, QStringLiteral("INSERT INTO studies (patient_id, study_instance_uid) VALUES "
                               "((SELECT id FROM patients WHERE patient_key = 'p'), 's')"));
    sql::run(c, QStringLiteral("INSERT INTO series (study_id, series_key, series_instance_uid, "
                               "dim_x, dim_y, dim_z, spacing_x, spacing_y, spacing_z, "
                               "instance_count, cache_path, imported_at, updated_at) VALUES "
                               "((SELECT id FROM studies WHERE study_instance_uid = 's'), 'k', "
                               "'u', 1, 1, 1, 1, 1, 1, 1, '', '', '')"));
    sql::run(c, QStringLiteral("INSERT INTO cases (series_id, case_key, created_at) VALUES "
                               "((SELECT id FROM series WHERE series_key = 'k'), 'case', '')"));
    return sql::scalar(c, QStringLiteral("SELECT id FROM cases WHERE case_key = 'case'"))
        .toLongLong();
}

/// Runs `work` on `count` threads released together; each opens its own Database.
void onThreads(int count, const QString &path, const std::function<void(Database &, int)> &work) {
    QSemaphore ready;
    QSemaphore go;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            Database db;
            db.open(path);
            ready.release();
            go.acquire();
            work(db, i);
        }));
        threads.back()->start();
    }
    ready.acquire(count);
    go.release(count);
    for (auto &thread : threads)
        thread->wait();
}

class KeyPreparer final : public TaskPreparer {
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

} // namespace

class TestBenchRunLease : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("lease.sqlite"));
        QCOMPARE(m_db.open(m_path), QString());
    }

    void secondConnectionIsRefusedOtherRunsAreFree() {
        const qint64 run = newRun(m_db, QStringLiteral("a"));
        const qint64 other = newRun(m_db, QStringLiteral("b"));
        QString first, second, third, afterRelease;
        QString firstHolder;
        onThreads(1, m_path, [&](Database &db, int) {
            BenchRunLease lease(db);
            first = lease.acquire(run);
            firstHolder = lease.holderId();
            onThreads(1, m_path, [&](Database &db2, int) {
                BenchRunLease rival(db2);
                second = rival.acquire(run);
                third = rival.acquire(other);
            });
            lease.release();
            onThreads(1, m_path,
                      [&](Database &db2, int) { afterRelease = BenchRunLease(db2).acquire(run); });
        });
        QCOMPARE(first, QString());
        QVERIFY2(
            second.contains(QStringLiteral("run %1 is being executed by another process").arg(run)),
            qPrintable(second));
        QVERIFY2(second.contains(firstHolder), qPrintable(second));
        QVERIFY2(second.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(second));
        QCOMPARE(third, QString());
        QCOMPARE(afterRelease, QString());
    }

    void racingConnectionsGetOneWinner() {
        const qint64 run = newRun(m_db, QStringLiteral("race"));
        std::atomic<int> winners{0};
        std::latch allTried(8);
        onThreads(8, m_path, [&](Database &db, int) {
            BenchRunLease lease(db);
            if (lease.acquire(run).isEmpty())
                ++winners;
            allTried.arrive_and_wait(); // nobody releases before all have tried
        });
        QCOMPARE(winners.load(), 1);
        QVERIFY(!BenchRunLease::holderOf(m_db, run).has_value()); // released on destruction
    }

    void expiredLeaseIsTakenOverAndTheOldHolderLosesIt() {
        const qint64 run = newRun(m_db, QStringLiteral("expiry"));
        BenchRunLease old(m_db);
        QCOMPARE(old.acquire(run), QString());
        BenchRunLease rival(m_db);
        QVERIFY(!rival.acquire(run).isEmpty());
        // The holder stopped renewing (a hung process on another machine): let it expire.
        QCOMPARE(sql::run(m_db.connection(),
                          QStringLiteral("UPDATE bench_run_leases SET expires_ms = 0, host = "
                                         "'elsewhere' WHERE run_id = ?"),
                          {run}),
                 QString());
        QCOMPARE(rival.acquire(run), QString());
        QVERIFY(!old.renew()); // it must stop sending
        QVERIFY(rival.renew());
        QCOMPARE(BenchRunLease::holderOf(m_db, run)->holder, rival.holderId());
    }

    void crashedProcessReleasesTheRun() {
        const qint64 run = newRun(m_db, QStringLiteral("crash"));
        QProcess child;
        child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/db_lease_child"),
                    {m_path, QString::number(run)});
        QVERIFY(child.waitForStarted(30000));
        QVERIFY(child.waitForReadyRead(30000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("held"));
        BenchRunLease lease(m_db);
        const QString refused = lease.acquire(run);
        QVERIFY2(refused.contains(QString::number(child.processId())), qPrintable(refused));
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL); // a crash, no release
        QVERIFY(child.waitForFinished(30000));
        // Same machine, process gone: taken over at once, without waiting for the expiry.
        QCOMPARE(lease.acquire(run), QString());
    }

    void apiKeySourceIsRecorded() {
        const qint64 run = newRun(m_db, QStringLiteral("key"));
        BenchRunRepository runs(m_db);
        QCOMPARE(runs.run(run)->apiKeySource, QString());
        QCOMPARE(runs.setApiKeySource(run, QStringLiteral("environment variable OPENAI_API_KEY")),
                 QString());
        QCOMPARE(runs.run(run)->apiKeySource,
                 QStringLiteral("environment variable OPENAI_API_KEY"));
    }

    void workflowRefusesARunLeasedElsewhere() {
        // The run workflow (behind `bench run` and the dashboard) takes the lease before it
        // reads what is done: while another connection holds it, nothing is planned or
        // sent, and the run's status is left to its holder.
        const qint64 run = newRun(m_db, QStringLiteral("leased"));
        BenchRunResult result;
        onThreads(1, m_path, [&](Database &db, int) {
            BenchRunLease lease(db);
            QCOMPARE(lease.acquire(run), QString());
            onThreads(1, m_path, [&](Database &db2, int) {
                BenchRunRequest request;
                request.resumeRunId = run;
                result = BenchRunWorkflow(borrowedStorage(db2), [](const BenchBackendConfig &,
                                                                   QString *) {
                             return std::make_unique<BaselineBackend>(QStringLiteral("random"));
                         }).run(request, nullptr, nullptr);
            });
        });
        QCOMPARE(result.status, QStringLiteral("refused"));
        QVERIFY2(result.message.contains(
                     QStringLiteral("run %1 is being executed by another process").arg(run)),
                 qPrintable(result.message));
        QCOMPARE(result.outcome.sent, 0);
        QCOMPARE(BenchRunRepository(m_db).run(run)->status, QStringLiteral("created"));
    }

    void twoExecutorsSendEachRequestOnce() {
        const qint64 run = newRun(m_db, QStringLiteral("executors"));
        test::FakeChatServer server;
        OpenAiOptions options;
        options.baseUrl = server.start();
        options.model = QStringLiteral("test-vlm");
        const OpenAiBackend backend(options);
        const qint64 caseId = insertCase(m_db);
        QVERIFY(caseId > 0);
        std::vector<BenchTask> tasks;
        for (int i = 0; i < 60; ++i)
            tasks.push_back({QStringLiteral("k%1").arg(i), caseId, QStringLiteral("c"),
                             QStringLiteral("q"), 0, QStringLiteral("yes")});
        std::atomic<int> executed{0};
        QStringList refusals;
        QMutex mutex;
        onThreads(2, m_path, [&](Database &db, int) {
            BenchRunLease lease(db);
            if (const QString error = lease.acquire(run); !error.isEmpty()) {
                QMutexLocker lock(&mutex);
                refusals.append(error);
                return;
            }
            BenchRunRepository store(db, run);
            const QSet<QString> done = store.finishedTaskKeys(run); // read under the lease
            std::vector<BenchTask> todo;
            for (const BenchTask &task : tasks)
                if (!done.contains(task.key))
                    todo.push_back(task);
            KeyPreparer preparer;
            RunnerOptions runner;
            runner.concurrency = 4;
            runner.lease = &lease;
            executed += runBenchTasks(todo, preparer, backend, store, runner, nullptr).saved;
        });
        QCOMPARE(server.requestCount(), 60);
        QCOMPARE(executed.load(), 60);
        QVERIFY(refusals.size() <= 1);
    }
};

QTEST_GUILESS_MAIN(TestBenchRunLease)
#include "TestBenchRunLease.moc"
