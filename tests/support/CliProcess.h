#pragma once

// Runs the real `brainmd` executable (BRAINMD_CLI, set by tests/cli/CMakeLists.txt) the way
// a user would, for end-to-end tests.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace brainmd::testing {

struct CliRun {
    int exitCode = -1; ///< -1 when the process crashed or timed out
    QString out;
    QString err;
};

inline CliRun
runCli(const QStringList &arguments,
       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
       int timeoutMs = 600'000) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BRAINMD_CLI), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace brainmd::testing
