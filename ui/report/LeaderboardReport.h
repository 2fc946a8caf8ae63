#pragma once

#include "bench/Leaderboard.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace brainmd {

/// Version of leaderboard.json's layout; raise it when a field changes meaning.
inline constexpr int kLeaderboardFormatVersion = 1;

/// The numbers of a leaderboard as JSON (format_version, runs, conditions with one
/// result per run; fractions 0..1, differences run − reference).
QJsonObject leaderboardJson(const Leaderboard &board);
/// One row per run × condition (a condition without shared items: one row saying so),
/// through the project's CSV writer.
QString leaderboardCsv(const Leaderboard &board);

struct LeaderboardReportResult {
    QStringList files;
    QString htmlPath;
    QString error;
};

/// Writes leaderboard.html (self-contained: table, chart, run cards), leaderboard.json,
/// leaderboard.csv and the chart as leaderboard.png / .svg into `outDir`, all private.
LeaderboardReportResult writeLeaderboardReport(const Leaderboard &board, const QString &outDir);

} // namespace brainmd
