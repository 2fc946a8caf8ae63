#include "ui/cli/ExportSlicesCommand.h"

#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "ui/cli/CliOptions.h"
#include "ui/cli/SelectCommand.h"
#include "ui/cli/TerminalProgress.h"
#include "workflows/SliceExportService.h"

namespace brainmd {

QString ExportSlicesCommand::summary() const {
    return tr("Export representative slices as 2D NIfTI (BrainMD-select) and DICOM key "
              "objects (\"Best In Set\").");
}

int ExportSlicesCommand::run(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOptions({
        {QStringLiteral("source"),
         tr("Whose slices: reader:NAME, consensus or method:NAME (votemi, random, centre)."),
         QStringLiteral("source")},
        {QStringLiteral("out"), tr("Output folder."), QStringLiteral("dir")},
        {QStringLiteral("cases"), tr("Comma-separated case ids or keys (default: all)."),
         QStringLiteral("ids")},
        {QStringLiteral("format"), tr("nifti, kos or nifti,kos (default)."), QStringLiteral("list"),
         QStringLiteral("nifti,kos")},
    });
    bool helpShown = false;
    if (!parse(parser, arguments, io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;
    const QString dbPath = requireDbPath(parser, name(), io);
    if (dbPath.isEmpty())
        return ExitFailure;
    QString error;
    const auto source = SliceSource::parse(parser.value(QStringLiteral("source")), &error);
    const QString out = parser.value(QStringLiteral("out"));
    const QStringList formats = parser.value(QStringLiteral("format")).split(QLatin1Char(','));
    SliceExportOptions options;
    options.outDir = out;
    options.nifti = formats.contains(QStringLiteral("nifti"));
    options.kos = formats.contains(QStringLiteral("kos"));
    if (!source || out.isEmpty() || (!options.nifti && !options.kos)) {
        io.err << tr("brainmd export slices: %1\n")
                      .arg(!source         ? error
                           : out.isEmpty() ? tr("--out DIR is required")
                                           : tr("--format must name nifti, kos or both"));
        return ExitFailure;
    }
    Database db;
    if (!openDatabase(db, dbPath, name(), io))
        return ExitFailure;
    const std::vector<qint64> caseIds =
        SelectCommand::resolveCases(db, parser.value(QStringLiteral("cases")), &error);
    if (!error.isEmpty()) {
        io.err << tr("brainmd export slices: %1\n").arg(error);
        return ExitFailure;
    }
    SliceExportReport report;
    {
        TerminalProgress progress(tr("export"), int(caseIds.size()), tr("cases"));
        report = exportSlices(*borrowedStorage(db), *source, caseIds, options, &progress);
    }
    if (!report.error.isEmpty()) {
        io.err << tr("brainmd export slices: %1\n").arg(report.error);
        return ExitFailure;
    }
    for (const QString &note : std::as_const(report.notes))
        io.out << tr("note: %1\n").arg(note);
    io.out << tr("Exported the slices of %1 case(s) from %2: %3 file(s) in %4%5.\n")
                  .arg(report.cases)
                  .arg(source->label())
                  .arg(report.files.size())
                  .arg(out, report.cancelled ? tr(" (cancelled)") : QString());
    return report.cancelled ? ExitFailure : ExitSuccess;
}

} // namespace brainmd
