#pragma once

#include <QObject>

#include <atomic>

namespace brainmd {

/// A run-wide stop request, safe to trigger from any thread. Waiting code either checks
/// isCancelled() or connects to cancelled() with a context object in its own thread
/// (queued), so that an in-flight request or a back-off wait ends at once.
class CancelToken final : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    bool isCancelled() const { return m_cancelled.load(); }
    void cancel() {
        if (!m_cancelled.exchange(true))
            Q_EMIT cancelled();
    }

Q_SIGNALS:
    void cancelled();

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace brainmd
