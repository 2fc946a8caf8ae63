#pragma once

#include "db/CaseMatcher.h"
#include "db/ImportReport.h"

#include <QString>

namespace brainmd {

class Database;

/// Imports the side files of a dataset — documents, label files, reference-slice files —
/// linking each row to its cases (see CaseMatcher). Each file replaces what the same file
/// (documents) or the same named source (labels, reference slices) stored before, in one
/// transaction. Unmatched rows and unusable files go to the report.
class SideFileImporter {
public:
    /// Build it after the series are imported: the matcher is a snapshot.
    SideFileImporter(const Database &db, ImportReport *report);

    void importDocuments(const QString &path);
    void importLabels(const QString &path);
    void importReferences(const QString &path);

private:
    /// The cases of a row; records an unmatched row and returns none when there are none,
    /// or (when `single`) when the row names several cases.
    std::vector<qint64> casesFor(const QString &path, int row, const QString &accession,
                                 const QString &patientId, bool single);
    void addProblem(const QString &path, const QString &reason);

    const Database &m_db;
    ImportReport *m_report;
    CaseMatcher m_matcher;
};

} // namespace brainmd
