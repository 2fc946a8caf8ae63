#include "ui/cli/DeidentifyCommand.h"

#include "ui/cli/TerminalProgress.h"
#include "workflows/DeidentifyService.h"

#include <QFileInfo>

namespace brainmd {

QString DeidentifyCommand::summary() const {
    return tr("Write a de-identified copy of DICOM files (PS3.15 Basic Profile) and a private "
              "pseudonym map.");
}

void DeidentifyCommand::printReport(const DeidentifyReport &report, const QString &mapPath,
                                    CliStreams io) {
    if (!report.containmentProblem.isEmpty())
        io.err << tr("warning: %1\n").arg(report.containmentProblem);
    for (const auto &file : report.refused)
        io.out << tr("refused: %1: %2\n").arg(file.path, file.reason);
    for (const auto &file : report.failed)
        io.out << tr("problem: %1: %2\n").arg(file.path, file.reason);
    for (const QString &note : report.notes)
        io.out << tr("note: %1\n").arg(note);
    const double rate = report.seconds > 0.0 ? report.filesSeen / report.seconds : 0.0;
    io.out << tr("De-identified %1 of %2 file(s) of %3 patient(s), %4 UID(s) replaced, in "
                 "%5 s (%6 files/s); %7 refused, %8 failed, %9 skipped (not DICOM).\n")
                  .arg(report.written)
                  .arg(report.filesSeen)
                  .arg(report.patients)
                  .arg(report.uidsMapped)
                  .arg(report.seconds, 0, 'f', 1)
                  .arg(rate, 0, 'f', 1)
                  .arg(report.refused.size())
                  .arg(report.failed.size())
                  .arg(report.skipped.size());
    io.out << tr("The map back to the patients is in %1: keep it apart from the release.\n")
                  .arg(mapPath);
    if (report.cancelled)
        io.out << tr("Cancelled: the files above were written, the rest were not.\n");
}

int DeidentifyCommand::run(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    const QCommandLineOption in(QStringLiteral("in"), tr("Folder of DICOM files (recursive)."),
                                QStringLiteral("dir"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Output folder for the de-identified copies."),
                                 QStringLiteral("dir"));
    const QCommandLineOption map(
        QStringLiteral("map"),
        tr("Private map file (original and pseudonym ids, names, UIDs), written 0600; must "
           "lie outside --out."),
        QStringLiteral("file"));
    const QCommandLineOption key(
        QStringLiteral("key"),
        tr("Secret key file (16 bytes or more): the same key gives the same pseudonyms, UIDs "
           "and date offsets in every run."),
        QStringLiteral("file"));
    const QCommandLineOption keepDescriptors(
        QStringLiteral("keep-descriptors"),
        tr("Clean Descriptors option: keep descriptions and protocol names that hold no "
           "identifier of the header (default: remove them)."));
    parser.addOptions({in, out, map, key, keepDescriptors});
    bool helpShown = false;
    if (!parse(parser, arguments, io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;
    for (const QCommandLineOption *required : {&in, &out, &map, &key}) {
        if (parser.value(*required).isEmpty()) {
            io.err << tr("brainmd deidentify: --%1 is required\n").arg(required->names().first());
            return ExitFailure;
        }
    }
    QString error;
    DeidentifyRequest request;
    request.key = PseudonymKey::fromFile(parser.value(key), &error);
    if (!request.key.isValid()) {
        io.err << tr("brainmd deidentify: %1\n").arg(error);
        return ExitFailure;
    }
    constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (QFileInfo(parser.value(key)).permissions() & kOthers)
        io.err << tr("warning: other users can read the key file %1; anyone with it can "
                     "recompute the pseudonyms (chmod 600)\n")
                      .arg(parser.value(key));
    request.inDir = parser.value(in);
    request.outDir = parser.value(out);
    request.mapPath = parser.value(map);
    request.options.cleanDescriptors = parser.isSet(keepDescriptors);
    DeidentifyReport report;
    {
        TerminalProgress progress(tr("deidentify"), 0, tr("files"));
        report = deidentifyFolder(request, &progress);
    }
    if (!report.ok() && report.filesSeen == 0) {
        io.err << tr("brainmd deidentify: %1\n").arg(report.error);
        return ExitFailure;
    }
    printReport(report, request.mapPath, io);
    if (!report.ok()) {
        io.err << tr("brainmd deidentify: %1\n").arg(report.error);
        return ExitFailure;
    }
    const bool clean = report.refused.empty() && report.failed.empty() && !report.cancelled;
    return clean ? ExitSuccess : ExitWithProblems;
}

} // namespace brainmd
