#include "ui/browser/ThumbnailCache.h"

#include "common/PrivateFiles.h"
#include "workflows/CaseVolumes.h"

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
    const RasCase ras = loadRasCase(CaseRepository(db), caseId);
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
