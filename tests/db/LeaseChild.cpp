// Holds the lease on a run until it is killed (test_db_bench_run_lease kills it with
// SIGKILL, as a crash would). Usage: db_lease_child <database> <run id>
#include "db/BenchRunLease.h"
#include "db/Database.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    brainmd::Database db;
    if (!db.open(QString::fromLocal8Bit(argv[1])).isEmpty())
        return 3;
    brainmd::BenchRunLease lease(db);
    const QString error = lease.acquire(QByteArray(argv[2]).toLongLong());
    std::printf("%s\n", error.isEmpty() ? "held" : qPrintable(error));
    std::fflush(stdout);
    if (!error.isEmpty())
        return 1;
    for (;;)
        ::pause(); // until killed
}
