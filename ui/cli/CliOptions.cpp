#include "ui/cli/CliOptions.h"

#include "db/Database.h"

#include <QCoreApplication>

namespace brainmd {

QCommandLineOption dbOption() {
    return QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("brainmd", "The case database (SQLite file)."),
        QStringLiteral("file"));
}

QCommandLineOption jsonOption() {
    return QCommandLineOption(
        QStringLiteral("json"),
        QCoreApplication::translate("brainmd", "Write the result as JSON on stdout."));
}

QString requireDbPath(const QCommandLineParser &parser, const QString &command, CliStreams io) {
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        io.err << QCoreApplication::translate("brainmd", "brainmd %1: --db FILE is required\n")
                      .arg(command);
    return path;
}

bool openDatabase(Database &db, const QString &path, const QString &command, CliStreams io) {
    const QString error = db.open(path);
    if (!error.isEmpty())
        io.err << QCoreApplication::translate("brainmd", "brainmd %1: %2\n").arg(command, error);
    return error.isEmpty();
}

} // namespace brainmd
