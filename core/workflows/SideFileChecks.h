#pragma once

#include "bench/TaskPack.h"
#include "io/documents/DocumentTypes.h"
#include "ports/CaseCatalog.h"

#include <QString>

#include <optional>

namespace brainmd {

/// Number of slices a case has in `view` once reoriented to RAS, from the dimensions and
/// orientation letters the catalog stores (no voxels are read). Nothing when the letters
/// do not name each patient axis once (a strongly oblique grid): then the largest
/// dimension bounds every view.
std::optional<int> sliceCountInView(const CaseSummary &summary, View view);

/// Why a reference-slice row cannot be used for the case, or "" when it can: an index past
/// the case's last slice in that view is refused, never clamped onto the edge slice.
QString referenceSliceProblem(const CaseSummary &summary, const ReferenceSliceRow &row);

/// Checks label rows against the task pack their file names ("task_pack"; the default
/// pack when it names none): the question must be in the pack and the answer one of its
/// options or their synonyms (case-insensitive). Free-text questions take any answer.
class LabelAnswerCheck {
public:
    /// `taskPack` is the file's "task_pack": a pack name or a path (relative to the label
    /// file). An unknown pack gives `note()` and checks nothing.
    LabelAnswerCheck(const QString &taskPack, const QString &labelFilePath);

    /// "" when the row fits the pack; otherwise the reason. A synonym is replaced by the
    /// option it means, so that scoring compares like with like.
    QString problem(LabelRow *row) const;
    QString note() const { return m_note; }

private:
    std::optional<TaskPack> m_pack;
    QString m_note;
};

} // namespace brainmd
