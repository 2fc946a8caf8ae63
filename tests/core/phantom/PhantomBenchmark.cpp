// Times the phantom generator:
// phantom_benchmark [cases] [resolution mm] [out dir] [seed] [nifti]
// Prints seconds per case and where the lesions lie (|reference - centre slice| per
// view, lobes, sides); no assertions (figures for people, not for CI).
#include "io/phantom/PhantomGenerator.h"
#include "io/phantom/PhantomPlacementSummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace brainmd;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir scratch;
    PhantomOptions options;
    options.cases = args.size() > 1 ? args.at(1).toInt() : 4;
    options.resolutionMm = args.size() > 2 ? args.at(2).toInt() : 2;
    options.outDir = args.size() > 3 ? args.at(3) : scratch.path();
    options.seed = args.size() > 4 ? args.at(4).toULongLong() : 1;
    options.writeNifti = args.size() > 5 && args.at(5) == QLatin1String("nifti");
    QElapsedTimer timer;
    timer.start();
    const PhantomResult result = generatePhantomDataset(options, nullptr);
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    QTextStream out(stdout);
    if (!result.ok()) {
        out << "failed: " << result.error << Qt::endl;
        return 1;
    }
    out << options.cases << " cases at " << options.resolutionMm << " mm: " << seconds << " s ("
        << seconds / options.cases << " s per case)" << Qt::endl;
    for (const PhantomCaseTruth &truth : result.cases) {
        out << truth.caseKey << ' ' << truth.plane << ' ' << truth.dims[0] << 'x' << truth.dims[1]
            << 'x' << truth.dims[2];
        if (truth.lesion.present)
            out << " lesion " << truth.lesion.diameterMm << " mm " << truth.lesion.side << ' '
                << truth.lesion.lobe << " (" << truth.lesion.region << ")"
                << (truth.lesion.enhancing ? " enhancing" : "")
                << (truth.lesion.oedema ? " oedema" : "")
                << (truth.lesion.massEffectMm > 0 ? " mass-effect" : "");
        if (!truth.satellites.empty())
            out << " +" << truth.satellites.size() << " satellites";
        out << " ref " << truth.referenceSlice[0] << '/' << truth.referenceSlice[1] << '/'
            << truth.referenceSlice[2] << " offset mm " << truth.referenceOffsetMm[0] << '/'
            << truth.referenceOffsetMm[1] << '/' << truth.referenceOffsetMm[2] << Qt::endl;
    }
    const PhantomPlacementSummary summary = summarizePhantomPlacement(result.cases);
    out << "lesion cases " << summary.lesionCases << " (" << summary.multipleLesionCases
        << " multifocal); |reference - centre| mean (SD) mm:";
    for (const View view : kAllViews)
        out << ' ' << viewName(view) << ' ' << summary.meanDistanceMm[static_cast<int>(view)]
            << " (" << summary.sdDistanceMm[static_cast<int>(view)] << ')';
    out << Qt::endl << "lobes:";
    for (const auto &[lobe, count] : summary.lobes)
        out << ' ' << lobe << ' ' << count;
    out << "; sides:";
    for (const auto &[side, count] : summary.sides)
        out << ' ' << side << ' ' << count;
    out << Qt::endl;
    return 0;
}
