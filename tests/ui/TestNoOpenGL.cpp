// The real brainmd-workstation on a platform without OpenGL (QT_QPA_PLATFORM=offscreen, no
// X display): it must not crash in its first paint but say so on stderr and exit with 3,
// the code README and brainmd-workstation(1) document (ui/viewer/OpenGLProbe.h).

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kExitNoOpenGL = 3;
// Start-up, the probe and exit take well under a second; the margin is for a loaded machine.
constexpr int kTimeoutMs = 60'000;

struct Run {
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the workstation with Qt's offscreen platform and no way to reach an X server: the
/// offscreen plugin would otherwise create GLX contexts on $DISPLAY.
Run runWorkstation(const QStringList &arguments, const QString &home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_QPA_OFFSCREEN_NO_GLX"), QStringLiteral("1"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("BRAINMD_LANG"), QStringLiteral("en"));
    // A settings folder of its own: the last database the user opened stays out of it.
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BRAINMD_WORKSTATION), arguments);
    Run run;
    run.finished = process.waitForFinished(kTimeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.status = process.exitStatus();
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestNoOpenGL : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exitsWithMessageInsteadOfCrashing();
    void helpNeedsNoOpenGL();

private:
    QTemporaryDir m_home;
};

void TestNoOpenGL::exitsWithMessageInsteadOfCrashing() {
    QVERIFY(m_home.isValid());
    const Run run = runWorkstation({}, m_home.path());
    QVERIFY2(run.finished, "brainmd-workstation still ran after 60 s (a message box waiting?)");
    QVERIFY2(run.status == QProcess::NormalExit,
             qPrintable(QStringLiteral("crashed (signal); stderr:\n") + run.err));
    QVERIFY2(
        run.exitCode == kExitNoOpenGL,
        qPrintable(QStringLiteral("exit code %1; stderr:\n%2").arg(run.exitCode).arg(run.err)));
    // Exactly one line of ours, naming what is missing, what was found and what to do.
    const QStringList lines =
        run.err.split(QLatin1Char('\n')).filter(QStringLiteral("brainmd-workstation: "));
    QCOMPARE(lines.size(), 1);
    const QString &line = lines.first();
    QVERIFY2(line.startsWith(QStringLiteral("brainmd-workstation: OpenGL 3.2 is not available")),
             qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("platform 'offscreen'")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("Mesa")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("brainmd command-line tool")), qPrintable(line));
}

void TestNoOpenGL::helpNeedsNoOpenGL() {
    QVERIFY(m_home.isValid());
    const Run run = runWorkstation({QStringLiteral("--help")}, m_home.path());
    QVERIFY(run.finished);
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("--db")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestNoOpenGL)
#include "TestNoOpenGL.moc"
