#include "ui/jobs/WriteOffGuiThread.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace brainmd {

namespace {

// Longer than a write normally takes (about 1 ms), short enough that the status bar says
// why the reader's input waits before the wait is felt.
constexpr int kWaitingNoticeMs = 250;

bool onGuiThread() {
    const QCoreApplication *app = QCoreApplication::instance();
    return app != nullptr && QThread::currentThread() == app->thread();
}

} // namespace

DatabaseWriter::DatabaseWriter(QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this)) {
    // One thread that stays: writes keep their order, and its connection stays open.
    m_pool->setMaxThreadCount(1);
    m_pool->setExpiryTimeout(-1);
    m_pool->setObjectName(QStringLiteral("database-writer"));
}

DatabaseWriter::~DatabaseWriter() {
    m_pool->waitForDone();
}

DatabaseWriter &DatabaseWriter::instance() {
    static QPointer<DatabaseWriter> writer;
    if (writer.isNull())
        writer = new DatabaseWriter(QCoreApplication::instance());
    return *writer;
}

void DatabaseWriter::run(const std::function<void()> &write) {
    // While the application shuts down no event loop may run: wait plainly.
    if (!onGuiThread() || QCoreApplication::closingDown()) {
        write();
        return;
    }
    // Touched on the GUI thread only: the pool thread posts its "done" back to it.
    struct Handoff {
        QEventLoop *loop = nullptr;
        bool done = false;
    };
    auto handoff = std::make_shared<Handoff>();
    QEventLoop loop;
    handoff->loop = &loop;
    ++m_depth;
    m_pool->start([this, handoff, &write] {
        QThread::currentThread()->setObjectName(QStringLiteral("database-writer"));
        write();
        QMetaObject::invokeMethod(
            this,
            [handoff] {
                handoff->done = true;
                if (handoff->loop != nullptr)
                    handoff->loop->quit();
            },
            Qt::QueuedConnection);
    });
    QTimer notice;
    notice.setSingleShot(true);
    bool noticed = false;
    connect(&notice, &QTimer::timeout, this, [this, &noticed] {
        noticed = true;
        Q_EMIT waitingChanged(true);
    });
    notice.start(kWaitingNoticeMs);
    while (!handoff->done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    handoff->loop = nullptr;
    notice.stop();
    --m_depth;
    if (noticed)
        Q_EMIT waitingChanged(false);
}

} // namespace brainmd
