// The GUI thread while a reader marks slices and another program holds the database's
// write lock for HOLD ms before each save (run under Xvfb or offscreen). For each of ROUNDS
// saves it measures the longest gap between the ticks of a 10 ms timer, two ways in the
// same run: the write on the GUI thread (how the workstation saved before) and the
// AnnotationSession's save through the database writer thread.
//   bench_busy_save [ROUNDS=5] [HOLD=800]

#include "DbTestData.h"
#include "GuiHeartbeat.h"

#include "db/AnnotationRepository.h"
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/ReaderRepository.h"
#include "db/SqlStudyStorage.h"
#include "ui/annotation/AnnotationSession.h"
#include "workflows/ImportService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <thread>

using namespace brainmd;

namespace {

/// Another program: its own connection on its own thread takes the write lock, keeps it
/// `holdMs` and commits.
class LockHolder {
public:
    LockHolder(QString path, int holdMs)
        : m_path(std::move(path))
        , m_holdMs(holdMs) {}
    /// Returns once the lock is held.
    void start() {
        std::atomic<bool> held{false};
        m_thread = std::thread([this, &held] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                            QStringLiteral("lock-holder"));
                db.setDatabaseName(m_path);
                db.open();
                QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
                held.store(true);
                QThread::msleep(static_cast<unsigned long>(m_holdMs));
                QSqlQuery(db).exec(QStringLiteral("COMMIT"));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("lock-holder"));
        });
        while (!held.load())
            std::this_thread::yield();
    }
    void join() { m_thread.join(); }

private:
    QString m_path;
    int m_holdMs;
    std::thread m_thread;
};

/// The longest heartbeat gap (ms) over `rounds` saves, each behind a held lock.
double longestGap(const QString &path, int rounds, int holdMs,
                  const std::function<void(int)> &save) {
    double longest = 0;
    for (int r = 0; r < rounds; ++r) {
        LockHolder holder(path, holdMs);
        holder.start();
        bench::GuiHeartbeat heartbeat;
        heartbeat.start();
        save(r);
        // Let the heartbeat see the time since the save returned too.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 30)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        heartbeat.stop();
        holder.join();
        longest = std::max(longest, heartbeat.longest());
    }
    return longest;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const int holdMs = argc > 2 ? std::max(1, atoi(argv[2])) : 800;
    QTemporaryDir dir;
    if (!test::writeTestSeries({QStringLiteral("P1"), QStringLiteral("PP1"), 1, 1, 1, {16, 16, 4}},
                               dir.filePath(QStringLiteral("data/1")))
             .isEmpty())
        return 1;
    Database db;
    if (!db.open(dir.filePath(QStringLiteral("cases.db"))).isEmpty())
        return 1;
    ImportService(borrowedStorage(db)).import({dir.filePath(QStringLiteral("data"))}, {}, nullptr);
    const qint64 caseId = CaseRepository(db).list().front().id;

    AnnotationSession session(db);
    if (!session.begin(QStringLiteral("bench"), QStringLiteral("reader"), {caseId}).isEmpty())
        return 1;
    const double onGui = longestGap(db.path(), rounds, holdMs, [&](int r) {
        AnnotationRepository(db).addMark(session.authorship(), caseId, View::Coronal, r, r);
    });
    const double offGui = longestGap(db.path(), rounds, holdMs,
                                     [&](int r) { session.markSlice(View::Axial, r % 4, r); });
    const std::size_t stored = AnnotationRepository(db).currentMarks(caseId).size();
    std::printf("save behind another program's write lock held %d ms, %d rounds: longest GUI "
                "heartbeat gap (10 ms timer) writing on the GUI thread %.1f ms, through the "
                "database writer thread %.1f ms (ratio %.1f×; target: never > 50 ms); session "
                "saves ok: %s; marks stored: %zu\n",
                holdMs, rounds, onGui, offGui, offGui > 0 ? onGui / offGui : 0.0,
                session.lastSaveOk() ? "yes" : "no", stored);
    session.end();
    return 0;
}
