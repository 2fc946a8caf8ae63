#pragma once

#include "workflows/CaseMatcher.h"
#include "workflows/ImportReport.h"

#include <QString>

#include <memory>

namespace brainmd {

class ImportStore;
class StudyStorage;

/// Imports the side files of a dataset — documents, label files, reference-slice files —
/// linking each row to its cases (see CaseMatcher). Each file replaces what the same file
/// (documents) or the same named source (labels, reference slices) stored before, in one
/// transaction. Unmatched rows and unusable files go to the report.
class SideFileImporter {
public:
    /// Build it after the series are imported: the matcher is a snapshot.
    SideFileImporter(const StudyStorage &storage, ImportReport *report);

    void importDocuments(const QString &path);
    void importLabels(const QString &path);
    void importReferences(const QString &path);

private:
    /// The cases of a row; records an unmatched row and returns none when there are none,
    /// or (when `single`) when the row names several cases.
    std::vector<qint64> casesFor(const QString &path, int row, const QString &accession,
                                 const QString &patientId, bool single);
    void addProblem(const QString &path, const QString &reason);

    std::unique_ptr<ImportStore> m_store;
    ImportReport *m_report;
    CaseMatcher m_matcher;
};

} // namespace brainmd
