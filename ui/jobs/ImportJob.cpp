#include "ui/jobs/ImportJob.h"

#include "db/ImportService.h"

namespace brainmd {

ImportJob::ImportJob(const Database &db, QStringList paths, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_paths(std::move(paths)) {
    connect(&m_progress, &QtProgressReporter::progressed, this, &ImportJob::progressed);
}

ImportJob::~ImportJob() {
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void ImportJob::start() {
    if (m_thread.isRunning())
        return;
    // The lambda runs in m_thread; its result comes back through a queued invocation.
    QObject *context = new QObject;
    context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, context, [this, context] {
        const ImportReport report = ImportService(m_db).import(m_paths, {}, &m_progress);
        QMetaObject::invokeMethod(
            this,
            [this, report] {
                m_thread.quit();
                m_thread.wait();
                Q_EMIT finished(report);
            },
            Qt::QueuedConnection);
        context->deleteLater();
    });
    m_thread.start();
}

void ImportJob::cancel() {
    m_progress.cancel();
}

} // namespace brainmd
