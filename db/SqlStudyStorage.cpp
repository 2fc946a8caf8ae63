#include "db/SqlStudyStorage.h"

#include "db/AnnotationRepository.h"

#include "db/BenchDataRepository.h"
#include "db/BenchRunLease.h"
#include "db/BenchRunRepository.h"
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/ExamplePoolRepository.h"
#include "db/SelectionRepository.h"
#include "db/SliceChoiceRepository.h"
#include "db/SqlImportStore.h"

namespace brainmd {

SqlStudyStorage::SqlStudyStorage(std::shared_ptr<const Database> db)
    : m_db(std::move(db)) {}

QString SqlStudyStorage::location() const {
    return m_db->path();
}

QString SqlStudyStorage::cacheDir() const {
    return m_db->cacheDir();
}

std::unique_ptr<CaseCatalog> SqlStudyStorage::cases() const {
    return std::make_unique<CaseRepository>(*m_db);
}

std::unique_ptr<SelectionStore> SqlStudyStorage::selections() const {
    return std::make_unique<SelectionRepository>(*m_db);
}

std::unique_ptr<ExamplePoolStore> SqlStudyStorage::examplePools() const {
    return std::make_unique<ExamplePoolRepository>(*m_db);
}

std::unique_ptr<ImportStore> SqlStudyStorage::imports() const {
    return std::make_unique<SqlImportStore>(*m_db);
}

std::unique_ptr<SliceChoiceStore> SqlStudyStorage::sliceChoices() const {
    return std::make_unique<SliceChoiceRepository>(*m_db);
}

std::unique_ptr<BenchRunCatalog> SqlStudyStorage::benchRuns() const {
    return std::make_unique<BenchRunRepository>(*m_db);
}

std::unique_ptr<BenchRunStore> SqlStudyStorage::benchRunStore(qint64 runId) const {
    return std::make_unique<BenchRunRepository>(*m_db, runId);
}

std::unique_ptr<BenchDataSource> SqlStudyStorage::benchData() const {
    return std::make_unique<BenchDataRepository>(*m_db);
}

std::unique_ptr<RunLease> SqlStudyStorage::benchRunLease() const {
    return std::make_unique<BenchRunLease>(*m_db);
}

std::unique_ptr<AnnotationCatalog> SqlStudyStorage::annotations() const {
    return std::make_unique<AnnotationRepository>(*m_db);
}

std::shared_ptr<const StudyStorage> borrowedStorage(const Database &db) {
    // The aliasing constructor with an empty owner: a shared_ptr that owns nothing.
    return std::make_shared<SqlStudyStorage>(
        std::shared_ptr<const Database>(std::shared_ptr<const Database>(), &db));
}

} // namespace brainmd
