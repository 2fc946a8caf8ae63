#pragma once

#include "volume/Orientation.h"

#include <QString>

#include <optional>
#include <vector>

namespace brainmd {

/// A person who reads cases ("reader") or sets the consensus ("adjudicator").
struct Reader {
    qint64 id = 0;
    QString name;
    QString role; ///< "reader" or "adjudicator"
};

/// A reading session: one reader working through a worklist of case ids. `pass` is 1
/// for a first reading and 2, 3, ... for deliberate re-readings (intra-reader agreement).
struct ReadingSession {
    qint64 id = 0;
    qint64 readerId = 0;
    int pass = 1;
    QString name;
    bool blind = true; ///< others' marks stay hidden until the reader commits a case
    /// "blind", "open", "verify" or "adjudication" (older rows: "" read from `blind`).
    QString kind;
    /// What a blind reader sees of the documents: "full", "indication" or "none".
    QString documents = QStringLiteral("indication");
    /// Seed of the reader's worklist order (0 with hasOrderSeed false: the order given).
    quint64 orderSeed = 0;
    bool hasOrderSeed = false;
    std::vector<qint64> worklist;
    int position = 0; ///< index into worklist where the reader stopped
    QString startedAt;
    QString endedAt;
};

/// Who wrote a row: reader, session (may be 0 for none) and the session's pass.
struct Authorship {
    qint64 readerId = 0;
    qint64 sessionId = 0;
};

/// The reader's current representative slice of one view (the latest row that is neither
/// a retraction nor retracted). Slice index along the view's axis of the RAS volume.
struct SliceMark {
    qint64 id = 0;
    qint64 readerId = 0;
    QString readerName;
    qint64 sessionId = 0;
    int pass = 1;
    qint64 caseId = 0;
    View view = View::Axial;
    int sliceIndex = 0;
    double positionMm = 0.0; ///< RAS coordinate along the view's axis
    std::optional<int> suggestedIndex;
    QString createdAt;
};

/// The reader's current answer to one question. `suggestedValue` is what verify mode
/// showed (imported or suggested answer); empty when none was shown.
struct AnswerRecord {
    qint64 id = 0;
    qint64 readerId = 0;
    QString readerName;
    qint64 sessionId = 0;
    int pass = 1;
    qint64 caseId = 0;
    QString questionId;
    QString value;
    QString suggestedValue;
    std::optional<double> confidence;
    QString createdAt;
};

/// Kinds of case_events rows.
enum class CaseEventKind {
    Opened,
    Committed,
    Skipped,
    Postponed,
    Time,
    Confidence,
    Comment,
    PoorQuality
};

QString caseEventKindName(CaseEventKind kind);

/// The reader's case-level state, folded from case_events (latest row of each kind).
struct CaseReadState {
    bool committed = false;
    bool skipped = false;
    bool postponed = false;
    bool poorQuality = false;
    std::optional<int> confidence; ///< 1..5
    QString comment;
    double secondsSpent = 0.0; ///< sum of all "time" rows
};

/// A consensus value set by an adjudicator: item "view:axial" etc. or a question id.
struct ConsensusItem {
    qint64 caseId = 0;
    QString item;
    QString value;
    qint64 adjudicatorId = 0;
    QString createdAt;
};

} // namespace brainmd
