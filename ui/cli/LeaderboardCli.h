#pragma once

#include "bench/Leaderboard.h"
#include "ui/cli/CliCommand.h"

#include <vector>

namespace brainmd {

class Database;

/// Prints a leaderboard as a short table: per condition, each run's accuracy with its
/// interval and its paired difference to the reference.
void printLeaderboard(const Leaderboard &board, QTextStream &out);

/// `brainmd bench report` with several runs: builds their leaderboard and writes
/// leaderboard.html / .json / .csv into `outDir`. `referenceRunId` 0: the first run.
int writeLeaderboardCommand(const Database &db, const std::vector<qint64> &runIds,
                            qint64 referenceRunId, const QString &outDir, CliStreams io);

} // namespace brainmd
