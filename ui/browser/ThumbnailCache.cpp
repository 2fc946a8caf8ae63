#include "ui/browser/ThumbnailCache.h"

#include "common/PrivateFiles.h"
#include "ports/CaseCatalog.h"
#include "ports/StudyStorage.h"
#include "ui/jobs/JobRunner.h"
#include "ui/jobs/Workspace.h"
#include "volume/Orientation.h"
#include "volume/SliceImage.h"
#include "workflows/CaseVolumes.h"

namespace brainmd {

ThumbnailCache::ThumbnailCache(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace) {}

ThumbnailCache::~ThumbnailCache() {
    stop();
}

void ThumbnailCache::stop() {
    m_queue.clear();
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

void ThumbnailCache::request(const QList<qint64> &caseIds) {
    for (qint64 id : caseIds) {
        if (!m_requested.contains(id)) {
            m_requested.insert(id);
            m_queue.append(id);
        }
    }
    if (!m_job)
        startNext();
}

void ThumbnailCache::startNext() {
    const std::shared_ptr<const StudyStorage> storage = m_workspace.storage();
    if (m_queue.isEmpty() || !storage)
        return;
    const QList<qint64> batch = std::exchange(m_queue, {});
    m_job = m_workspace.start(makeJob(
        tr("Thumbnails"), [this, storage, batch](ProgressReporter &, const CancelFlag &cancel) {
            for (qint64 id : batch) {
                if (cancel.isCancelled())
                    return;
                const QImage image = thumbnailFor(*storage, id);
                if (!image.isNull())
                    Q_EMIT ready(id, image); // queued to the GUI thread's receivers
            }
        }));
    connect(m_job, &JobRunner::finished, this, [this](bool cancelled) {
        m_job = nullptr;
        if (!cancelled)
            startNext(); // what was asked for while this batch rendered
    });
}

QImage ThumbnailCache::thumbnailFor(const StudyStorage &storage, qint64 caseId) {
    const QString folder = storage.cacheDir() + QStringLiteral("/thumbnails");
    const QString path = folder + QStringLiteral("/%1.png").arg(caseId);
    QImage image(path);
    if (!image.isNull())
        return image;
    const RasCase ras = loadRasCase(*storage.cases(), caseId);
    if (!ras.ok())
        return {};
    const SliceImage slice =
        extractSlice(ras.volume, View::Axial, sliceCount(ras.volume, View::Axial) / 2);
    image = toGrayImage(slice, ras.window)
                .scaled(kSize, kSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    createPrivateDir(folder);
    image.save(path, "PNG");
    return image;
}

} // namespace brainmd
