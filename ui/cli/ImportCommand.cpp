#include "ui/cli/ImportCommand.h"

#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "ui/cli/CliOptions.h"
#include "ui/cli/TerminalProgress.h"
#include "workflows/ImportService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace brainmd {

namespace {

QJsonObject reportToJson(const ImportReport &report) {
    const ImportCounts &c = report.counts;
    QJsonObject counts{{QStringLiteral("files_seen"), c.filesSeen},
                       {QStringLiteral("files_new"), c.filesNew},
                       {QStringLiteral("files_unchanged"), c.filesUnchanged},
                       {QStringLiteral("series_imported"), c.seriesImported},
                       {QStringLiteral("series_updated"), c.seriesUpdated},
                       {QStringLiteral("series_skipped"), c.seriesSkipped},
                       {QStringLiteral("cases_created"), c.casesCreated},
                       {QStringLiteral("documents_linked"), c.documentsLinked},
                       {QStringLiteral("labels_linked"), c.labelsLinked},
                       {QStringLiteral("reference_slices_linked"), c.referenceSlicesLinked},
                       {QStringLiteral("segmentations_linked"), c.segmentationsLinked}};
    QJsonArray problems;
    for (const FileProblem &p : report.problems)
        problems.append(
            QJsonObject{{QStringLiteral("path"), p.path}, {QStringLiteral("reason"), p.reason}});
    QJsonArray warnings;
    for (const SeriesWarning &w : report.seriesWarnings)
        warnings.append(
            QJsonObject{{QStringLiteral("series"), w.seriesKey},
                        {QStringLiteral("description"), w.description},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(w.warnings)}});
    QJsonArray unmatched;
    for (const UnmatchedRow &u : report.unmatchedRows)
        unmatched.append(QJsonObject{{QStringLiteral("path"), u.path},
                                     {QStringLiteral("row"), u.row},
                                     {QStringLiteral("reason"), u.reason}});
    return QJsonObject{{QStringLiteral("counts"), counts},
                       {QStringLiteral("problems"), problems},
                       {QStringLiteral("series_warnings"), warnings},
                       {QStringLiteral("unmatched_rows"), unmatched},
                       {QStringLiteral("cancelled"), report.cancelled},
                       {QStringLiteral("error"), report.error},
                       {QStringLiteral("import_run"), report.runId}};
}
} // namespace

QString ImportCommand::summary() const {
    return tr(
        "Import DICOM folders, DICOMDIR or files, with reports, labels and reference slices.");
}

void ImportCommand::printReport(const ImportReport &report, bool asJson, CliStreams io) {
    if (asJson) {
        io.out << QString::fromUtf8(
            QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented));
        return;
    }
    io.out << report.summary() << QLatin1Char('\n');
    for (const SeriesWarning &w : report.seriesWarnings)
        for (const QString &warning : w.warnings)
            io.out << tr("warning: series %1 (%2): %3\n").arg(w.seriesKey, w.description, warning);
    for (const FileProblem &p : report.problems)
        io.out << tr("problem: %1: %2\n").arg(p.path, p.reason);
    for (const UnmatchedRow &u : report.unmatchedRows)
        io.out << tr("unmatched: %1 row %2: %3\n").arg(u.path).arg(u.row).arg(u.reason);
}

int ImportCommand::exitCodeFor(const ImportReport &report) {
    if (!report.ok())
        return ExitFailure;
    return report.problems.empty() && report.unmatchedRows.empty() && !report.cancelled
               ? ExitSuccess
               : ExitWithProblems;
}

int ImportCommand::run(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    const QCommandLineOption reports(
        QStringLiteral("reports"),
        tr("Reports / EHR / demographics file (CSV or JSON); repeatable."), QStringLiteral("file"));
    const QCommandLineOption labels(QStringLiteral("labels"),
                                    tr("Label file (CSV or JSON); repeatable."),
                                    QStringLiteral("file"));
    const QCommandLineOption references(QStringLiteral("references"),
                                        tr("Reference-slice file (CSV or JSON); repeatable."),
                                        QStringLiteral("file"));
    parser.addOptions({reports, labels, references});
    parser.addPositionalArgument(QStringLiteral("path"),
                                 tr("Folders, DICOMDIR files or DICOM files."),
                                 QStringLiteral("PATH..."));
    bool helpShown = false;
    if (!parse(parser, arguments, io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;
    const QString dbPath = requireDbPath(parser, name(), io);
    if (dbPath.isEmpty())
        return ExitFailure;
    ImportOptions options;
    options.documentFiles = parser.values(reports);
    options.labelFiles = parser.values(labels);
    options.referenceFiles = parser.values(references);
    if (parser.positionalArguments().isEmpty() && options.documentFiles.isEmpty() &&
        options.labelFiles.isEmpty() && options.referenceFiles.isEmpty()) {
        io.err << tr("brainmd import: nothing to import; give at least one PATH\n");
        return ExitFailure;
    }

    Database db;
    if (!openDatabase(db, dbPath, QStringLiteral("import"), io))
        return ExitFailure;
    ImportReport report;
    {
        TerminalProgress progress(tr("import"));
        report = ImportService(borrowedStorage(db))
                     .import(parser.positionalArguments(), options, &progress);
    }
    printReport(report, parser.isSet(QStringLiteral("json")), io);
    return exitCodeFor(report);
}

} // namespace brainmd
