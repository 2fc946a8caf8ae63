#pragma once

#include <QStringList>

namespace brainmd {

/// Runs `brainmd` with the full argument list (program name first) and returns the exit
/// code (see ExitCode). Dispatches to the sub-commands; prints usage on unknown ones.
int runCli(const QStringList &arguments);

} // namespace brainmd
