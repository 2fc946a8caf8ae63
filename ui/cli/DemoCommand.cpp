#include "ui/cli/DemoCommand.h"

#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/ImportService.h"
#include "io/phantom/PhantomGenerator.h"
#include "ui/cli/CasesCommand.h"
#include "ui/cli/DemoDataCommand.h"
#include "ui/cli/ImportCommand.h"
#include "ui/cli/TerminalProgress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace brainmd {

namespace {

void heading(QTextStream &out, const QString &text) {
    out << QLatin1Char('\n') << QStringLiteral("== %1 ==").arg(text) << QLatin1Char('\n');
    out.flush();
}
} // namespace

QString DemoCommand::summary() const {
    return tr("Run the main job on phantom data: generate, import, list the cases.");
}

int DemoCommand::run(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("Working folder (default ./demo)."),
                                 QStringLiteral("dir"), QStringLiteral("demo"));
    const QCommandLineOption cases(QStringLiteral("cases"), tr("Phantom cases (default 16)."), QStringLiteral("n"),
                                   QStringLiteral("16"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed (default 1)."), QStringLiteral("s"),
                                  QStringLiteral("1"));
    parser.addOptions({out, cases, seed});
    bool helpShown = false;
    if (!parse(parser, arguments, io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;

    const QString root = QDir(parser.value(out)).absolutePath();
    PhantomOptions phantom;
    phantom.cases = parser.value(cases).toInt();
    phantom.seed = parser.value(seed).toULongLong();
    phantom.resolutionMm = 2;
    phantom.outDir = root + QStringLiteral("/data");
    if (phantom.cases < 1) {
        io.err << tr("brainmd demo: --cases must be a positive whole number\n");
        return ExitFailure;
    }

    heading(io.out, tr("1. Phantom BrainMD"));
    if (QFileInfo::exists(phantom.outDir + QStringLiteral("/brainmd-dataset.json"))) {
        io.out << tr("Using the phantom data already in %1 (delete the folder to regenerate).\n")
                      .arg(phantom.outDir);
    } else if (const int code = DemoDataCommand::generate(phantom, io); code != ExitSuccess) {
        return code;
    }

    heading(io.out, tr("2. Case database"));
    Database db;
    if (const QString error = db.open(root + QStringLiteral("/brainmd.sqlite")); !error.isEmpty()) {
        io.err << tr("brainmd demo: %1\n").arg(error);
        return ExitFailure;
    }
    io.out << tr("Database: %1 (schema version %2)\n").arg(db.path()).arg(db.schemaVersion());

    heading(io.out, tr("3. Import"));
    ImportReport report;
    {
        TerminalProgress progress(tr("import"));
        report = ImportService(db).import({phantom.outDir}, {}, &progress);
    }
    ImportCommand::printReport(report, false, io);
    if (!report.ok() || report.cancelled)
        return ImportCommand::exitCodeFor(report);

    heading(io.out, tr("4. Cases"));
    CasesCommand::printTable(CaseRepository(db).list(), io.out);
    io.out << tr("\nNext: brainmd cases --db %1 --json\n").arg(db.path());
    return ImportCommand::exitCodeFor(report);
}

} // namespace brainmd
