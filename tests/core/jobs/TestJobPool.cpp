// JobPool: results streamed back by index, independent of the thread count; cancellation
// reaches running tasks through their progress reporter; the destructor joins.
#include "jobs/JobContext.h"
#include "jobs/JobPool.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <map>

using namespace brainmd;

namespace {

/// Deterministic work whose value depends only on the index (a few ms of arithmetic).
quint64 work(int index, JobContext &context) {
    quint64 x = 0x9E3779B97F4A7C15ULL * static_cast<quint64>(index + 1);
    for (int i = 0; i < 200000; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        if (i % 50000 == 0 && !context.report(i / 200000.0, QStringLiteral("work")))
            return 0;
    }
    return x;
}

/// Spins (reporting) until the batch is cancelled; returns how many reports it made.
int spinUntilCancelled(JobContext &context) {
    int reports = 0;
    for (quint64 i = 0;; ++i) {
        if (i % 1000 == 0) {
            ++reports;
            if (!context.report(0.5, QStringLiteral("spin")))
                return reports;
        }
    }
}

class RefusingReporter final : public ProgressReporter {
public:
    bool report(double, const QString &) override { return false; }
};

} // namespace

class TestJobPool : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resultsDoNotDependOnThreadCount_data();
    void resultsDoNotDependOnThreadCount();
    void cancelReachesRunningTasks();
    void reporterRefusalCancels();
    void emptyBatchFinishes();
    void destructorJoinsRunningWorkers();
};

void TestJobPool::resultsDoNotDependOnThreadCount_data() {
    QTest::addColumn<int>("threads");
    QTest::newRow("1 thread") << 1;
    QTest::newRow("2 threads") << 2;
    QTest::newRow("5 threads") << 5;
}

void TestJobPool::resultsDoNotDependOnThreadCount() {
    QFETCH(int, threads);
    constexpr int kTasks = 12;
    JobPool pool(threads);
    QCOMPARE(pool.threadCount(), threads);
    std::map<int, quint64> results;
    int progressSignals = 0;
    connect(&pool, &JobPool::taskFinished, this,
            [&](int index, const QVariant &value) { results[index] = value.toULongLong(); });
    connect(&pool, &JobPool::progressChanged, this, [&](const JobStatus &status) {
        ++progressSignals;
        QCOMPARE(status.total, kTasks);
        QVERIFY(status.done >= 1 && status.done <= kTasks);
    });
    QSignalSpy finished(&pool, &JobPool::finished);
    QVERIFY(pool.start(
        kTasks, [](int index, JobContext &context) { return QVariant(work(index, context)); }));
    pool.waitForFinished();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(progressSignals, kTasks);
    QCOMPARE(int(results.size()), kTasks);
    for (int i = 0; i < kTasks; ++i) {
        JobPool reference(1);
        quint64 expected = 0;
        connect(&reference, &JobPool::taskFinished, this,
                [&](int, const QVariant &value) { expected = value.toULongLong(); });
        reference.start(1, [i](int, JobContext &context) { return QVariant(work(i, context)); });
        reference.waitForFinished();
        QCOMPARE(results[i], expected);
    }
    QCOMPARE(pool.status().done, kTasks);
    QCOMPARE(pool.status().fraction, 1.0);
}

void TestJobPool::cancelReachesRunningTasks() {
    constexpr int kTasks = 20;
    JobPool pool(2);
    std::atomic<int> started{0};
    std::map<int, int> reports;
    QElapsedTimer sinceCancel;
    connect(&pool, &JobPool::taskFinished, this, [&](int index, const QVariant &value) {
        reports[index] = value.toInt();
        if (index == 0) {
            sinceCancel.start();
            pool.cancel();
        }
    });
    QSignalSpy finished(&pool, &JobPool::finished);
    QVERIFY(pool.start(kTasks, [&](int index, JobContext &context) {
        started.fetch_add(1);
        return QVariant(index == 0 ? 0 : spinUntilCancelled(context));
    }));
    pool.waitForFinished();
    qInfo("batch ended %lld ms after cancel()", static_cast<long long>(sinceCancel.elapsed()));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(pool.isCancelled());
    // Only the tasks already running when cancel() came were started, and every one of
    // them stopped because its reporter said so (the spin never ends otherwise).
    QVERIFY2(started.load() <= 3, qPrintable(QString::number(started.load())));
    QCOMPARE(int(reports.size()), started.load());
    for (const auto &[index, count] : reports) {
        if (index != 0)
            QVERIFY(count >= 1);
    }
    QVERIFY(pool.status().done < kTasks);
}

void TestJobPool::reporterRefusalCancels() {
    RefusingReporter refusing;
    JobPool pool(2);
    pool.setProgressReporter(&refusing);
    int results = 0;
    connect(&pool, &JobPool::taskFinished, this, [&](int, const QVariant &) { ++results; });
    QVERIFY(pool.start(
        50, [](int, JobContext &context) { return QVariant(spinUntilCancelled(context)); }));
    pool.waitForFinished();
    QVERIFY(pool.isCancelled());
    QVERIFY(results >= 1 && results <= 2);
}

void TestJobPool::emptyBatchFinishes() {
    JobPool pool(2);
    QSignalSpy finished(&pool, &JobPool::finished);
    QVERIFY(pool.start(0, [](int, JobContext &) { return QVariant(); }));
    QVERIFY(pool.isRunning());
    pool.waitForFinished();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!pool.isRunning());
    QVERIFY(pool.start(1, [](int, JobContext &) { return QVariant(7); }));
    pool.waitForFinished();
    QCOMPARE(pool.status().done, 1);
}

void TestJobPool::destructorJoinsRunningWorkers() {
    std::atomic<int> started{0};
    std::atomic<int> stopped{0};
    {
        JobPool pool(2);
        QVERIFY(pool.start(4, [&](int, JobContext &context) {
            started.fetch_add(1);
            const int n = spinUntilCancelled(context);
            stopped.fetch_add(1);
            return QVariant(n);
        }));
        QVERIFY(!pool.start(1, [](int, JobContext &) { return QVariant(); }));
    }
    // The destructor cancelled and waited: every task that started has returned.
    QCOMPARE(stopped.load(), started.load());
    QVERIFY(started.load() <= 2);
}

QTEST_GUILESS_MAIN(TestJobPool)
#include "TestJobPool.moc"
