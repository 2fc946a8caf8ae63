#pragma once

#include "ports/AnnotationCatalog.h"
#include "reading/AnnotationTypes.h"

#include <optional>
#include <vector>

namespace brainmd {

class Database;

/// Representative-slice marks and answers of readers (tables slice_annotations, answers).
///
/// Both tables are append-only: every call writes one row at once (autocommit, so a row
/// reported as written survives the process being killed). Undo appends a retraction row
/// naming the row it takes back; the current value per (reader, pass, case, view or
/// question) is the latest row that is neither a retraction nor retracted. Write calls
/// return the new row id, or 0 on a database error.
class AnnotationRepository final : public AnnotationCatalog {
public:
    explicit AnnotationRepository(const Database &db);

    qint64 addMark(const Authorship &who, qint64 caseId, View view, int sliceIndex,
                   double positionMm, std::optional<int> suggestedIndex = std::nullopt) const;
    qint64 retractMark(const Authorship &who, qint64 markId) const;

    qint64 addAnswer(const Authorship &who, qint64 caseId, const QString &questionId,
                     const QString &value, const QString &suggestedValue = {},
                     std::optional<double> confidence = std::nullopt) const;
    qint64 retractAnswer(const Authorship &who, qint64 answerId) const;

    /// Current marks of a case; `readerId` 0 means every reader. Sorted by reader, pass, view.
    std::vector<SliceMark> currentMarks(qint64 caseId, qint64 readerId = 0) const;
    std::vector<AnswerRecord> currentAnswers(qint64 caseId, qint64 readerId = 0) const;
    /// Current marks / answers of every case (exports, agreement).
    std::vector<SliceMark> allCurrentMarks() const override;
    std::vector<AnswerRecord> allCurrentAnswers() const override;

    /// Rows written in total (retractions included), for tests and status lines.
    int markRowCount() const;
    int answerRowCount() const;

private:
    std::vector<SliceMark> marks(const QString &where, const QVariantList &values) const;
    std::vector<AnswerRecord> answers(const QString &where, const QVariantList &values) const;

    const Database &m_db;
};

} // namespace brainmd
