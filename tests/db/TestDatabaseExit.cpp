// A worker thread that used the database may end while the process exits; the exit must
// stay clean (see ExitChild.cpp for how the order is forced).

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDatabaseExit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void workerEndingDuringExitDoesNotCrash();
};

void TestDatabaseExit::workerEndingDuringExitDoesNotCrash() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess child;
    child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/db_exit_child"),
                {dir.filePath(QStringLiteral("exit.sqlite"))});
    QVERIFY(child.waitForFinished(60000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit,
             qPrintable(QStringLiteral("the child crashed; stdout: ") + out));
    QCOMPARE(child.exitCode(), 0);
    // Both steps ran, so the worker really ended after the registry was destroyed.
    QVERIFY2(out.contains(QStringLiteral("worker queried the database")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("worker joined after the connection registry was gone")),
             qPrintable(out));
}

QTEST_GUILESS_MAIN(TestDatabaseExit)
#include "TestDatabaseExit.moc"
