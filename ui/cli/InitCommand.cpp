#include "ui/cli/InitCommand.h"

#include "db/Database.h"
#include "ui/cli/CliOptions.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace brainmd {

QString InitCommand::summary() const {
    return tr("Create a case database (or upgrade an older one).");
}

int InitCommand::run(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    parser.addOption(dbOption());
    bool helpShown = false;
    if (!parse(parser, arguments, io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;
    const QString path = requireDbPath(parser, name(), io);
    if (path.isEmpty())
        return ExitFailure;

    const bool existed = QFileInfo::exists(path);
    Database db;
    const QString error = db.open(path);
    if (!error.isEmpty()) {
        io.err << tr("brainmd init: %1\n").arg(error);
        return ExitFailure;
    }
    io.out << (existed ? tr("Opened %1 (schema version %2).\n")
                       : tr("Created %1 (schema version %2).\n"))
                  .arg(db.path())
                  .arg(db.schemaVersion());
    if (!db.lastBackupPath().isEmpty())
        io.out << tr("Upgraded; the previous file is kept as %1.\n").arg(db.lastBackupPath());
    return ExitSuccess;
}

} // namespace brainmd
