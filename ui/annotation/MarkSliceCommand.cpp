#include "ui/annotation/MarkSliceCommand.h"

#include "ui/annotation/AnnotationSession.h"

#include <QCoreApplication>

namespace brainmd {

MarkSliceCommand::MarkSliceCommand(AnnotationSession *session, View view, int sliceIndex,
                                   double positionMm)
    : m_session(session)
    , m_view(view)
    , m_slice(sliceIndex)
    , m_positionMm(positionMm) {
    setText(QCoreApplication::translate("brainmd", "mark %1 slice %2")
                .arg(QCoreApplication::translate("brainmd", viewName(view)))
                .arg(sliceIndex + 1));
}

void MarkSliceCommand::redo() {
    m_rowId = m_session->writeMark(m_view, m_slice, m_positionMm);
}

void MarkSliceCommand::undo() {
    if (m_rowId > 0)
        m_session->retractMark(m_rowId);
}

} // namespace brainmd
