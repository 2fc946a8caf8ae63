#include "ui/cli/DemoCommand.h"

#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "io/phantom/PhantomGenerator.h"
#include "ui/cli/BenchDemo.h"
#include "ui/cli/CasesCommand.h"
#include "ui/cli/DemoDataCommand.h"
#include "ui/cli/ImportCommand.h"
#include "ui/cli/SelectionAccuracy.h"
#include "ui/cli/TerminalProgress.h"
#include "workflows/ImportService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

namespace brainmd {

namespace {

void heading(QTextStream &out, const QString &text) {
    out << QLatin1Char('\n') << QStringLiteral("== %1 ==").arg(text) << QLatin1Char('\n');
    out.flush();
}

// Last step: the workstation on the demo database when a display is there, detached so
// that the demo returns; otherwise (or under tests: offscreen platform) how to open it.
void openWorkstation(const QString &databasePath, CliStreams io) {
    const QString binary =
        QCoreApplication::applicationDirPath() + QStringLiteral("/brainmd-workstation");
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const bool display =
        env.contains(QStringLiteral("DISPLAY")) || env.contains(QStringLiteral("WAYLAND_DISPLAY"));
    const bool wanted =
        env.value(QStringLiteral("QT_QPA_PLATFORM")) != QLatin1String("offscreen") &&
        !env.contains(QStringLiteral("BRAINMD_NO_WORKSTATION"));
    if (display && wanted && QFileInfo(binary).isExecutable() &&
        QProcess::startDetached(binary, {QStringLiteral("--db"), databasePath})) {
        io.out << DemoCommand::tr("The workstation is opening on %1.\n").arg(databasePath);
        return;
    }
    io.out << DemoCommand::tr("Open the cases in the workstation:\n  %1 --db %2\n")
                  .arg(QFileInfo(binary).isExecutable() ? binary
                                                        : QStringLiteral("brainmd-workstation"),
                       databasePath);
}

} // namespace

QString DemoCommand::summary() const {
    return tr("Run the main job on phantom data: generate, import, select slices, run the "
              "BrainBench baselines, write the report, open the workstation.");
}

int DemoCommand::run(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("Working folder (default ./demo)."),
                                 QStringLiteral("dir"), QStringLiteral("demo"));
    // 80 cases: 60 held out of a 20-case pool, enough to detect a 10-point paired gain
    // between two slice sources (see demoPowerNote()).
    const QCommandLineOption cases(QStringLiteral("cases"), tr("Phantom cases (default 80)."),
                                   QStringLiteral("n"), QStringLiteral("80"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed (default 1)."),
                                  QStringLiteral("s"), QStringLiteral("1"));
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
        report = ImportService(borrowedStorage(db)).import({phantom.outDir}, {}, &progress);
    }
    ImportCommand::printReport(report, false, io);
    if (!report.ok() || report.cancelled)
        return ImportCommand::exitCodeFor(report);

    heading(io.out, tr("4. Cases"));
    const std::vector<CaseSummary> caseList = CaseRepository(db).list();
    CasesCommand::printTable(caseList, io.out);

    heading(io.out, tr("5. Slice selection"));
    std::vector<qint64> caseIds;
    for (const CaseSummary &c : caseList)
        caseIds.push_back(c.id);
    const std::vector<AccuracyRow> accuracy = runSelectionComparison(db, caseIds, 0, phantom.seed);
    printAccuracyTable(accuracy, io.out);
    io.out << '\n';
    printPairedComparison(accuracy, QStringLiteral("random"), io.out);

    heading(io.out, tr("6. BrainBench (built-in baselines, phantom truth)"));
    QString benchReport;
    const int benchCode = runDemoBench(db, root, phantom.seed, io, &benchReport);
    if (!benchReport.isEmpty())
        io.out << tr("\nBrainBench report: %1\n").arg(benchReport);
    io.out << tr("\nNext: brainmd cases --db %1 --json\n").arg(db.path());

    heading(io.out, tr("7. Workstation"));
    openWorkstation(db.path(), io);
    return std::max(ImportCommand::exitCodeFor(report), benchCode);
}

} // namespace brainmd
