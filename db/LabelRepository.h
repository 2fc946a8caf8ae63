#pragma once

#include "io/documents/DocumentTypes.h"
#include "ports/ImportStore.h"

#include <QString>

#include <optional>
#include <vector>

namespace brainmd {

class Database;

/// A named source of answers: a label file, the phantom truth, a reader, a consensus.
struct LabelSource {
    qint64 id = 0;
    QString name;
    QString kind; ///< "file", "phantom", "reader" or "consensus"
    QString path;
    QString taskPack;
    QString importedAt;
    int labelCount = 0;
};

/// One stored answer of one source for one case.
struct StoredLabel {
    qint64 sourceId = 0;
    QString sourceName;
    qint64 caseId = 0;
    QString questionId;
    QString answer;
};

/// Reads and writes label sources and their answers.
class LabelRepository {
public:
    explicit LabelRepository(const Database &db);

    std::vector<LabelSource> sources() const;
    std::optional<LabelSource> sourceByName(const QString &name) const;
    /// Answers of every source for a case, sorted by source name and question.
    std::vector<StoredLabel> labelsForCase(qint64 caseId) const;
    std::vector<StoredLabel> labelsForSource(qint64 sourceId) const;

    /// Creates or updates the source named `file.name` (kind, task pack, `path`) and
    /// replaces all its answers by `links` in one transaction. Returns "" or the error.
    QString replaceSource(const LabelFile &file, const QString &path,
                          const std::vector<LabelLink> &links) const;

private:
    std::vector<StoredLabel> labels(const QString &where, qint64 id) const;

    const Database &m_db;
};

} // namespace brainmd
