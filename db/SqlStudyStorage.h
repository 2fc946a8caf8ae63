#pragma once

#include "ports/StudyStorage.h"

#include <memory>

namespace brainmd {

class Database;

/// StudyStorage on an open case database (SQLite through Qt SQL): each port is the
/// repository of db/ that implements it, on the calling thread's connection.
class SqlStudyStorage final : public StudyStorage {
public:
    /// Shares ownership of `db`: a job holding this storage keeps the database (and so
    /// the file it names) alive and unchanged until the job lets go.
    explicit SqlStudyStorage(std::shared_ptr<const Database> db);

    QString location() const override;
    QString cacheDir() const override;
    std::unique_ptr<CaseCatalog> cases() const override;
    std::unique_ptr<SelectionStore> selections() const override;
    std::unique_ptr<ExamplePoolStore> examplePools() const override;
    std::unique_ptr<ImportStore> imports() const override;
    std::unique_ptr<SliceChoiceStore> sliceChoices() const override;
    std::unique_ptr<BenchRunCatalog> benchRuns() const override;
    std::unique_ptr<BenchRunStore> benchRunStore(qint64 runId) const override;
    std::unique_ptr<BenchDataSource> benchData() const override;
    std::unique_ptr<RunLease> benchRunLease() const override;
    std::unique_ptr<AnnotationCatalog> annotations() const override;

    const Database &database() const { return *m_db; }

private:
    std::shared_ptr<const Database> m_db;
};

/// A storage over a database the caller keeps alive for as long as the storage is used
/// (command-line commands and tests, where the database outlives every workflow).
std::shared_ptr<const StudyStorage> borrowedStorage(const Database &db);

} // namespace brainmd
