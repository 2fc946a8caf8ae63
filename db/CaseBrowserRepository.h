#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace brainmd {

class Database;

/// One row of the workstation's case table: light enough to page through 100,000 cases.
struct CaseRow {
    qint64 id = 0;
    QString caseKey;
    QString accession;
    QString description; ///< series description
    QString modality;
    QString dims; ///< "nx×ny×nz"
    QString status;
    int readerCount = 0;      ///< distinct readers with a live mark or answer
    int committedReaders = 0; ///< distinct readers who committed the case
    QString selectionMethods; ///< comma-separated methods with a stored selection
    QString createdAt;
};

/// Columns the case table can sort by.
enum class CaseSortColumn {
    CaseKey,
    Accession,
    Description,
    Modality,
    Status,
    Readers,
    Selections,
    Created
};

/// Which cases to show and how. Empty fields do not filter.
struct CaseQuery {
    QString text; ///< substring of case key, accession, series or study description
    QString status;
    QString readerName;      ///< cases this reader has marked or answered
    QString label;           ///< "question=answer" (any label source) or a bare question id
    QString selectionMethod; ///< cases with a stored selection of this method
    CaseSortColumn sortColumn = CaseSortColumn::CaseKey;
    bool ascending = true;
    int limit = 0; ///< 0: all
    int offset = 0;
};

/// Paged, sorted, filtered reads of the case list (the browser's lazy model uses it).
class CaseBrowserRepository {
public:
    explicit CaseBrowserRepository(const Database &db);

    std::vector<CaseRow> list(const CaseQuery &query) const;
    /// Number of cases matching the filters of `query` (limit and offset ignored).
    int count(const CaseQuery &query) const;
    /// Distinct selection methods stored in the database.
    QStringList selectionMethods() const;

private:
    QString whereClause(const CaseQuery &query, QVariantList *values) const;

    const Database &m_db;
};

} // namespace brainmd
