#pragma once

// Runs a child program and SIGKILLs it at a point chosen from a seed: after it has written a
// given number of output lines, or after a delay measured from its start (QDeadlineTimer; the
// test waits on the child's output, never sleeps).

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace brainmd::crash {

struct KillPoint {
    int afterLines = -1; ///< kill once this many lines were read (-1: not by lines)
    int afterMs = -1;    ///< kill this long after the start (-1: not by time)
    QString describe() const;
};

/// A kill point drawn from `seed`: half the time by lines in [1, lines], otherwise by time in
/// [0, ms) — `lines` and `ms` are what an uninterrupted run of the same work printed and took.
KillPoint drawKillPoint(std::uint64_t seed, int lines, int ms);

struct ChildRun {
    bool killed = false;   ///< true when the child was still running at the kill point
    bool finished = false; ///< exited by itself (exitCode valid)
    int exitCode = -1;
    int elapsedMs = 0;
    QStringList lines; ///< stdout and stderr merged, as read before the kill
};

/// Starts `program`, reads its merged output line by line and kills it at `point` (never
/// when `point` is empty). `timeoutMs` bounds a run that neither finishes nor reaches the
/// point.
ChildRun runChild(const QString &program, const QStringList &arguments, const KillPoint &point,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                  int timeoutMs = 600'000);

} // namespace brainmd::crash
