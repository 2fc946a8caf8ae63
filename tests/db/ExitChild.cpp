// Helper for TestDatabaseExit: a worker thread that used the database ends while the
// process exits, after Qt SQL's connection registry has been destroyed.
//   db_exit_child <database file>
// Without the exit gate in db/Database.cpp this crashes (it did, one CI run in three,
// in `brainmd demo`). The order is forced, not left to chance:
//  1. an exit handler registered before Qt SQL's registry exists runs after its destructor;
//  2. the worker's connection list (a thread_local) is destroyed last in that thread, and a
//     thread_local made after it blocks the thread until that late exit handler says go;
//  3. the handler then joins the worker, so its connection list is destroyed right there.

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>
#include <future>
#include <thread>

namespace {

std::promise<void> *g_go = nullptr;
std::thread *g_worker = nullptr;

struct HoldsThreadAtEnd {
    ~HoldsThreadAtEnd() { g_go->get_future().wait(); }
};

void releaseAndJoinWorker() {
    g_go->set_value();
    g_worker->join();
    std::printf("worker joined after the connection registry was gone\n");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[]) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: db_exit_child <database>\n");
        return 2;
    }
    g_go = new std::promise<void>;
    std::atexit(releaseAndJoinWorker); // before any connection: runs after Qt SQL's cleanup
    QCoreApplication app(argc, argv);
    brainmd::Database db;
    if (const QString error = db.open(QString::fromLocal8Bit(argv[1])); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::promise<bool> queried;
    std::future<bool> result = queried.get_future();
    g_worker = new std::thread([&db, &queried] {
        QSqlDatabase connection = db.connection();
        QSqlQuery query(connection);
        const bool ok = query.exec(QStringLiteral("SELECT 1")) && query.next();
        query = QSqlQuery();
        connection = QSqlDatabase();
        static thread_local HoldsThreadAtEnd hold; // made after the connection list
        queried.set_value(ok);
    });
    if (!result.get()) {
        std::fprintf(stderr, "the worker could not query the database\n");
        return 1;
    }
    std::printf("worker queried the database\n");
    std::fflush(stdout);
    return 0;
}
