// Times the phantom generator:
// phantom_benchmark [cases] [resolution mm] [out dir] [seed] [nifti]
// Prints seconds per case; no assertions (figures for people, not for CI).
#include "io/phantom/PhantomGenerator.h"

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
        out << " ref " << truth.referenceSlice[0] << '/' << truth.referenceSlice[1] << '/'
            << truth.referenceSlice[2] << Qt::endl;
    }
    return 0;
}
