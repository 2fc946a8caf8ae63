#pragma once

#include "bench/Leaderboard.h"
#include "ui/report/BenchPlots.h"
#include "ui/report/LeaderboardText.h"

#include <QColor>

namespace brainmd {

/// Colour of the i-th compared run (distinct for the first eight, then repeating).
QColor leaderboardRunColor(int index);

/// Accuracy of every run on each condition's shared items, one bar per run with its
/// bootstrap 95 % interval, grouped by condition, the reference marked and each run's
/// paired difference to it written beside its bar. Conditions without shared items are
/// listed as such. The legend names every run.
BenchPlot leaderboardPlot(const Leaderboard &board, const NumberFormat &format = plainNumber);

} // namespace brainmd
