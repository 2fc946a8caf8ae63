#pragma once

#include "bench/Leaderboard.h"

#include <QString>
#include <QStringList>

namespace brainmd {

/// Why a condition has no shared items (or what was left out of it), for every front end;
/// "" when all runs share its items and nothing was left out.
QString leaderboardConditionNote(const LeaderboardCondition &condition);

/// The questions of the shared items of all conditions, in first-seen order.
QStringList leaderboardQuestions(const Leaderboard &board);

/// The parameters of a run in one line: temperature, max tokens, seed, protocol.
QString leaderboardParameters(const LeaderboardCard &card);

} // namespace brainmd
