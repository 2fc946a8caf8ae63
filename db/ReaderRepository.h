#pragma once

#include "reading/AnnotationTypes.h"

#include <optional>
#include <vector>

namespace brainmd {

class Database;

/// Readers and their reading sessions (tables readers, sessions).
class ReaderRepository {
public:
    explicit ReaderRepository(const Database &db);

    /// The reader called `name`, created with `role` when new (an existing reader keeps
    /// their role). Role is "reader" or "adjudicator". nullopt on a database error.
    std::optional<Reader> ensureReader(const QString &name, const QString &role) const;
    std::optional<Reader> readerById(qint64 id) const;
    std::vector<Reader> readers() const;

    /// Starts a session for the reader over `worklist` (case ids in reading order).
    std::optional<ReadingSession> startSession(qint64 readerId, const std::vector<qint64> &worklist,
                                               int pass = 1, const QString &name = {},
                                               bool blind = true) const;
    /// Starts a session as `settings` describes it (reader, worklist in reading order,
    /// pass, name, blind, kind, documents, order seed; id and position are ignored).
    std::optional<ReadingSession> startSession(const ReadingSession &settings) const;
    std::optional<ReadingSession> sessionById(qint64 id) const;
    /// The reader's most recent session that has not been ended, if any.
    std::optional<ReadingSession> openSessionOf(qint64 readerId) const;
    /// Remembers where the reader stopped. Returns "" or the error.
    QString setPosition(qint64 sessionId, int position) const;
    /// Replaces the worklist and the position together (one statement, so a postponed case
    /// is never lost or doubled by a crash in between). Returns "" or the error.
    QString setWorklist(qint64 sessionId, const std::vector<qint64> &worklist, int position) const;
    QString endSession(qint64 sessionId) const;

private:
    std::optional<ReadingSession> oneSession(const QString &where,
                                             const QVariantList &values) const;

    const Database &m_db;
};

} // namespace brainmd
