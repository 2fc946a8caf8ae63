#pragma once

#include "volume/Orientation.h"

#include <QUndoCommand>

namespace brainmd {

class AnnotationSession;

/// Marks a representative slice; undo appends a retraction of that row.
class MarkSliceCommand final : public QUndoCommand {
public:
    MarkSliceCommand(AnnotationSession *session, View view, int sliceIndex, double positionMm);
    void redo() override;
    void undo() override;

private:
    AnnotationSession *m_session;
    View m_view;
    int m_slice;
    double m_positionMm;
    qint64 m_rowId = 0;
};

} // namespace brainmd
