#pragma once

#include <QString>

namespace brainmd {

/// The kind of a reading session. Verify mode (imported answers shown as suggestions) is
/// its own kind and never part of a blind reading; an adjudication session sets consensus.
enum class SessionKind {
    BlindReading, ///< others' work, labels, references, model outputs withheld until commit
    OpenReading,  ///< nothing withheld (e.g. a teaching or re-reading session)
    Verify,       ///< imported answers shown as suggestions to verify
    Adjudication  ///< an adjudicator compares the readers' work and sets the consensus
};

/// How much of a case's documents a blind reader sees.
enum class DocumentAccess {
    Full,           ///< the whole report, EHR and demographics
    IndicationOnly, ///< findings, impression (and the like) withheld; the indication stays
    None            ///< documents hidden entirely
};

/// What a blind session withholds; configurable per session (stored with it).
struct BlindingOptions {
    bool hideOthersWork = true;      ///< other readers' slices, answers, comments
    bool hideImportedLabels = true;  ///< label files' answers (verify suggestions)
    bool hideReferenceSlices = true; ///< imported reference-slice files
    bool hideModelOutputs = true;    ///< Vote-MI / baseline selections, BrainBench answers
    DocumentAccess documents = DocumentAccess::IndicationOnly;
};

/// Stored names: "blind", "open", "verify", "adjudication" (unknown: blind, the safe side).
QString sessionKindName(SessionKind kind);
SessionKind sessionKindFromName(const QString &name);
/// Stored names: "full", "indication", "none" (unknown: "indication").
QString documentAccessName(DocumentAccess access);
DocumentAccess documentAccessFromName(const QString &name);

/// The one answer to "may this be shown now?" for every view, menu, dock, tab, dialog
/// and export of the workstation. Fed with the session (kind, options) and the case on
/// screen; plain value logic, no Qt objects. Without a session nothing is withheld.
/// Blinding is in force while a blind session has a case of its worklist on screen that
/// the reader has not committed.
class BlindingPolicy {
public:
    /// A session starts (kind and what it withholds).
    void setSession(SessionKind kind, const BlindingOptions &options);
    /// No session: nothing is withheld.
    void clearSession();
    /// The case on screen: part of the session's worklist, committed by the reader, and
    /// whether the reader has read it (for an adjudicator: read cases may not be judged).
    void setCase(bool inWorklist, bool committed, bool readByReader);
    /// Whether every case of the worklist is committed: whole-database views (exports,
    /// the dashboard) carry the other cases' answers and stay closed until then.
    void setWorklistCommitted(bool allCommitted);

    bool hasSession() const { return m_session; }
    SessionKind kind() const { return m_kind; }
    const BlindingOptions &options() const { return m_options; }
    /// True while something is withheld right now.
    bool isBlinding() const;

    bool mayShowOthersWork() const;
    bool mayShowImportedLabels() const;
    bool mayShowReferenceSlices() const;
    bool mayShowModelOutputs() const;
    DocumentAccess documentAccess() const;
    /// Every reader's work side by side (the adjudication view and its menu entry).
    bool mayShowAdjudication() const;
    /// Setting the consensus: an adjudication session on a case its reader did not read.
    bool maySetConsensus() const;
    /// Verify mode: only in a Verify session.
    bool mayVerify() const;
    /// Exports and reports of all readers' annotations (they carry others' work).
    bool mayExportAnnotations() const;
    /// The BrainBench dashboard (model outputs and labels of every case) and other
    /// whole-database views: closed during a blind session until its worklist is read.
    bool mayOpenDashboard() const;

private:
    bool withholding(bool hiddenByOption) const;

    bool m_session = false;
    SessionKind m_kind = SessionKind::OpenReading;
    BlindingOptions m_options;
    bool m_inWorklist = false;
    bool m_committed = false;
    bool m_readByReader = false;
    bool m_worklistCommitted = false;
};

} // namespace brainmd
