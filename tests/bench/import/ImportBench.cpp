// Import benchmark: `brainmd import` against `dcm2niix -z y` on the same DICOM folder.
//
// Both run as child processes, timed the same way (wall clock around fork/exec/wait4,
// peak RSS from the child's rusage), alternating, several rounds; the median is reported.
// The folder is a 1 mm phantom series written by `brainmd demo-data` (about 180 slices).
// brainmd runs twice per round: as shipped (pixels decoded in the helper process
// brainmd-decoder, so that a library abort costs one file) and with
// BRAINMD_DECODE_INPROCESS=1 (decoded in-process), to state what the containment costs.
//
// Usage: bench_import [--brainmd PATH] [--rounds N] [--keep DIR]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct RunFigures {
    double seconds = 0;
    long peakRssKiB = 0;
    int exitCode = -1;
};

RunFigures runChild(const QStringList &command, bool quiet = true, const char *env = nullptr) {
    std::vector<QByteArray> storage;
    for (const QString &part : command)
        storage.push_back(part.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &part : storage)
        argv.push_back(part.data());
    argv.push_back(nullptr);

    QElapsedTimer clock;
    clock.start();
    std::fflush(stdout); // the child must not inherit (and repeat) buffered output
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (quiet) {
            std::freopen("/dev/null", "w", stdout);
            std::freopen("/dev/null", "w", stderr);
        }
        if (env != nullptr)
            ::putenv(const_cast<char *>(env));
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    RunFigures f;
    f.seconds = clock.nsecsElapsed() / 1e9;
    f.peakRssKiB = usage.ru_maxrss;
    f.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return f;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

int countFiles(const QString &folder) {
    int n = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("brainmd import vs dcm2niix -z y"));
    parser.addHelpOption();
    const QCommandLineOption brainmdOption(
        QStringLiteral("brainmd"), QStringLiteral("brainmd executable"), QStringLiteral("path"),
        QStringLiteral(BRAINMD_BINARY_DIR "/app/brainmd"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("timed rounds"),
                                          QStringLiteral("n"), QStringLiteral("5"));
    parser.addOption(brainmdOption);
    parser.addOption(roundsOption);
    parser.process(app);
    const QString brainmd = parser.value(brainmdOption);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    QTemporaryDir work;
    const QString data = work.filePath(QStringLiteral("phantom"));
    std::printf("generating a 1 mm phantom case with %s demo-data ...\n", qPrintable(brainmd));
    const RunFigures gen =
        runChild({brainmd, QStringLiteral("demo-data"), QStringLiteral("--cases"),
                  QStringLiteral("1"), QStringLiteral("--resolution"), QStringLiteral("1"),
                  QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), data});
    if (gen.exitCode != 0) {
        std::fprintf(stderr, "demo-data failed (exit %d)\n", gen.exitCode);
        return 2;
    }
    QDir dicomRoot(data + QStringLiteral("/dicom"));
    const QStringList cases = dicomRoot.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (cases.isEmpty()) {
        std::fprintf(stderr, "no DICOM series under %s\n", qPrintable(dicomRoot.path()));
        return 2;
    }
    const QString series = dicomRoot.filePath(cases.first());
    const int files = countFiles(series);
    std::printf("series: %s, %d files\n\n", qPrintable(series), files);

    std::vector<double> ourSeconds, inProcessSeconds, peerSeconds;
    long ourRss = 0, inProcessRss = 0, peerRss = 0;
    for (int round = 0; round < rounds; ++round) {
        const QString db = work.filePath(QStringLiteral("round%1.sqlite").arg(round));
        const QString db2 = work.filePath(QStringLiteral("inprocess%1.sqlite").arg(round));
        const RunFigures init =
            runChild({brainmd, QStringLiteral("init"), QStringLiteral("--db"), db});
        const RunFigures init2 =
            runChild({brainmd, QStringLiteral("init"), QStringLiteral("--db"), db2});
        const RunFigures ours =
            runChild({brainmd, QStringLiteral("import"), QStringLiteral("--db"), db, series});
        const RunFigures inProcess =
            runChild({brainmd, QStringLiteral("import"), QStringLiteral("--db"), db2, series}, true,
                     "BRAINMD_DECODE_INPROCESS=1");
        const QString out = work.filePath(QStringLiteral("dcm2niix%1").arg(round));
        QDir().mkpath(out);
        const RunFigures peer = runChild({QStringLiteral("dcm2niix"), QStringLiteral("-z"),
                                          QStringLiteral("y"), QStringLiteral("-o"), out, series});
        if (init.exitCode != 0 || init2.exitCode != 0 || ours.exitCode != 0 ||
            inProcess.exitCode != 0 || peer.exitCode != 0) {
            std::fprintf(stderr,
                         "round %d failed: init %d/%d, brainmd import %d, in-process %d, "
                         "dcm2niix %d\n",
                         round, init.exitCode, init2.exitCode, ours.exitCode, inProcess.exitCode,
                         peer.exitCode);
            return 2;
        }
        ourSeconds.push_back(ours.seconds);
        inProcessSeconds.push_back(inProcess.seconds);
        peerSeconds.push_back(peer.seconds);
        ourRss = std::max(ourRss, ours.peakRssKiB);
        inProcessRss = std::max(inProcessRss, inProcess.peakRssKiB);
        peerRss = std::max(peerRss, peer.peakRssKiB);
    }
    const double ourMedian = median(ourSeconds);
    const double inProcessMedian = median(inProcessSeconds);
    const double peerMedian = median(peerSeconds);
    std::printf("%-34s %10s %12s %14s\n", "tool", "median s", "files/s", "peak RSS MiB");
    std::printf("%-34s %10.3f %12.1f %14.1f\n", "brainmd import (contained decoder)", ourMedian,
                files / ourMedian, ourRss / 1024.0);
    std::printf("%-34s %10.3f %12.1f %14.1f\n", "brainmd import (in-process decode)",
                inProcessMedian, files / inProcessMedian, inProcessRss / 1024.0);
    std::printf("%-34s %10.3f %12.1f %14.1f\n", "dcm2niix -z y", peerMedian, files / peerMedian,
                peerRss / 1024.0);
    std::printf("\nratio (brainmd files/s ÷ dcm2niix files/s): %.2f over %d rounds\n",
                peerMedian / ourMedian, rounds);
    std::printf("cost of the contained decoder: %+.3f ms per file (%+.1f %% of the import)\n",
                1000.0 * (ourMedian - inProcessMedian) / files,
                100.0 * (ourMedian - inProcessMedian) / inProcessMedian);
    std::printf("(peak RSS is the brainmd process's; the helper's memory is not in it)\n");
    return 0;
}
