// `brainmd db backup|check` through the real CLI: a backup of a demo database passes the
// check; damaged copies (overwritten pages, dangling rows, a dropped index) are reported
// with a non-zero exit code; an existing backup file is only replaced with --force.

#include "../db/DbTestData.h"
#include "support/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using brainmd::testing::CliRun;
using brainmd::testing::runCli;

namespace {

QProcessEnvironment cliEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BRAINMD_NO_WORKSTATION"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

CliRun cli(const QStringList &arguments) {
    return runCli(arguments, cliEnvironment());
}

CliRun backup(const QString &db, const QString &out, bool force = false) {
    QStringList arguments{QStringLiteral("db"),    QStringLiteral("backup"),
                          QStringLiteral("--db"),  db,
                          QStringLiteral("--out"), out};
    if (force)
        arguments.append(QStringLiteral("--force"));
    return cli(arguments);
}

CliRun check(const QString &db) {
    return cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
}

/// Overwrites up to `count` b-tree pages of type `pageType` (0x0d table leaf, 0x0a index
/// leaf), searching from the middle of the file (then wrapping around), with garbage.
int overwritePages(const QString &path, char pageType, int count) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return 0;
    const QByteArray header = file.read(100);
    int pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 pages = file.size() / pageSize;
    int done = 0;
    for (qint64 step = 0; step < pages && done < count; ++step) {
        const qint64 page = (pages / 2 + step) % pages;
        if (page == 0) // the header and the schema table stay readable
            continue;
        file.seek(page * pageSize);
        if (file.read(1) != QByteArray(1, pageType))
            continue;
        file.seek(page * pageSize);
        file.write(QByteArray(pageSize, char(0xA5)));
        ++done;
    }
    return done;
}

/// The "Title: ..." line of a check report section.
QString sectionLine(const QString &output, const QString &title) {
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(title + QLatin1Char(':')))
            return line;
    }
    return {};
}

} // namespace

class DbCommandTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backupOfDemoPassesCheck();
    void backupRefusesToOverwrite();
    void backupIsConsistentWhileAnotherProgramWrites();
    void checkReportsDamage_data();
    void checkReportsDamage();
    void checkRefusesWhatIsNotADatabase();
    void checkReportsDamagedCachedVolume();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void DbCommandTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--out"),
                             m_dir.filePath(QStringLiteral("demo")), QStringLiteral("--cases"),
                             QStringLiteral("2")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_db = m_dir.filePath(QStringLiteral("demo/brainmd.sqlite"));
    QVERIFY(QFile::exists(m_db));
}

void DbCommandTest::backupOfDemoPassesCheck() {
    const QString copy = m_dir.filePath(QStringLiteral("backups/copy.sqlite"));
    const CliRun run = backup(m_db, copy);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QLatin1String("integrity_check ok")));
    // User-only: read and write for the owner, nothing for group and others.
    const QFileDevice::Permissions groupAndOthers(0x0077);
    QCOMPARE(QFile::permissions(copy) & (QFileDevice::Permissions(0x7000) | groupAndOthers),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // One self-contained file: nothing left beside it.
    QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files) ==
            QStringList{QStringLiteral("copy.sqlite")});

    const CliRun checked = check(copy);
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
    QCOMPARE(sectionLine(checked.out, QStringLiteral("Integrity")),
             QStringLiteral("Integrity: ok"));
    QCOMPARE(sectionLine(checked.out, QStringLiteral("Foreign keys")),
             QStringLiteral("Foreign keys: ok"));
    QCOMPARE(sectionLine(checked.out, QStringLiteral("Schema")), QStringLiteral("Schema: ok"));
    QVERIFY(checked.out.contains(QLatin1String("Result: clean.")));

    // The copy holds the same cases as the original.
    const CliRun original = cli({QStringLiteral("cases"), QStringLiteral("--db"), m_db});
    const CliRun copied = cli({QStringLiteral("cases"), QStringLiteral("--db"), copy});
    QCOMPARE(copied.exitCode, 0);
    QCOMPARE(copied.out.count(QLatin1Char('\n')), original.out.count(QLatin1Char('\n')));
    QVERIFY(original.out.count(QLatin1Char('\n')) >= 2);
}

void DbCommandTest::backupRefusesToOverwrite() {
    const QString target = m_dir.filePath(QStringLiteral("precious.sqlite"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("weeks of annotation work");
    }
    const CliRun refused = backup(m_db, target);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("--force")), qPrintable(refused.err));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("weeks of annotation work"));
    file.close();

    const CliRun forced = backup(m_db, target, true);
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QCOMPARE(check(target).exitCode, 0);
}

void DbCommandTest::backupIsConsistentWhileAnotherProgramWrites() {
    const QString live = m_dir.filePath(QStringLiteral("live.sqlite"));
    QVERIFY(backup(m_db, live).exitCode == 0);
    const QString name = QStringLiteral("writer");
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        writer.setDatabaseName(live);
        QVERIFY(writer.open());
        QSqlQuery query(writer);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        query.finish();
        QVERIFY(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                          "('committed', 'yes')")));
        // A write transaction stays open while the backup runs in another process.
        QVERIFY(writer.transaction());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                          "('uncommitted', 'yes')")));
        const QString copy = m_dir.filePath(QStringLiteral("live-copy.sqlite"));
        const CliRun run = backup(live, copy);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(writer.commit());

        QSqlDatabase reader =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name + QStringLiteral("-r"));
        reader.setDatabaseName(copy);
        QVERIFY(reader.open());
        QSqlQuery keys(reader);
        QVERIFY(keys.exec(QStringLiteral("SELECT group_concat(key) FROM settings WHERE key "
                                         "LIKE '%committed' ORDER BY key")));
        QVERIFY(keys.next());
        QCOMPARE(keys.value(0).toString(), QStringLiteral("committed"));
    }
    QSqlDatabase::removeDatabase(name + QStringLiteral("-r"));
    QSqlDatabase::removeDatabase(name);
}

