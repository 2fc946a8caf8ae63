#pragma once

#include "bench/Leaderboard.h"

#include <QByteArray>
#include <QString>

namespace brainmd {

/// The self-contained HTML page of a leaderboard: the table (one row per run, one column
/// per condition: accuracy with its interval and the paired difference to the reference),
/// the chart (`chartPng`, inline as a data URL), the run cards and how the numbers were
/// made. All text escaped.
QString leaderboardHtml(const Leaderboard &board, const QByteArray &chartPng);

} // namespace brainmd
