#pragma once

#include <QString>

namespace brainmd {

/// Receives progress from long tasks in core. A task calls report() now and then; the
/// return value tells it whether to go on (false: the user cancelled, stop soon and
/// leave committed work intact). Implementations: a Qt one in ui, a terminal one for the
/// CLI. report() may be called from any thread; implementations must be thread-safe.
class ProgressReporter {
public:
    virtual ~ProgressReporter() = default;
    /// `fraction` in [0, 1] of the whole task; `message` says what is being done.
    virtual bool report(double fraction, const QString &message) = 0;
};

/// Maps a sub-task's 0..1 onto [begin, end] of a parent reporter, so that nested steps
/// can report without knowing where they sit in the whole (RAII-free: it owns nothing).
class SubProgress final : public ProgressReporter {
public:
    SubProgress(ProgressReporter *parent, double begin, double end)
        : m_parent(parent)
        , m_begin(begin)
        , m_end(end) {}
    bool report(double fraction, const QString &message) override {
        return m_parent == nullptr ||
               m_parent->report(m_begin + (m_end - m_begin) * fraction, message);
    }

private:
    ProgressReporter *m_parent;
    double m_begin;
    double m_end;
};

/// Reports through a possibly-null reporter; true (go on) when there is none.
inline bool reportProgress(ProgressReporter *reporter, double fraction, const QString &message) {
    return reporter == nullptr || reporter->report(fraction, message);
}

} // namespace brainmd
