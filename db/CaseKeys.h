#pragma once

#include <QSqlDatabase>
#include <QString>

namespace brainmd {

/// Recomputes the case keys of one study inside the caller's transaction:
/// "<accession>" when the study has one case, else "<accession>-s<series number>"
/// (".<n>" appended for sub-series that share a series number), with the
/// StudyInstanceUID standing in for a missing accession number. A key already used by
/// another study gets "-<8 hex of the StudyInstanceUID hash>" appended. Case ids never
/// change, so everything linked to a case stays linked. Returns "" or the error.
QString assignCaseKeys(const QSqlDatabase &db, qint64 studyId);

} // namespace brainmd
