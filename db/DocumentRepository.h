#pragma once

#include "io/documents/DocumentTypes.h"
#include "ports/ImportStore.h"

#include <QString>

#include <optional>
#include <vector>

namespace brainmd {

class Database;

/// A report, EHR or demographics record linked to a case.
struct StoredDocument {
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind; ///< "report", "ehr" or "demographics"
    QString text;
    QString sourcePath;
    int sourceRow = 0;
    QString importedAt;
};

/// Reads and writes the documents of cases.
class DocumentRepository {
public:
    explicit DocumentRepository(const Database &db);

    /// All documents of a case, reports first.
    std::vector<StoredDocument> documentsForCase(qint64 caseId) const;
    /// The case's report (the last one imported), if any.
    std::optional<StoredDocument> reportForCase(qint64 caseId) const;
    int count() const;

    /// Replaces everything earlier read from `sourcePath` by `links`, in one transaction,
    /// so that importing a file again never duplicates. Returns "" or the error.
    QString replaceSource(const QString &sourcePath, const std::vector<DocumentLink> &links) const;

private:
    const Database &m_db;
};

} // namespace brainmd
