#pragma once

#include "ui/cli/CliCommand.h"

#include <cstdint>

namespace brainmd {

class Database;

/// The demo's BrainBench step: the built-in baselines (features and knn zero- and 3-shot;
/// majority, random and oracle zero-shot) on every slice source and both controls, scored against
/// the phantom truth, with an HTML report per run under `outDir`/bench-<backend>. Prints the report
/// paths; `reportPath` receives the features report. Returns an exit code.
int runDemoBench(const Database &db, const QString &outDir, std::uint64_t seed, CliStreams io,
                 QString *reportPath);

} // namespace brainmd
