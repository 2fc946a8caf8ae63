#include "ui/annotation/AnswerCommand.h"

#include "ui/annotation/AnnotationSession.h"

#include <QCoreApplication>

namespace brainmd {

AnswerCommand::AnswerCommand(AnnotationSession *session, const QString &questionId,
                             const QString &value)
    : m_session(session)
    , m_questionId(questionId)
    , m_value(value) {
    setText(QCoreApplication::translate("brainmd", "answer %1: %2").arg(questionId, value));
}

void AnswerCommand::redo() {
    m_rowId = m_session->writeAnswer(m_questionId, m_value);
}

void AnswerCommand::undo() {
    if (m_rowId > 0)
        m_session->retractAnswer(m_rowId);
}

} // namespace brainmd
