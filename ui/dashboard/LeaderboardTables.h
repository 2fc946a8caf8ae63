#pragma once

#include "bench/Leaderboard.h"

class QTableWidget;

namespace brainmd {

/// Fills `table` with the leaderboard: one row per run, one column per condition (slice
/// source / views and shots in the header); a cell shows accuracy with its interval and
/// the paired difference to the reference, numbers in the user's locale.
void fillLeaderboardTable(QTableWidget *table, const Leaderboard &board);

/// Fills `table` with one row per run card (model, endpoint, parameters, tokens, …).
void fillLeaderboardCards(QTableWidget *table, const Leaderboard &board);

/// The questions compared, then the notes of the conditions without shared items (or
/// with items left out), one per line; "" when there is nothing to say.
QString leaderboardNotes(const Leaderboard &board);

} // namespace brainmd
