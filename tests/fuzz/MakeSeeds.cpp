// Writes the seed corpora of all fuzz targets: fuzz_make_seeds <folder> makes
// <folder>/<target>/ for each target. run-fuzzers.sh calls it before fuzzing.

#include "FuzzEntries.h"
#include "FuzzSeeds.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: fuzz_make_seeds <folder>\n");
        return 2;
    }
    for (const brainmd::fuzz::Target &target : brainmd::fuzz::targets()) {
        const QString folder = QDir(args.at(1)).filePath(target.name);
        if (const QString error = brainmd::fuzz::writeSeeds(target.name, folder);
            !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}
