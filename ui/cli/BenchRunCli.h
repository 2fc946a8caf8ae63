#pragma once

#include "bench/CostEstimate.h"
#include "bench/RunConfig.h"
#include "ui/cli/CliCommand.h"

namespace brainmd {

class Database;

/// `brainmd bench run`: builds a run configuration from --config and flags, then runs
/// or resumes it (the same configuration again resumes the latest run that has it;
/// --new starts a fresh run). Exit 0 finished, 1 finished with recorded item errors,
/// 2 paused, stopped or failed (the message says what to fix; the same command resumes).
int benchRunCommand(const QStringList &arguments, CliStreams io);

/// Runs or resumes `config` on `db` with a terminal progress bar and Ctrl+C support;
/// prints a summary and the scores. `runId` receives the run's id. Prices given are
/// stored with the run for its cost.
int executeBenchRun(const Database &db, const BenchRunConfig &config, bool forceNew, CliStreams io,
                    qint64 *runId, const BenchPricing &pricing = {});

} // namespace brainmd
