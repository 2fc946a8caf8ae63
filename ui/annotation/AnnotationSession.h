#pragma once

#include "reading/AnnotationTypes.h"
#include "reading/BlindingPolicy.h"
#include "ui/annotation/ReaderQuestions.h"

#include <QObject>
#include <QUndoStack>

#include <map>
#include <optional>
#include <vector>

namespace brainmd {

class Database;
class ReadingClock;

/// A reader's annotation session: who reads, the worklist and where they are in it, and
/// the current case's own marks, answers and case-level state. Every action is written to
/// the database at once (append-only rows); saved() reports each write. Marks and answers
/// go through the undo stack (undo appends a retraction row). Owns the session's
/// BlindingPolicy, which every view, menu, dock and dialog asks what it may show: blind
/// by default, other readers' work, imported labels, reference slices, model outputs and
/// report findings are withheld until the reader commits the case. The worklist is read
/// in an order of the reader's own (seed stored with the session). GUI thread only.
class AnnotationSession final : public QObject {
    Q_OBJECT

public:
    AnnotationSession(const Database &db, QObject *parent = nullptr);
    ~AnnotationSession() override;

    /// Starts (or resumes, when the reader has an open session of the same pass) a session.
    /// An empty worklist on resume keeps the stored one. Returns "" or the error.
    /// `kind` BlindReading with role "adjudicator" starts an Adjudication session. The
    /// worklist is shuffled with a new seed unless `keepOrder`.
    QString begin(const QString &readerName, const QString &role,
                  const std::vector<qint64> &worklist, int pass = 1,
                  SessionKind kind = SessionKind::BlindReading,
                  DocumentAccess documents = DocumentAccess::IndicationOnly,
                  bool keepOrder = false);
    /// Records the time on the current case and ends the session.
    void end();
    bool isActive() const { return m_session.id > 0; }

    const Reader &reader() const { return m_reader; }
    const ReadingSession &session() const { return m_session; }
    Authorship authorship() const { return {m_reader.id, m_session.id}; }
    const std::vector<ReaderQuestion> &questions() const { return m_questions; }

    int position() const { return m_session.position; }
    int caseCount() const { return static_cast<int>(m_session.worklist.size()); }
    /// 0 when the worklist is empty.
    qint64 currentCaseId() const;
    void goTo(int position);
    void next() { goTo(m_session.position + 1); }
    void previous() { goTo(m_session.position - 1); }

    void markSlice(View view, int sliceIndex, double positionMm);
    void answer(const QString &questionId, const QString &value);
    /// Verify mode: takes the shown suggestion as the answer.
    void acceptSuggestion(const QString &questionId);
    void setConfidence(int confidence);
    void setComment(const QString &comment);
    void setPoorQuality(bool poor);
    void commitCase();
    void skipCase();
    void postponeCase();

    std::optional<SliceMark> ownMark(View view) const;
    QString ownAnswer(const QString &questionId) const;
    const CaseReadState &caseState() const { return m_state; }
    /// What may be shown now (updated before changed() is emitted).
    const BlindingPolicy &policy() const { return m_policy; }
    /// Tells the policy which case is on screen (0: none); changed() follows.
    void setCaseOnScreen(qint64 caseId);
    /// False while blind and the reader has not committed the current case.
    bool othersVisible() const { return m_policy.mayShowOthersWork(); }
    /// Seconds on the current case: the stored time of earlier visits plus this visit's
    /// counted time (ReadingClock: paused while inactive or idle).
    double secondsOnCase() const;
    /// Other readers' current marks (and this reader's other passes); empty while hidden.
    std::vector<SliceMark> otherMarks() const;

    bool verifyMode() const { return m_verify && m_policy.mayVerify(); }
    /// Only a Verify session may show imported answers; elsewhere this does nothing.
    void setVerifyMode(bool verify);
    /// The imported or suggested answer shown in verify mode ("" when none or not verifying).
    QString suggestion(const QString &questionId) const;

    QUndoStack *undoStack() { return &m_undo; }
    bool lastSaveOk() const { return m_lastSaveOk; }
    QString lastSaveMessage() const { return m_lastSaveMessage; }

    /// Used by the undo commands: write a row and refresh; return the row id (0: failed).
    qint64 writeMark(View view, int sliceIndex, double positionMm);
    qint64 writeAnswer(const QString &questionId, const QString &value);
    void retractMark(qint64 markId);
    void retractAnswer(qint64 answerId);

Q_SIGNALS:
    void caseChanged(qint64 caseId);
    void changed();
    void saved(bool ok, const QString &message);
    /// A case's status (cases.status) or reader count may have changed.
    void caseProgressChanged(qint64 caseId);

private:
    void reload();
    void leaveCase();
    void enterCase();
    void reportWrite(bool ok);
    void updatePolicy();
    void refreshCaseStatus(qint64 caseId);
    bool readByReader(qint64 caseId) const;
    qint64 event(CaseEventKind kind, const QString &value, double seconds = 0.0);

    const Database &m_db;
    std::vector<ReaderQuestion> m_questions;
    Reader m_reader;
    ReadingSession m_session;
    std::vector<SliceMark> m_marks;
    std::map<QString, AnswerRecord> m_answers;
    std::map<QString, QString> m_suggestions;
    CaseReadState m_state;
    bool m_verify = false;
    BlindingPolicy m_policy;
    qint64 m_caseOnScreen = 0;
    QUndoStack m_undo;
    ReadingClock *m_clock;
    bool m_lastSaveOk = true;
    QString m_lastSaveMessage;
};

} // namespace brainmd
