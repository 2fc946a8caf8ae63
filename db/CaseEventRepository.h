#pragma once

#include "reading/AnnotationTypes.h"
#include "reading/ReadingFlow.h"

#include <vector>

namespace brainmd {

class Database;

/// Case-level events of a reading (table case_events, append-only): opened, committed,
/// skipped, postponed, time spent, confidence, comment, poor image quality. Each call
/// writes one row at once; the state is folded from the rows.
class CaseEventRepository {
public:
    explicit CaseEventRepository(const Database &db);

    /// Appends an event; `value` as text ("1"/"0" for flags, "1".."5" for confidence),
    /// `seconds` for time spent. Returns the row id, 0 on error.
    qint64 add(const Authorship &who, qint64 caseId, CaseEventKind kind, const QString &value = {},
               double seconds = 0.0) const;

    /// The reader's state for a case in one pass (sessions of that pass), folded from rows.
    CaseReadState state(qint64 readerId, qint64 caseId, int pass = 1) const;
    /// True when the reader has committed their marks for the case (any pass).
    bool hasCommitted(qint64 readerId, qint64 caseId) const;
    /// Ids of the cases the reader has committed in `pass`.
    std::vector<qint64> committedCases(qint64 readerId, int pass = 1) const;

    /// Where the case stands: activity, distinct readers who committed it (latest
    /// "committed" row of each reader is "1"), consensus set, excluded by hand.
    CaseProgress progress(qint64 caseId) const;
    /// Writes `cases.status` from progress() (new, in_progress, read, adjudicated;
    /// "excluded" is kept). Returns "" or the error.
    QString refreshStatus(qint64 caseId) const;

private:
    const Database &m_db;
};

} // namespace brainmd
