// Files that `brainmd` writes hold patient images or case keys (accession numbers): the
// database, its cache, exports and bench reports are readable by their owner only.

#include "support/CliProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using brainmd::testing::CliRun;
using brainmd::testing::runCli;

namespace {

constexpr QFileDevice::Permissions kOwnerBits =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kGroupOtherBits =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

CliRun cli(const QStringList &arguments) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BRAINMD_NO_WORKSTATION"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return runCli(arguments, env);
}

/// Paths under `root` (itself included) that group or others may read, write or enter.
QStringList openToOthers(const QString &root) {
    QStringList open;
    if (QFile::permissions(root) & kGroupOtherBits)
        open.append(root);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFile::permissions(path) & kGroupOtherBits)
            open.append(path);
    }
    return open;
}

} // namespace

class OutputPermissionsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void databaseAndCacheAreUserOnly();
    void exportsAreUserOnly_data();
    void exportsAreUserOnly();
    void benchReportIsUserOnly();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void OutputPermissionsTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    // A permissive folder, as a shared workstation might have: the files must still be private.
    QVERIFY(QFile::setPermissions(m_dir.path(), kOwnerBits | QFileDevice::ReadGroup |
                                                    QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                    QFileDevice::ExeOther));
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--out"),
                             m_dir.filePath(QStringLiteral("demo")), QStringLiteral("--cases"),
                             QStringLiteral("2")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_db = m_dir.filePath(QStringLiteral("demo/brainmd.sqlite"));
}

void OutputPermissionsTest::databaseAndCacheAreUserOnly() {
    QCOMPARE(QFile::permissions(m_db) & kGroupOtherBits, QFileDevice::Permissions());
    const QStringList open = openToOthers(m_db + QStringLiteral(".cache"));
    QVERIFY2(open.isEmpty(), qPrintable(open.join(QLatin1Char('\n'))));
}

void OutputPermissionsTest::exportsAreUserOnly_data() {
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("volume") << QStringLiteral("volume") << QStringLiteral("case.nii.gz")
                            << QStringList();
    QTest::newRow("slice") << QStringLiteral("slice") << QStringLiteral("case.png")
                           << QStringList{QStringLiteral("--view"), QStringLiteral("axial")};
}

void OutputPermissionsTest::exportsAreUserOnly() {
    QFETCH(QString, what);
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    const QString out = m_dir.filePath(file);
    const CliRun run = cli(QStringList{QStringLiteral("export"), what, QStringLiteral("--db"), m_db,
                                       QStringLiteral("--case"), QStringLiteral("1"),
                                       QStringLiteral("--out"), out} +
                           extra);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFileInfo(out).size() > 0);
    QCOMPARE(QFile::permissions(out) & kGroupOtherBits, QFileDevice::Permissions());
}

void OutputPermissionsTest::benchReportIsUserOnly() {
    const QString out = m_dir.filePath(QStringLiteral("reports/run1"));
    const CliRun run =
        cli({QStringLiteral("bench"), QStringLiteral("report"), QStringLiteral("--db"), m_db,
             QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(out + QStringLiteral("/report.html")));
    const QStringList open = openToOthers(out);
    QVERIFY2(open.isEmpty(), qPrintable(open.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(OutputPermissionsTest)
#include "OutputPermissionsTest.moc"
