#include "db/Database.h"

#include "io/cache/VolumeCache.h"

#include "db/Migrator.h"
#include "db/SqlUtil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <atomic>
#include <cstdlib>
#include <mutex>

namespace brainmd {

namespace {

QAtomicInt g_nextSerial{1};
constexpr int kBusyTimeoutMs = 5000;

// Pooled threads (QThreadPool::globalInstance) may still be ending, running their
// thread_local destructors, while the process exits and Qt SQL's connection registry is
// destroyed: QThread::wait() returns before a thread's thread_local destructors have run,
// so no join can order them. An exit handler registered after Qt SQL's registry exists runs
// before that registry's destructor; it closes the gate below, under the same lock that each
// thread holds while it removes its connections.
std::mutex &exitGateLock() {
    static auto *lock = new std::mutex; // never destroyed: used during exit
    return *lock;
}
std::atomic<bool> g_exiting{false};

void closeExitGate() {
    const std::lock_guard<std::mutex> lock(exitGateLock());
    g_exiting.store(true);
}

/// Connections created by the current thread; removed when the thread ends so that a
/// finished worker leaves no connection behind (at process exit they are left to the OS).
struct ThreadConnections {
    QStringList names;
    ~ThreadConnections() {
        const std::lock_guard<std::mutex> lock(exitGateLock());
        if (g_exiting.load())
            return;
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};
thread_local ThreadConnections t_connections;

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

bool createUserOnlyFile(const QString &path, QString *error) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    QFile file(path);
    // An empty file is a valid, empty SQLite database; SQLite gives its -wal and -shm files
    // the permissions of the database file.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("Cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

Database::Database()
    : m_serial(g_nextSerial.fetchAndAddRelaxed(1)) {}

Database::~Database() {
    close();
}

QString Database::open(const QString &path) {
    close();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString error;
    if (!QFileInfo::exists(absolute) && !createUserOnlyFile(absolute, &error))
        return error;
    m_path = absolute;
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        error = tr("Cannot open %1: %2").arg(absolute, db.lastError().text());
        db = QSqlDatabase();
        close();
        return error;
    }
    error = Migrator().migrate(db, absolute, &m_backupPath);
    db = QSqlDatabase();
    if (!error.isEmpty()) {
        close();
        return tr("Cannot open %1: %2").arg(absolute, error);
    }
    // What a killed import was writing into the cache is of no use to anyone.
    VolumeCache(cacheDir()).sweepAbandonedWrites();
    return {};
}

void Database::close() {
    QStringList names;
    {
        QMutexLocker lock(&m_mutex);
        names.swap(m_connectionNames);
    }
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
    m_path.clear();
}

QString Database::cacheDir() const {
    return m_path.isEmpty() ? QString() : m_path + QStringLiteral(".cache");
}

QString Database::connectionName() const {
    QThread *thread = QThread::currentThread();
    const QString threadName =
        thread->objectName().isEmpty() ? QStringLiteral("thread") : thread->objectName();
    return QStringLiteral("brainmd/%1@%2/%3/%4")
        .arg(threadName)
        .arg(reinterpret_cast<quintptr>(thread), 0, 16)
        .arg(m_serial)
        .arg(m_path);
}

QSqlDatabase Database::connection() const {
    if (m_path.isEmpty())
        return {};
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    static std::once_flag gate;
    std::call_once(gate, [] { std::atexit(closeExitGate); });
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.append(name);
    }
    if (!t_connections.names.contains(name))
        t_connections.names.append(name);
    if (db.open()) {
        const QString error = configure(db);
        if (!error.isEmpty()) {
            qWarning("brainmd: cannot configure the database connection: %s", qPrintable(error));
            db.close();
        }
    }
    return db;
}

QString Database::configure(QSqlDatabase &db) const {
    // journal_mode is stored in the file; the others hold per connection.
    const QVariant mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return tr("the WAL journal could not be enabled");
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=NORMAL"),
          QStringLiteral("PRAGMA busy_timeout=%1").arg(kBusyTimeoutMs)}) {
        const QString error = sql::run(db, pragma);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

int Database::schemaVersion() const {
    return sql::scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

int Database::latestSchemaVersion() {
    return Migrator::latestVersion();
}

} // namespace brainmd
