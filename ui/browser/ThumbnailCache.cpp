#include "ui/browser/ThumbnailCache.h"

#include "db/CaseRepository.h"
#include "db/Database.h"
#include "volume/Orientation.h"
#include "volume/SliceImage.h"

#include <QDir>
#include <QRunnable>

namespace brainmd {

ThumbnailCache::ThumbnailCache(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db) {
    // One thread: thumbnails must never compete with the viewer for both cores.
    m_pool.setMaxThreadCount(1);
}

ThumbnailCache::~ThumbnailCache() {
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailCache::request(const QList<qint64> &caseIds) {
    for (qint64 id : caseIds) {
        if (m_requested.contains(id))
            continue;
        m_requested.insert(id);
        m_pool.start([this, id] {
            const QImage image = thumbnailFor(m_db, id);
            if (!image.isNull())
                Q_EMIT ready(id, image);
        });
    }
}

QImage ThumbnailCache::thumbnailFor(const Database &db, qint64 caseId) {
    const QString folder = db.cacheDir() + QStringLiteral("/thumbnails");
    const QString path = folder + QStringLiteral("/%1.png").arg(caseId);
    QImage image(path);
    if (!image.isNull())
        return image;
    const CachedVolume cached = CaseRepository(db).volumeFor(caseId);
    if (!cached.ok())
        return {};
    const Volume ras = reorientToRas(cached.volume);
    const SliceImage slice = extractSlice(ras, View::Axial, sliceCount(ras, View::Axial) / 2);
    const WindowLevel window = ras.headerWindow.value_or(percentileWindow(ras));
    image = toGrayImage(slice, window)
                .scaled(kSize, kSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QDir().mkpath(folder);
    image.save(path, "PNG");
    return image;
}

} // namespace brainmd
