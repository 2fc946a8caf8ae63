// Prints, per view, the mean and median distance (mm) between the chosen slice and the
// phantom reference slice (largest lesion cross-section) for votemi (coverage, uniform
// and cluster-balanced vote weighting, and the reference study's one-slice uniform
// vote), random and centre, with the time each took; then each method's paired
// difference to random and to centre with a bootstrap interval.
//
//   selection_accuracy_bench [--cases 60] [--resolution 1] [--jobs 2] [--seed 1] [--out DIR]
//
// Every case carries a lesion (lesionShare 1.0). The phantom and database are kept in
// DIR (default: a temporary folder) so that a rerun can reuse them.
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "io/phantom/PhantomGenerator.h"
#include "ui/cli/SelectionAccuracy.h"
#include "ui/cli/TerminalProgress.h"
#include "workflows/ImportService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace brainmd;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    installCancelOnInterrupt();
    QCommandLineParser parser;
    const QCommandLineOption cases(QStringLiteral("cases"), QStringLiteral("Phantom cases."),
                                   QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption resolution(QStringLiteral("resolution"),
                                        QStringLiteral("Voxel size, mm (1 or 2)."),
                                        QStringLiteral("mm"), QStringLiteral("1"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), QStringLiteral("Worker threads."),
                                  QStringLiteral("n"),
                                  QString::number(QThread::idealThreadCount()));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed."),
                                  QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Working folder."),
                                 QStringLiteral("dir"));
    parser.addOptions({cases, resolution, jobs, seed, out});
    parser.addHelpOption();
    parser.process(app);
    QTextStream stdoutStream(stdout);
    QTemporaryDir temporary;
    const QString root = parser.isSet(out) ? parser.value(out) : temporary.path();

    PhantomOptions phantom;
    phantom.cases = parser.value(cases).toInt();
    phantom.resolutionMm = parser.value(resolution).toInt();
    phantom.seed = parser.value(seed).toULongLong();
    phantom.lesionShare = 1.0;
    phantom.outDir = root + QStringLiteral("/phantom");
    QElapsedTimer clock;
    clock.start();
    if (!QFileInfo::exists(phantom.outDir + QStringLiteral("/brainmd-dataset.json"))) {
        TerminalProgress progress(QStringLiteral("phantom"), phantom.cases,
                                  QStringLiteral("cases"));
        const PhantomResult generated = generatePhantomDataset(phantom, &progress);
        if (!generated.ok()) {
            stdoutStream << "phantom failed: " << generated.error << '\n';
            return 2;
        }
    }
    Database db;
    if (const QString error = db.open(root + QStringLiteral("/bench.sqlite")); !error.isEmpty()) {
        stdoutStream << error << '\n';
        return 2;
    }
    {
        TerminalProgress progress(QStringLiteral("import"));
        const ImportReport report =
            ImportService(borrowedStorage(db)).import({phantom.outDir}, {}, &progress);
        if (!report.ok())
            return 2;
    }
    const double setupSeconds = clock.elapsed() / 1000.0;
    std::vector<qint64> caseIds;
    for (const CaseSummary &c : CaseRepository(db).list())
        caseIds.push_back(c.id);
    const int threads = parser.value(jobs).toInt();
    clock.restart();
    const std::vector<AccuracyRow> rows =
        runSelectionComparison(db, caseIds, threads, phantom.seed);
    stdoutStream << QStringLiteral(
                        "\n%1 phantom cases at %2 mm, all with a lesion; %3 worker thread(s); "
                        "phantom + import %4 s, selections %5 s\n")
                        .arg(caseIds.size())
                        .arg(phantom.resolutionMm)
                        .arg(threads)
                        .arg(setupSeconds, 0, 'f', 1)
                        .arg(clock.elapsed() / 1000.0, 0, 'f', 1);
    printAccuracyTable(rows, stdoutStream);
    stdoutStream << '\n';
    printPairedComparison(rows, QStringLiteral("random"), stdoutStream);
    stdoutStream << '\n';
    printPairedComparison(rows, QStringLiteral("centre"), stdoutStream);
    return 0;
}
