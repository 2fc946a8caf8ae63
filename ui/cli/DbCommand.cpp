#include "ui/cli/DbCommand.h"

#include "db/DatabaseMaintenance.h"
#include "ui/cli/CliOptions.h"

#include <QCommandLineOption>
#include <QFileInfo>

namespace brainmd {

QString DbCommand::summary() const {
    return tr("Back up a case database, or check its integrity (db backup|check).");
}

int DbCommand::run(const QStringList &arguments, CliStreams io) {
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("backup"))
        return runBackup(arguments.mid(1), io);
    if (sub == QLatin1String("check"))
        return runCheck(arguments.mid(1), io);
    QTextStream &stream =
        sub == QLatin1String("--help") || sub == QLatin1String("-h") ? io.out : io.err;
    stream << tr("Usage: brainmd db <backup|check> [options]\n\n"
                 "  backup  Write a consistent copy (--db FILE --out FILE [--force])\n"
                 "  check   Check integrity, foreign keys and schema (--db FILE)\n\n"
                 "'brainmd db <sub-command> --help' lists the options.\n");
    return &stream == &io.out ? ExitSuccess : ExitFailure;
}

bool DbCommand::parseSub(QCommandLineParser &parser, const QStringList &arguments,
                         const QString &sub, CliStreams io, bool *helpShown) const {
    // CliCommand::parse names "brainmd db" in the usage line; name the sub-command too.
    QString help;
    QTextStream helpStream(&help);
    const bool ok = parse(parser, arguments, CliStreams{helpStream, io.err}, helpShown);
    helpStream.flush();
    const qsizetype at = help.indexOf(QLatin1String("brainmd db"));
    if (at >= 0)
        help.insert(at + 10, QLatin1Char(' ') + sub);
    io.out << help;
    return ok;
}

int DbCommand::runBackup(const QStringList &arguments, CliStreams io) const {
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The backup file to write (a SQLite database)."),
                                 QStringLiteral("file"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Replace the --out file when it exists."));
    parser.addOptions({dbOption(), out, force});
    bool helpShown = false;
    if (!parseSub(parser, arguments, QStringLiteral("backup"), io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;
    const QString path = requireDbPath(parser, QStringLiteral("db backup"), io);
    if (path.isEmpty())
        return ExitFailure;
    if (parser.value(out).isEmpty()) {
        io.err << tr("brainmd db backup: --out FILE is required\n");
        return ExitFailure;
    }
    const QString target = parser.value(out);
    if (QFileInfo::exists(target) && !parser.isSet(force)) {
        io.err << tr("brainmd db backup: %1 exists; add --force to replace it\n").arg(target);
        return ExitFailure;
    }
    const QString error = DatabaseMaintenance::backup(path, target, parser.isSet(force));
    if (!error.isEmpty()) {
        io.err << tr("brainmd db backup: %1\n").arg(error);
        return ExitFailure;
    }
    io.out << tr("Backed up %1 to %2 (%3 bytes, integrity_check ok).\n")
                  .arg(path, QFileInfo(target).absoluteFilePath())
                  .arg(QFileInfo(target).size());
    return ExitSuccess;
}

int DbCommand::runCheck(const QStringList &arguments, CliStreams io) const {
    QCommandLineParser parser;
    parser.addOption(dbOption());
    bool helpShown = false;
    if (!parseSub(parser, arguments, QStringLiteral("check"), io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;
    const QString path = requireDbPath(parser, QStringLiteral("db check"), io);
    if (path.isEmpty())
        return ExitFailure;
    QString error;
    const DatabaseCheckReport report = DatabaseMaintenance::check(path, &error);
    if (!error.isEmpty()) {
        io.err << tr("brainmd db check: cannot examine %1: %2\n").arg(path, error);
        return ExitFailure;
    }
    printReport(path, report, io);
    return report.isClean() ? ExitSuccess : ExitWithProblems;
}

void DbCommand::printReport(const QString &path, const DatabaseCheckReport &report, CliStreams io) {
    io.out << tr("Database: %1\n").arg(path);
    io.out << tr("Schema version: %1 (this program knows up to %2)\n")
                  .arg(report.schemaVersion)
                  .arg(report.knownSchemaVersion);
    const auto section = [&io](const QString &title, const QStringList &lines) {
        io.out << title
               << (lines.isEmpty() ? tr(": ok\n")
                                   : tr(": %n problem(s)\n", nullptr, int(lines.size())));
        for (const QString &line : lines)
            io.out << QStringLiteral("  ") << line << QLatin1Char('\n');
    };
    section(tr("Integrity"), report.integrityProblems);
    if (!report.affectedTables.isEmpty())
        io.out << tr("  Tables affected (with their indexes): %1\n")
                      .arg(report.affectedTables.join(QLatin1String(", ")));
    section(tr("Foreign keys"), report.foreignKeyProblems);
    section(tr("Schema"), report.schemaProblems);
    section(tr("Cached volumes"), report.cacheProblems);
    for (const QString &note : report.notes)
        io.out << tr("Note: %1\n").arg(note);
    io.out << (report.isClean() ? tr("Result: clean.\n")
                                : tr("Result: problems found. Copy the file (and its -wal) aside, "
                                     "with BrainMD closed, before any repair.\n"));
}

} // namespace brainmd
