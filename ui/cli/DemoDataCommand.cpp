#include "ui/cli/DemoDataCommand.h"

#include "io/phantom/PhantomGenerator.h"
#include "io/phantom/PhantomPlacementSummary.h"
#include "ui/cli/TerminalProgress.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <cmath>

namespace brainmd {

namespace {

/// Where the lesions ended up, so that a user sees at once whether the reference slices
/// sit away from the centre slices (issue 14: a phantom that does not favour the centre).
void printPlacement(const PhantomOptions &options, const std::vector<PhantomCaseTruth> &cases,
                    QTextStream &out) {
    const PhantomPlacementSummary summary = summarizePhantomPlacement(cases);
    if (summary.lesionCases == 0)
        return;
    const QLocale locale;
    const auto mm = [&locale](double value) {
        return locale.toString(value, 'f', 1);
    };
    out << DemoDataCommand::tr("Lesions: %1 in %2 cases (%3 with more than one)\n")
               .arg(locale.toString(summary.lesions), locale.toString(summary.lesionCases),
                    locale.toString(summary.multipleLesionCases));
    out << DemoDataCommand::tr("|reference slice - centre slice| per view, mean (SD):\n");
    const QString views[] = {DemoDataCommand::tr("axial"), DemoDataCommand::tr("coronal"),
                             DemoDataCommand::tr("sagittal")};
    for (std::size_t v = 0; v < 3; ++v)
        out << DemoDataCommand::tr("  %1: %2 mm (%3 mm)\n")
                   .arg(views[v], mm(summary.meanDistanceMm[v]), mm(summary.sdDistanceMm[v]));
    // Lobes and sides are the generator's truth words (as in lesion-positions.json), not prose.
    QStringList lobes, sides;
    for (const auto &[lobe, count] : summary.lobes)
        lobes << QStringLiteral("%1 %2").arg(lobe, locale.toString(count));
    for (const auto &[side, count] : summary.sides)
        sides << QStringLiteral("%1 %2").arg(side, locale.toString(count));
    out << DemoDataCommand::tr("Largest lesion per lobe: %1\n")
               .arg(lobes.join(QStringLiteral(", ")));
    out << DemoDataCommand::tr("Largest lesion per side: %1\n")
               .arg(sides.join(QStringLiteral(", ")));
    out << DemoDataCommand::tr("Lesion positions written to %1\n")
               .arg(QDir(options.outDir).filePath(QStringLiteral("lesion-positions.json")));
}

} // namespace

QString DemoDataCommand::summary() const {
    return tr("Write a phantom BrainMD dataset (synthetic, from Colin27 and AAL).");
}

int DemoDataCommand::generate(const PhantomOptions &options, CliStreams io) {
    PhantomResult result;
    {
        TerminalProgress progress(tr("phantom"), options.cases, tr("cases"));
        result = generatePhantomDataset(options, &progress);
    }
    if (result.cancelled) {
        io.err << tr("brainmd demo-data: cancelled; the cases written so far are in %1\n")
                      .arg(options.outDir);
        return ExitFailure;
    }
    if (!result.ok()) {
        io.err << tr("brainmd demo-data: %1\n").arg(result.error);
        return ExitFailure;
    }
    int lesions = 0;
    for (const PhantomCaseTruth &c : result.cases)
        lesions += c.lesion.present ? 1 : 0;
    io.out << tr("Wrote %1 phantom cases (%2 with a tumour) at %3 mm to %4\n")
                  .arg(result.cases.size())
                  .arg(lesions)
                  .arg(options.resolutionMm)
                  .arg(options.outDir);
    printPlacement(options, result.cases, io.out);
    return ExitSuccess;
}

int DemoDataCommand::run(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    const QCommandLineOption cases(QStringLiteral("cases"), tr("Number of cases (default 20)."),
                                   QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default 1)."),
                                  QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption resolution(QStringLiteral("resolution"),
                                        tr("Voxel size in mm: 1 or 2 (default 2)."),
                                        QStringLiteral("mm"), QStringLiteral("2"));
    const QCommandLineOption share(QStringLiteral("lesion-share"),
                                   tr("Share of cases with a tumour, 0..1 (default 0.6)."),
                                   QStringLiteral("f"), QStringLiteral("0.6"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Output folder."),
                                 QStringLiteral("dir"));
    const QCommandLineOption nifti(QStringLiteral("nifti"), tr("Also write each case as NIfTI."));
    parser.addOptions({cases, seed, resolution, share, out, nifti});
    bool helpShown = false;
    if (!parse(parser, arguments, io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;

    PhantomOptions options;
    bool okCases = false, okSeed = false, okRes = false, okShare = false;
    options.cases = parser.value(cases).toInt(&okCases);
    options.seed = parser.value(seed).toULongLong(&okSeed);
    options.resolutionMm = parser.value(resolution).toInt(&okRes);
    options.lesionShare = parser.value(share).toDouble(&okShare);
    options.outDir = parser.value(out);
    options.writeNifti = parser.isSet(nifti);
    if (!okCases || options.cases < 1 || options.cases > 100000) {
        io.err << tr("brainmd demo-data: --cases must be a whole number from 1 to 100000\n");
        return ExitFailure;
    }
    if (!okSeed || !okRes || (options.resolutionMm != 1 && options.resolutionMm != 2)) {
        io.err << tr("brainmd demo-data: --seed must be a whole number and --resolution 1 or 2\n");
        return ExitFailure;
    }
    if (!okShare || options.lesionShare < 0.0 || options.lesionShare > 1.0) {
        io.err << tr("brainmd demo-data: --lesion-share must be between 0 and 1\n");
        return ExitFailure;
    }
    if (options.outDir.isEmpty()) {
        io.err << tr("brainmd demo-data: --out DIR is required\n");
        return ExitFailure;
    }
    return generate(options, io);
}

} // namespace brainmd
