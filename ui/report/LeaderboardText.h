#pragma once

#include "bench/Leaderboard.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace brainmd {

/// Formats a number with a fixed count of decimals: QString::number in files (one
/// spelling whatever the machine), QLocale in the GUI.
using NumberFormat = std::function<QString(double value, int decimals)>;

/// The plain "C" formatting the report files use ("-" for NaN).
QString plainNumber(double value, int decimals);

/// Why a condition has no shared items (or what was left out of it), for every front end;
/// "" when all runs share its items and nothing was left out.
QString leaderboardConditionNote(const LeaderboardCondition &condition);

/// The questions of the shared items of all conditions, in first-seen order.
QStringList leaderboardQuestions(const Leaderboard &board);

/// The parameters of a run in one line: temperature, max tokens, seed, protocol.
QString leaderboardParameters(const LeaderboardCard &card,
                              const NumberFormat &format = plainNumber);

} // namespace brainmd
