// A SIGKILL during import leaves a consistent database: every committed series is whole
// (all its instances, its cache file) and a second import completes it.

#include "DbTestData.h"

#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "io/cache/VolumeCache.h"
#include "workflows/ImportService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

namespace {

constexpr int kSeries = 6;
constexpr int kSlices = 12;

struct Counts {
    int series = 0, instances = 0, cases = 0, patients = 0;
    bool operator==(const Counts &) const = default;
};

Counts countsOf(const Database &db) {
    return {test::rowCount(db, QStringLiteral("series")),
            test::rowCount(db, QStringLiteral("instances")),
            test::rowCount(db, QStringLiteral("cases")),
            test::rowCount(db, QStringLiteral("patients"))};
}

} // namespace

class TestImportKill : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killLeavesConsistentDatabase_data();
    void killLeavesConsistentDatabase();

private:
    void verifyWholeSeries(const Database &db);

    QTemporaryDir m_dir;
    Counts m_reference;
};

void TestImportKill::initTestCase() {
    QVERIFY(m_dir.isValid());
    for (int s = 1; s <= kSeries; ++s) {
        test::TestSeries series{QStringLiteral("K%1").arg(s),
                                QStringLiteral("KILL%1").arg(s),
                                100 + s,
                                1,
                                s,
                                {64, 64, kSlices}};
        QCOMPARE(test::writeTestSeries(series, m_dir.filePath(QStringLiteral("data/s%1").arg(s))),
                 QString());
    }
    Database reference;
    QCOMPARE(reference.open(m_dir.filePath(QStringLiteral("reference.db"))), QString());
    const ImportReport report = ImportService(borrowedStorage(reference))
                                    .import({m_dir.filePath(QStringLiteral("data"))}, {}, nullptr);
    QVERIFY2(report.problems.empty(), test::describe(report).constData());
    m_reference = countsOf(reference);
    QCOMPARE(m_reference.series, kSeries);
    QCOMPARE(m_reference.instances, kSeries * kSlices);
}

void TestImportKill::killLeavesConsistentDatabase_data() {
    // The child is killed as soon as the test reads this progress message; the child keeps
    // running meanwhile, so the kill lands somewhere in the next steps (assembly, cache
    // file, transaction).
    QTest::addColumn<QString>("killAt");
    QTest::newRow("scanning") << QStringLiteral("Importing series 1 of");
    QTest::newRow("after first series") << QStringLiteral("Importing series 2 of");
    QTest::newRow("saving third series") << QStringLiteral("Saving series");
    QTest::newRow("after fourth series") << QStringLiteral("Importing series 5 of");
    QTest::newRow("last series") << QStringLiteral("Importing series 6 of");
}

void TestImportKill::killLeavesConsistentDatabase() {
    QFETCH(QString, killAt);
    const QString dbPath = m_dir.filePath(QStringLiteral("killed-%1.db")
                                              .arg(QLatin1String(QTest::currentDataTag()))
                                              .replace(QLatin1Char(' '), QLatin1Char('-')));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/db_import_child"),
                {dbPath, m_dir.filePath(QStringLiteral("data"))});
    QVERIFY(child.waitForStarted());
    bool killed = false;
    int saving = 0;
    while (!killed && child.state() == QProcess::Running) {
        if (!child.canReadLine() && !child.waitForReadyRead(60000))
            break;
        while (child.canReadLine() && !killed) {
            const QString line = QString::fromUtf8(child.readLine()).trimmed();
            const QString message = line.section(QLatin1Char(' '), 1);
            saving += message.startsWith(QLatin1String("Saving series")) ? 1 : 0;
            const bool hit = message.startsWith(killAt) &&
                             (!killAt.startsWith(QLatin1String("Saving")) || saving == 3);
            if (hit) {
                child.kill(); // SIGKILL
                killed = true;
            }
        }
    }
    QVERIFY2(killed, "the child finished before the kill point");
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    Database db;
    QCOMPARE(db.open(dbPath), QString());
    QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    verifyWholeSeries(db);
    QVERIFY(countsOf(db).series < kSeries);
    qInfo("%d of %d series were committed before the kill", countsOf(db).series, kSeries);

    const ImportReport second = ImportService(borrowedStorage(db))
                                    .import({m_dir.filePath(QStringLiteral("data"))}, {}, nullptr);
    QVERIFY2(second.problems.empty(), test::describe(second).constData());
    QCOMPARE(second.counts.filesNew + second.counts.filesUnchanged, kSeries * kSlices);
    QVERIFY(countsOf(db) == m_reference);
    verifyWholeSeries(db);
}

void TestImportKill::verifyWholeSeries(const Database &db) {
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT s.series_key, s.instance_count, s.cache_path, "
                                  "(SELECT count(*) FROM instances i WHERE i.series_id = s.id), "
                                  "(SELECT count(*) FROM cases c WHERE c.series_id = s.id) "
                                  "FROM series s")));
    const VolumeCache cache(db.cacheDir());
    while (q.next()) {
        const QString key = q.value(0).toString();
        QCOMPARE(q.value(1).toInt(), kSlices);
        QCOMPARE(q.value(3).toInt(), kSlices);
        QCOMPARE(q.value(4).toInt(), 1);
        QVERIFY2(QFile::exists(cache.absolutePath(q.value(2).toString())), qPrintable(key));
        const CachedVolume loaded = cache.load(key);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.volume.nz(), kSlices);
    }
}

QTEST_GUILESS_MAIN(TestImportKill)
#include "TestImportKill.moc"
