#pragma once

#include <QStringList>

namespace brainmd {

class Database;
struct ImportReport;

/// Keeps the import_runs table: a row when an import starts (so that an import that was
/// killed leaves a trace with no finish time), completed with the report's numbers and
/// problems when it ends.
class ImportRunLog {
public:
    explicit ImportRunLog(const Database &db);
    /// Returns the run's id, or 0 when it could not be written.
    qint64 start(const QStringList &paths) const;
    void finish(qint64 runId, const ImportReport &report) const;

private:
    const Database &m_db;
};

} // namespace brainmd
