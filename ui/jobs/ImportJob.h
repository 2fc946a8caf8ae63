#pragma once

#include "db/ImportReport.h"
#include "ui/jobs/QtProgressReporter.h"

#include <QObject>
#include <QStringList>
#include <QThread>

namespace brainmd {

class Database;

/// Runs ImportService in its own thread (with that thread's database connection).
/// progressed() and finished() arrive on the owner's thread by queued signal; cancel()
/// stops between series and keeps what was committed. The destructor cancels and joins.
class ImportJob final : public QObject {
    Q_OBJECT

public:
    ImportJob(const Database &db, QStringList paths, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_thread.isRunning(); }
    const QStringList &paths() const { return m_paths; }
    QtProgressReporter *progress() { return &m_progress; }

Q_SIGNALS:
    void progressed(int permille, const QString &message);
    void finished(const brainmd::ImportReport &report);

private:
    const Database &m_db;
    QStringList m_paths;
    QtProgressReporter m_progress;
    QThread m_thread;
};

} // namespace brainmd
