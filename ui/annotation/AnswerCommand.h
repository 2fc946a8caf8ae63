#pragma once

#include <QUndoCommand>

namespace brainmd {

class AnnotationSession;

/// Answers a question; undo appends a retraction of that row.
class AnswerCommand final : public QUndoCommand {
public:
    AnswerCommand(AnnotationSession *session, const QString &questionId, const QString &value);
    void redo() override;
    void undo() override;

private:
    AnnotationSession *m_session;
    QString m_questionId;
    QString m_value;
    qint64 m_rowId = 0;
};

} // namespace brainmd
