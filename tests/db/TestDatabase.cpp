// Database: pragmas, permissions, migrations (upgrade with backup, refusal of newer files),
// statement splitting, and one connection per thread.

#include "DbTestData.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "db/Transaction.h"
#include "io/cache/VolumeCache.h"

#include <QFile>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace brainmd;

namespace {

QVariant probe(const QString &path, const QString &sql) {
    const QString name = QStringLiteral("probe-") + path;
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next())
            value = query.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

const QFileDevice::Permissions kUserRw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QFileDevice::Permissions permissionsOf(const QString &path) {
    // Qt adds the ReadUser/WriteUser aliases; compare the owner / group / other bits only.
    return QFile::permissions(path) &
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsConfigured();
    void filesAreUserOnly();
    void upgradesVersion0WithBackup();
    void upgradesThroughLaterStep();
    void refusesNewerSchema();
    void splitsStatements_data();
    void splitsStatements();
    void transactionRollsBackUnlessCommitted();
    void oneConnectionPerThread();
    void closeRemovesConnections();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::freshDatabaseIsConfigured() {
    Database db;
    const QString path = m_dir.filePath(QStringLiteral("fresh.db"));
    QCOMPARE(db.open(path), QString());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QVERIFY(test::scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    QVERIFY(db.lastBackupPath().isEmpty());
    for (const char *table :
         {"patients", "studies", "series", "instances", "cases", "documents", "label_sources",
          "labels", "reference_slice_sources", "reference_slices", "readers", "sessions",
          "slice_annotations", "answers", "selections", "selection_views", "bench_runs",
          "predictions", "import_runs"}) {
        QCOMPARE(test::rowCount(db, QString::fromLatin1(table)), 0);
    }
    QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    // A second open of the same file neither migrates nor backs up.
    db.close();
    QCOMPARE(db.open(path), QString());
    QVERIFY(db.lastBackupPath().isEmpty());
}

void TestDatabase::filesAreUserOnly() {
    Database db;
    const QString path = m_dir.filePath(QStringLiteral("nested/perm.db"));
    QCOMPARE(db.open(path), QString());
    QCOMPARE(permissionsOf(path), kUserRw);
    QCOMPARE(permissionsOf(path + QStringLiteral("-wal")), kUserRw);
    const VolumeCache cache(db.cacheDir());
    QCOMPARE(cache.store(QStringLiteral("1.2.3"), test::testVolume({4, 4, 2}, 1)), QString());
    QCOMPARE(permissionsOf(db.cacheDir()), kUserRw | QFileDevice::ExeOwner);
    QCOMPARE(permissionsOf(db.cacheDir() + QStringLiteral("/volumes")),
             kUserRw | QFileDevice::ExeOwner);
    QCOMPARE(permissionsOf(cache.pathFor(QStringLiteral("1.2.3"))), kUserRw);
    QVERIFY(cache.pathFor(QStringLiteral("1.2.3")).endsWith(QLatin1String(".nii.gz")));
}

void TestDatabase::upgradesVersion0WithBackup() {
    // A prototype layout from before schema versioning: a "cases" table of another shape,
    // with an index whose name the real schema also uses.
    const QString path = m_dir.filePath(QStringLiteral("v0.db"));
    QVERIFY(
        test::runRawSql(path, {QStringLiteral("CREATE TABLE cases (id INTEGER PRIMARY KEY, "
                                              "name TEXT, status INTEGER)"),
                               QStringLiteral("CREATE INDEX cases_status ON cases (status)"),
                               QStringLiteral("INSERT INTO cases (name, status) VALUES ('a', 1), "
                                              "('b', 2)")}));
    Database db;
    QCOMPARE(db.open(path), QString());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    const QString backup = path + QStringLiteral(".bak-v0");
    QCOMPARE(db.lastBackupPath(), backup);
    QVERIFY(QFile::exists(backup));
    QCOMPARE(permissionsOf(backup), kUserRw);
    // The backup is the old file; the old rows live on beside the new schema.
    QCOMPARE(probe(backup, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QCOMPARE(probe(backup, QStringLiteral("SELECT count(*) FROM cases")).toInt(), 2);
    QCOMPARE(test::rowCount(db, QStringLiteral("legacy_cases")), 2);
    QCOMPARE(test::rowCount(db, QStringLiteral("cases")), 0);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('cases') "
                                             "WHERE name = 'case_key'"))
                 .toInt(),
             1);
}

void TestDatabase::upgradesThroughLaterStep() {
    const QString path = m_dir.filePath(QStringLiteral("v1.db"));
    {
        Database db;
        QCOMPARE(db.open(path), QString());
        QVERIFY(
            test::runRawSql(path, {QStringLiteral("INSERT INTO readers (name, role, created_at) "
                                                  "VALUES ('dr a', 'reader', 'now')")}));
    }
    std::vector<Migrator::Step> steps = Migrator::builtInSteps();
    const int next = steps.back().version + 1;
    steps.push_back({next, QStringLiteral("reader_initials"),
                     QStringLiteral("ALTER TABLE readers ADD COLUMN initials TEXT;\n"
                                    "UPDATE readers SET initials = upper(substr(name, 1, 1));")});
    const QString name = QStringLiteral("migrate-later");
    QString backup;
    QString error;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(path);
        QVERIFY(connection.open());
        error = Migrator(steps).migrate(connection, path, &backup);
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(error, QString());
    QCOMPARE(backup, path + QStringLiteral(".bak-v%1").arg(next - 1));
    QCOMPARE(probe(path, QStringLiteral("PRAGMA user_version")).toInt(), next);
    QCOMPARE(probe(path, QStringLiteral("SELECT initials FROM readers")).toString(),
             QStringLiteral("D"));
    QCOMPARE(probe(backup, QStringLiteral("PRAGMA user_version")).toInt(), next - 1);
}

void TestDatabase::refusesNewerSchema() {
    const QString path = m_dir.filePath(QStringLiteral("future.db"));
    QVERIFY(test::runRawSql(path, {QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY)"),
                                   QStringLiteral("PRAGMA user_version = 999")}));
    Database db;
    const QString error = db.open(path);
    const QString expected = QStringLiteral("this database was written by a newer BrainMD "
                                            "(schema 999, this program knows up to %1);")
                                 .arg(Database::latestSchemaVersion());
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.contains(path));
    QVERIFY(!db.isOpen());
    QVERIFY(!QFile::exists(path + QStringLiteral(".bak-v999")));
    QCOMPARE(probe(path, QStringLiteral("PRAGMA user_version")).toInt(), 999);
}

