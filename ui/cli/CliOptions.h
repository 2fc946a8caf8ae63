#pragma once

#include "ui/cli/CliCommand.h"

#include <QCommandLineOption>

namespace brainmd {

/// Options several commands share, so that they read the same everywhere.
QCommandLineOption dbOption();
QCommandLineOption jsonOption();

/// The --db value, or "" after telling the user that it is missing.
QString requireDbPath(const QCommandLineParser &parser, const QString &command, CliStreams io);

} // namespace brainmd
