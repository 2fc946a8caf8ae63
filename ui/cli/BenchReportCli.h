#pragma once

#include "ui/cli/CliCommand.h"
#include "ui/report/BenchReport.h"

#include <optional>

namespace brainmd {

class Database;

/// Prints the per-condition scores of a run as a table.
void printRunScores(const Database &db, qint64 runId, QTextStream &out);

/// `brainmd bench report --db F --run ID --out DIR [--format html,csv,json]`.
int benchReportCommand(const QStringList &arguments, CliStreams io);
/// `brainmd bench list --db F [--json]`.
int benchListCommand(const QStringList &arguments, CliStreams io);

} // namespace brainmd
