#pragma once

#include <QString>

namespace brainmd {

class StudyStorage;

/// The annotation exports (the workstation's File menu and `brainmd annotations`): one
/// implementation for both front ends.

/// Writes every reader's current marks and answers (with reader, pass, session, time and
/// the suggestion shown in verify mode) as one JSON document. Returns "" or the error.
QString exportAnnotationsJson(const StudyStorage &storage, const QString &path);
/// The same as CSV: one row per mark or answer (columns kind, case_key, reader, pass,
/// session, item, value, position_mm, suggested, created_at). Returns "" or the error.
QString exportAnnotationsCsv(const StudyStorage &storage, const QString &path);
/// Readers' agreement per view (median |Δ| mm, share within 5 mm) and per question (κ,
/// Cohen or Fleiss), each with its 95 % bootstrap interval: CSV, or an HTML page when
/// `path` ends in .html / .htm. Returns "" or the error.
QString exportAgreement(const StudyStorage &storage, const QString &path);

} // namespace brainmd
