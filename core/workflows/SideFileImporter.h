#pragma once

#include "workflows/CaseMatcher.h"
#include "workflows/ImportReport.h"

#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace brainmd {

class CaseCatalog;
class ImportStore;
class StudyStorage;
struct CaseSummary;

/// Imports the side files of a dataset — documents, label files, reference-slice files —
/// linking each row to its cases (see CaseMatcher). Each file replaces what the same file
/// (documents) or the same named source (labels, reference slices) stored before, in one
/// transaction. Rows are checked against the cases and the task pack (slice index in
/// range, question known, answer an option) and refused one by one with their row number.
/// Unmatched rows and unusable files go to the report.
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
    /// The case as the catalog lists it (looked up once per case).
    const CaseSummary *summaryOf(qint64 caseId);

    std::unique_ptr<ImportStore> m_store;
    std::unique_ptr<CaseCatalog> m_cases;
    std::map<qint64, std::optional<CaseSummary>> m_summaries;
    ImportReport *m_report;
    CaseMatcher m_matcher;
};

} // namespace brainmd
