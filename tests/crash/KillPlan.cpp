#include "KillPlan.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>

namespace brainmd::crash {

QString KillPoint::describe() const {
    if (afterLines >= 0)
        return QStringLiteral("after %1 lines").arg(afterLines);
    if (afterMs >= 0)
        return QStringLiteral("after %1 ms").arg(afterMs);
    return QStringLiteral("never");
}

KillPoint drawKillPoint(std::uint64_t seed, int lines, int ms) {
    QRandomGenerator rng(static_cast<quint32>(seed ^ (seed >> 32)));
    KillPoint point;
    if (rng.bounded(2) == 0 && lines > 1)
        point.afterLines = 1 + static_cast<int>(rng.bounded(static_cast<quint32>(lines - 1)));
    else
        point.afterMs = static_cast<int>(rng.bounded(static_cast<quint32>(std::max(ms, 1))));
    return point;
}

ChildRun runChild(const QString &program, const QStringList &arguments, const KillPoint &point,
                  const QProcessEnvironment &environment, int timeoutMs) {
    ChildRun run;
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    child.start(program, arguments);
    if (!child.waitForStarted())
        return run;
    const QDeadlineTimer killAt(point.afterMs >= 0 ? point.afterMs : timeoutMs);
    const QDeadlineTimer giveUp(timeoutMs);
    const auto readLines = [&] {
        while (child.canReadLine())
            run.lines.append(QString::fromUtf8(child.readLine()).trimmed());
    };
    while (child.state() == QProcess::Running && !giveUp.hasExpired()) {
        const bool byLines = point.afterLines >= 0 && run.lines.size() >= point.afterLines;
        const bool byTime = point.afterMs >= 0 && killAt.hasExpired();
        if (byLines || byTime) {
            child.kill(); // SIGKILL
            run.killed = true;
            break;
        }
        const QDeadlineTimer next = point.afterMs >= 0 ? killAt : giveUp;
        child.waitForReadyRead(static_cast<int>(std::max<qint64>(1, next.remainingTime())));
        readLines();
    }
    if (!run.killed && child.state() == QProcess::Running)
        child.kill();
    child.waitForFinished(-1);
    readLines();
    if (!child.atEnd() && !run.killed)
        run.lines.append(QString::fromUtf8(child.readAll()).trimmed());
    run.finished = !run.killed && child.exitStatus() == QProcess::NormalExit;
    run.exitCode = run.finished ? child.exitCode() : -1;
    run.elapsedMs = static_cast<int>(clock.elapsed());
    return run;
}

} // namespace brainmd::crash
