#pragma once

#include "ui/cli/CliCommand.h"

#include <QCommandLineOption>

namespace brainmd {

class Database;

/// Options several commands share, so that they read the same everywhere.
QCommandLineOption dbOption();
QCommandLineOption jsonOption();

/// The --db value, or "" after telling the user that it is missing.
QString requireDbPath(const QCommandLineParser &parser, const QString &command, CliStreams io);

/// Opens (creating or upgrading) the database at `path`; on failure tells the user
/// "brainmd <command>: <why>" and returns false.
bool openDatabase(Database &db, const QString &path, const QString &command, CliStreams io);

} // namespace brainmd
