// The shared pieces of core/common: the CSV writer defuses every cell a spreadsheet would
// run as a formula and keeps plain numbers; the private-file helpers make every new
// folder 0700 (parents included) and every written file 0600; the seeded generator gives
// the same numbers for the same seed and stream.

#include "common/CsvWriter.h"
#include "common/PrivateFiles.h"
#include "common/SeededRandom.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace brainmd;

class TestCommon : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvCellDefusesFormulas_data();
    void csvCellDefusesFormulas();
    void csvLineEndsInNewline();
    void privateFoldersAndFiles();
    void seededStreamsAreReproducible();
};

void TestCommon::csvCellDefusesFormulas_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                               << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("sum") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+cmd") << QStringLiteral("'+cmd");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("blank then =") << QStringLiteral("  =1") << QStringLiteral("'  =1");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("negative number") << QStringLiteral("-3.5") << QStringLiteral("-3.5");
    QTest::newRow("positive number") << QStringLiteral("+2") << QStringLiteral("+2");
    QTest::newRow("plain") << QStringLiteral("BMD0001") << QStringLiteral("BMD0001");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("empty") << QString() << QString();
}

void TestCommon::csvCellDefusesFormulas() {
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(csvCell(text), cell);
}

void TestCommon::csvLineEndsInNewline() {
    QCOMPARE(csvLine({QStringLiteral("a"), QStringLiteral("=b"), QStringLiteral("1")}),
             QStringLiteral("a,'=b,1\n"));
}

void TestCommon::privateFoldersAndFiles() {
    QTemporaryDir dir;
    const QString nested = dir.filePath(QStringLiteral("a/b/c"));
    QVERIFY(createPrivateDir(nested));
    const auto folder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                        QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
    for (const char *part : {"a", "a/b", "a/b/c"})
        QCOMPARE(QFileInfo(dir.filePath(QString::fromLatin1(part))).permissions(), folder);
    const QString file = dir.filePath(QStringLiteral("x/y/report.csv"));
    QCOMPARE(writePrivateFile(file, "a,b\n"), QString());
    QCOMPARE(QFileInfo(file).permissions(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadUser | QFileDevice::WriteUser);
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("x"))).permissions(), folder);
    QFile read(file);
    QVERIFY(read.open(QIODevice::ReadOnly));
    QCOMPARE(read.readAll(), QByteArray("a,b\n"));
    QVERIFY(!writePrivateFile(QStringLiteral("/proc/not-here/x.csv"), "x").isEmpty());
}

void TestCommon::seededStreamsAreReproducible() {
    SeededRandom a = SeededRandom::forStream(7, 3, 11);
    SeededRandom b = SeededRandom::forStream(7, 3, 11);
    SeededRandom c = SeededRandom::forStream(7, 4, 11);
    bool differs = false;
    for (int i = 0; i < 100; ++i) {
        const std::uint64_t x = a.next();
        QCOMPARE(b.next(), x);
        differs = differs || c.next() != x;
        const int k = a.index(10);
        QCOMPARE(b.index(10), k);
        QVERIFY(k >= 0 && k < 10);
        c.index(10);
    }
    QVERIFY(differs);
}

QTEST_GUILESS_MAIN(TestCommon)
#include "TestCommon.moc"