void TestDatabase::splitsStatements_data() {
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("last");
    QTest::newRow("two") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n") << 2
                         << QStringLiteral("CREATE TABLE b (y);");
    QTest::newRow("quoted semicolon") << QStringLiteral("INSERT INTO a VALUES ('x; y');") << 1
                                      << QStringLiteral("INSERT INTO a VALUES ('x; y');");
    QTest::newRow("trigger")
        << QStringLiteral("CREATE TRIGGER t BEFORE UPDATE ON a BEGIN SELECT 1; SELECT 2; END;\n"
                          "-- trailing comment\n")
        << 1
        << QStringLiteral("CREATE TRIGGER t BEFORE UPDATE ON a BEGIN SELECT 1; SELECT 2; END;");
    QTest::newRow("comment with semicolon") << QStringLiteral("-- a; b\nCREATE TABLE c (z);") << 1
                                            << QStringLiteral("-- a; b\nCREATE TABLE c (z);");
    QTest::newRow("no final semicolon")
        << QStringLiteral("SELECT 1;\nSELECT 2") << 2 << QStringLiteral("SELECT 2");
}

void TestDatabase::splitsStatements() {
    QFETCH(QString, script);
    QFETCH(int, count);
    QFETCH(QString, last);
    const QStringList statements = Migrator::splitStatements(script);
    QCOMPARE(statements.size(), count);
    QCOMPARE(statements.last(), last);
}

void TestDatabase::transactionRollsBackUnlessCommitted() {
    Database db;
    QCOMPARE(db.open(m_dir.filePath(QStringLiteral("tx.db"))), QString());
    const QString insert = QStringLiteral("INSERT INTO readers (name, role, created_at) VALUES "
                                          "('%1', 'reader', 'now')");
    {
        Transaction transaction(db.connection());
        QVERIFY(transaction.isActive());
        QSqlQuery(db.connection()).exec(insert.arg(QStringLiteral("dropped")));
    }
    {
        Transaction transaction(db.connection());
        QSqlQuery(db.connection()).exec(insert.arg(QStringLiteral("kept")));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT group_concat(name) FROM readers")).toString(),
             QStringLiteral("kept"));
}

void TestDatabase::oneConnectionPerThread() {
    Database db;
    QCOMPARE(db.open(m_dir.filePath(QStringLiteral("threads.db"))), QString());
    QSemaphore bothReading, written, checked;
    QString nameA, nameB;
    int countA = -1, countB = -1, countBAfter = -1;
    bool insertedA = false;
    std::unique_ptr<QThread> a(QThread::create([&] {
        const QSqlDatabase connection = db.connection();
        nameA = connection.connectionName();
        countA = test::rowCount(db, QStringLiteral("readers"));
        bothReading.acquire(); // the other thread has read, too
        Transaction transaction(connection);
        QSqlQuery insert(connection);
        insertedA = insert.exec(QStringLiteral("INSERT INTO readers (name, role, created_at) "
                                               "VALUES ('a', 'reader', 'now')"));
        insert.finish();
        insertedA = insertedA && transaction.commit();
        written.release();
        checked.acquire();
    }));
    std::unique_ptr<QThread> b(QThread::create([&] {
        nameB = db.connection().connectionName();
        countB = test::rowCount(db, QStringLiteral("readers"));
        bothReading.release();
        written.acquire();
        countBAfter = test::rowCount(db, QStringLiteral("readers"));
        checked.release();
    }));
    a->setObjectName(QStringLiteral("reader-a"));
    b->setObjectName(QStringLiteral("reader-b"));
    a->start();
    b->start();
    QVERIFY(a->wait(30000));
    QVERIFY(b->wait(30000));
    QCOMPARE(countA, 0);
    QCOMPARE(countB, 0);
    QVERIFY(insertedA);
    QCOMPARE(countBAfter, 1);
    QVERIFY(nameA != nameB);
    QVERIFY(nameA.contains(QLatin1String("reader-a")));
    QVERIFY(nameA.contains(db.path()));
    // Connections of finished threads are gone. QThread::wait() returns before the thread's
    // thread_local destructors (which remove them) have run, hence the short wait.
    QTRY_VERIFY_WITH_TIMEOUT(!QSqlDatabase::contains(nameA), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!QSqlDatabase::contains(nameB), 5000);
    QCOMPARE(test::rowCount(db, QStringLiteral("readers")), 1);
}

void TestDatabase::closeRemovesConnections() {
    Database db;
    QCOMPARE(db.open(m_dir.filePath(QStringLiteral("close.db"))), QString());
    const QString name = db.connection().connectionName();
    QVERIFY(QSqlDatabase::contains(name));
    db.close();
    QVERIFY(!QSqlDatabase::contains(name));
    QVERIFY(!db.connection().isValid());
    db.close();
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
