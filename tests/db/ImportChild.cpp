// Helper for TestImportKill: imports a folder into a database and prints every progress
// report on stdout at once, so that the test can kill it at a known point.
//   db_import_child <database file> <folder>

#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "workflows/ImportService.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

class PrintingProgress final : public brainmd::ProgressReporter {
public:
    bool report(double fraction, const QString &message) override {
        std::printf("%.4f %s\n", fraction, qPrintable(message));
        std::fflush(stdout);
        return true;
    }
};

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: db_import_child <database> <folder>\n");
        return 2;
    }
    brainmd::Database db;
    if (const QString error = db.open(args.at(1)); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    PrintingProgress progress;
    const brainmd::ImportReport report =
        brainmd::ImportService(borrowedStorage(db)).import({args.at(2)}, {}, &progress);
    std::printf("done %s\n", qPrintable(report.summary()));
    return report.ok() ? 0 : 1;
}
