#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace brainmd {

class JobRunner;
class StudyStorage;
class Workspace;

/// Case thumbnails: the middle axial slice, windowed, 64 px, rendered by a job of the
/// workspace from the cached volume and kept as PNG in "<cache>/thumbnails/<case id>.png".
/// One job at a time renders what has been asked for so far (thumbnails must never
/// compete with the viewer for both cores); ready() arrives on the GUI thread (queued).
/// Switching the study cancels and joins the job like every other workspace job.
class ThumbnailCache final : public QObject {
    Q_OBJECT

public:
    static constexpr int kSize = 64;

    explicit ThumbnailCache(Workspace &workspace, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    void request(const QList<qint64> &caseIds);
    /// Renders (or reads) one thumbnail in the calling thread.
    static QImage thumbnailFor(const StudyStorage &storage, qint64 caseId);
    /// Cancels the running job and waits until it has returned.
    void stop();

Q_SIGNALS:
    void ready(qint64 caseId, const QImage &image);

private:
    void startNext();

    Workspace &m_workspace;
    QPointer<JobRunner> m_job;
    QList<qint64> m_queue;
    QSet<qint64> m_requested;
};

} // namespace brainmd