void DbCommandTest::checkReportsDamage_data() {
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("expected");
    QTest::newRow("table leaf pages overwritten")
        << QStringLiteral("table-pages") << QStringLiteral("Integrity")
        << QStringLiteral("Tables affected (with their indexes): ");
    QTest::newRow("index leaf pages overwritten")
        << QStringLiteral("index-pages") << QStringLiteral("Integrity")
        << QStringLiteral("Tables affected (with their indexes): ");
    QTest::newRow("series deleted under its case")
        << QStringLiteral("dangling") << QStringLiteral("Foreign keys")
        << QStringLiteral("refers to a row of series that does not exist");
    QTest::newRow("index dropped") << QStringLiteral("drop-index") << QStringLiteral("Schema")
                                   << QStringLiteral("missing from the schema: index series_study");
}

void DbCommandTest::checkReportsDamage() {
    QFETCH(QString, damage);
    QFETCH(QString, section);
    QFETCH(QString, expected);
    const QString copy = m_dir.filePath(damage + QStringLiteral(".sqlite"));
    const CliRun made = backup(m_db, copy);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));

    if (damage == QLatin1String("table-pages")) {
        QCOMPARE(overwritePages(copy, 0x0d, 3), 3);
    } else if (damage == QLatin1String("index-pages")) {
        QCOMPARE(overwritePages(copy, 0x0a, 2), 2);
    } else if (damage == QLatin1String("dangling")) {
        QVERIFY(brainmd::test::runRawSql(
            copy, {QStringLiteral("DELETE FROM series WHERE id = (SELECT series_id FROM cases "
                                  "ORDER BY id LIMIT 1)")}));
    } else {
        QVERIFY(brainmd::test::runRawSql(copy, {QStringLiteral("DROP INDEX series_study")}));
    }

    const CliRun checked = check(copy);
    QCOMPARE(checked.exitCode, 1);
    const QString line = sectionLine(checked.out, section);
    QVERIFY2(line.contains(QLatin1String("problem")), qPrintable(checked.out));
    QVERIFY2(checked.out.contains(expected), qPrintable(checked.out));
    QVERIFY(checked.out.contains(QLatin1String("Result: problems found")));
}

// A cached volume cut short loads as zeros past the cut in niftilib; `db check` names the
// series, and a backup's missing cache folder is a note, not damage.
void DbCommandTest::checkReportsDamagedCachedVolume() {
    const QString copy = m_dir.filePath(QStringLiteral("cache-check.sqlite"));
    const CliRun made = backup(m_db, copy);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const CliRun alone = check(copy);
    QVERIFY2(alone.exitCode == 0, qPrintable(alone.out + alone.err));
    QVERIFY2(alone.out.contains(QLatin1String("no volume cache beside the file")),
             qPrintable(alone.out));

    const QDir source(m_db + QStringLiteral(".cache/volumes"));
    const QString target = copy + QStringLiteral(".cache/volumes");
    QVERIFY(QDir().mkpath(target));
    const QStringList volumes = source.entryList(QDir::Files, QDir::Name);
    QVERIFY(!volumes.isEmpty());
    for (const QString &name : volumes)
        QVERIFY(QFile::copy(source.filePath(name), QDir(target).filePath(name)));
    QCOMPARE(sectionLine(check(copy).out, QStringLiteral("Cached volumes")),
             QStringLiteral("Cached volumes: ok"));
    QFile cut(QDir(target).filePath(volumes.first()));
    QVERIFY(cut.open(QIODevice::ReadWrite) && cut.resize(cut.size() / 2));
    cut.close();
    const CliRun checked = check(copy);
    QCOMPARE(checked.exitCode, 1);
    QCOMPARE(sectionLine(checked.out, QStringLiteral("Cached volumes")),
             QStringLiteral("Cached volumes: 1 problem(s)"));
    QVERIFY2(checked.out.contains(volumes.first() + QStringLiteral(" is damaged")),
             qPrintable(checked.out));
}

void DbCommandTest::checkRefusesWhatIsNotADatabase() {
    const CliRun missing = check(m_dir.filePath(QStringLiteral("nowhere.sqlite")));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nowhere.sqlite"))));

    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    const CliRun notDatabase = check(text);
    QCOMPARE(notDatabase.exitCode, 2);
    QVERIFY2(notDatabase.err.contains(QLatin1String("not a database")),
             qPrintable(notDatabase.err));
    QCOMPARE(backup(text, m_dir.filePath(QStringLiteral("notes-copy.sqlite"))).exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("notes-copy.sqlite"))));
}

QTEST_GUILESS_MAIN(DbCommandTest)
#include "DbCommandTest.moc"
