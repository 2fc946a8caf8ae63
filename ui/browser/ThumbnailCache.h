#pragma once

#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace brainmd {

class Database;

/// Case thumbnails: the middle axial slice, windowed, 64 px, rendered in a worker thread
/// from the cached volume and kept as PNG in "<db cache>/thumbnails/<case id>.png".
/// ready() arrives on the GUI thread (queued). The destructor waits for running work.
class ThumbnailCache final : public QObject {
    Q_OBJECT

public:
    static constexpr int kSize = 64;

    explicit ThumbnailCache(const Database &db, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    void request(const QList<qint64> &caseIds);
    /// Renders (or reads) one thumbnail in the calling thread.
    static QImage thumbnailFor(const Database &db, qint64 caseId);
    void waitForDone() { m_pool.waitForDone(); }

Q_SIGNALS:
    void ready(qint64 caseId, const QImage &image);

private:
    const Database &m_db;
    QThreadPool m_pool;
    QSet<qint64> m_requested;
};

} // namespace brainmd
