#include "ui/cli/AnnotationsCommand.h"

#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "ui/cli/CliOptions.h"
#include "workflows/AnnotationExport.h"

namespace brainmd {

QString AnnotationsCommand::summary() const {
    return tr("Export the readers' marks and answers ('annotations export') or their agreement "
              "('annotations agreement').");
}

int AnnotationsCommand::run(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), tr("export or agreement."));
    parser.addOption(dbOption());
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("File to write (agreement: .csv, or .html for a page)."),
                                 QStringLiteral("file"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("With export: csv (default) or json."),
                                    QStringLiteral("format"), QStringLiteral("csv"));
    parser.addOptions({out, format});
    bool helpShown = false;
    if (!parse(parser, arguments, io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;
    const QStringList what = parser.positionalArguments();
    const bool exporting = what.value(0) == QLatin1String("export");
    if (what.size() != 1 || (!exporting && what.first() != QLatin1String("agreement"))) {
        io.err << tr("brainmd annotations: say what to write: 'brainmd annotations export ...' "
                     "or 'brainmd annotations agreement ...'\n");
        return ExitFailure;
    }
    const QString kind = parser.value(format);
    if (exporting && kind != QLatin1String("csv") && kind != QLatin1String("json")) {
        io.err << tr("brainmd annotations export: --format is csv or json, not '%1'\n").arg(kind);
        return ExitFailure;
    }
    if (!parser.isSet(out)) {
        io.err << tr("brainmd annotations %1: --out FILE is required\n").arg(what.first());
        return ExitFailure;
    }
    const QString dbPath = requireDbPath(parser, name(), io);
    if (dbPath.isEmpty())
        return ExitFailure;
    Database db;
    if (!openDatabase(db, dbPath, name(), io))
        return ExitFailure;
    const std::shared_ptr<const StudyStorage> storage = borrowedStorage(db);
    const QString path = parser.value(out);
    const QString error = !exporting                      ? exportAgreement(*storage, path)
                          : kind == QLatin1String("json") ? exportAnnotationsJson(*storage, path)
                                                          : exportAnnotationsCsv(*storage, path);
    if (!error.isEmpty()) {
        io.err << tr("brainmd annotations %1: %2\n").arg(what.first(), error);
        return ExitFailure;
    }
    io.out << tr("Written to %1\n").arg(path);
    return ExitSuccess;
}

} // namespace brainmd
