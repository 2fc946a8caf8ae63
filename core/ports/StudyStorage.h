#pragma once

#include <QString>

#include <memory>

namespace brainmd {

class AnnotationCatalog;
class BenchDataSource;
class BenchRunCatalog;
class BenchRunStore;
class CaseCatalog;
class ExamplePoolStore;
class ImportStore;
class RunLease;
class SelectionStore;
class SliceChoiceStore;

/// The storage of one study (a case database), as the engine's workflows see it: a
/// factory of ports. Implemented in db/ (SQLite through Qt SQL). Thread-safe: a port
/// works on the connection of the thread that calls it, so workflows may create ports in
/// any thread; a port object itself is used by one thread at a time (BenchDataSource and
/// BenchStore::cachedResponse excepted, which say so).
///
/// Jobs hold a std::shared_ptr to the storage they use: closing or switching the study in
/// a front end never pulls it from under a running job (the workspace cancels and joins
/// its jobs first; the shared reference makes a forgotten one safe, not wrong).
class StudyStorage {
public:
    virtual ~StudyStorage() = default;
    /// Where the study lives, for messages (a file path or a URL without credentials).
    virtual QString location() const = 0;
    /// The folder of derived files (voxel cache, VAE weights), user-only.
    virtual QString cacheDir() const = 0;

    virtual std::unique_ptr<CaseCatalog> cases() const = 0;
    virtual std::unique_ptr<SelectionStore> selections() const = 0;
    virtual std::unique_ptr<ExamplePoolStore> examplePools() const = 0;
    virtual std::unique_ptr<ImportStore> imports() const = 0;
    virtual std::unique_ptr<SliceChoiceStore> sliceChoices() const = 0;
    virtual std::unique_ptr<BenchRunCatalog> benchRuns() const = 0;
    /// The store of one run; `runId` must exist.
    virtual std::unique_ptr<BenchRunStore> benchRunStore(qint64 runId) const = 0;
    /// What BrainBench reads (labels, slices, RAS volumes with a small cache). One object
    /// per run: it caches volumes.
    virtual std::unique_ptr<BenchDataSource> benchData() const = 0;
    /// A lease object for executing one run (one writer per run, across processes).
    virtual std::unique_ptr<RunLease> benchRunLease() const = 0;
    /// Readers' current marks and answers (exports, agreement).
    virtual std::unique_ptr<AnnotationCatalog> annotations() const = 0;
};

} // namespace brainmd
