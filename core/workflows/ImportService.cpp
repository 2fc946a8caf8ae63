#include "workflows/ImportService.h"

#include "io/cache/VolumeCache.h"
#include "io/dicom/DicomScanner.h"
#include "io/documents/DocumentReaders.h"
#include "ports/ImportStore.h"
#include "ports/StudyStorage.h"
#include "workflows/SegmentationImporter.h"
#include "workflows/SideFileImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace brainmd {

namespace {

constexpr double kScanEnd = 0.3;
constexpr double kSeriesEnd = 0.95;
const QString kManifestName = QStringLiteral("brainmd-dataset.json");

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QStringList normalized(const QStringList &paths) {
    QStringList result;
    for (const QString &path : paths)
        result.append(normalizedFilePath(path));
    result.removeDuplicates();
    return result;
}

} // namespace

ImportService::ImportService(std::shared_ptr<const StudyStorage> storage)
    : m_storage(std::move(storage)) {}

ImportReport ImportService::import(const QStringList &paths, const ImportOptions &options,
                                   ProgressReporter *progress) {
    ImportReport report;
    if (!m_storage) {
        report.error = tr("No database is open.");
        return report;
    }
    const QStringList roots = normalized(paths);
    const std::unique_ptr<ImportStore> store = m_storage->imports();
    report.runId = store->startRun(roots);
    const ImportOptions sideFiles = collectSideFiles(roots, options, &report);
    std::vector<DicomFileInfo> images;
    QStringList segmentations;
    scan(roots, sideFiles, progress, &report, &images, &segmentations);
    if (!report.cancelled) {
        const std::vector<SeriesGroup> groups = groupIntoSeries(std::move(images));
        const double n = static_cast<double>(groups.size());
        for (std::size_t i = 0; i < groups.size() && !report.cancelled; ++i) {
            const double begin = kScanEnd + (kSeriesEnd - kScanEnd) * static_cast<double>(i) / n;
            const double end = kScanEnd + (kSeriesEnd - kScanEnd) * static_cast<double>(i + 1) / n;
            report.cancelled = !reportProgress(
                progress, begin, tr("Importing series %1 of %2").arg(i + 1).arg(groups.size()));
            SubProgress seriesProgress(progress, begin, end);
            if (!report.cancelled)
                report.cancelled = !importSeries(groups[i], &seriesProgress, &report);
        }
    }
    if (!report.cancelled)
        importSegmentations(segmentations, progress, &report);
    if (!report.cancelled)
        importSideFiles(sideFiles, progress, &report);
    store->finishRun(report.runId, report);
    reportProgress(progress, 1.0,
                   report.cancelled ? tr("Import cancelled") : tr("Import finished"));
    return report;
}

ImportOptions ImportService::collectSideFiles(const QStringList &paths,
                                              const ImportOptions &options,
                                              ImportReport *report) const {
    ImportOptions files{normalized(options.documentFiles), normalized(options.labelFiles),
                        normalized(options.referenceFiles), normalized(options.otherFiles)};
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir())
            continue;
        DatasetManifest manifest;
        QString error;
        if (!readDatasetManifest(path, &manifest, &error)) {
            report->problems.push_back({QDir(path).filePath(kManifestName), error});
            continue;
        }
        files.documentFiles += normalized(manifest.documentFiles);
        files.labelFiles += normalized(manifest.labelFiles);
        files.referenceFiles += normalized(manifest.referenceFiles);
        files.otherFiles += normalized(manifest.otherFiles);
    }
    files.documentFiles.removeDuplicates();
    files.labelFiles.removeDuplicates();
    files.referenceFiles.removeDuplicates();
    return files;
}

void ImportService::scan(const QStringList &paths, const ImportOptions &sideFiles,
                         ProgressReporter *progress, ImportReport *report,
                         std::vector<DicomFileInfo> *images, QStringList *segmentations) const {
    QHash<QString, ImportStore::KnownFile> known = m_storage->imports()->knownFiles();
    // A file counts as known only while its series' cache file exists and is whole, so
    // that a deleted or damaged cache is rebuilt by importing again.
    const VolumeCache cache(m_storage->cacheDir());
    QHash<QString, bool> cacheExists;
    for (auto it = known.begin(); it != known.end();) {
        auto found = cacheExists.find(it->cachePath);
        if (found == cacheExists.end())
            found = cacheExists.insert(it->cachePath, cache.isWhole(it->cachePath, it->cacheStamp));
        it = found.value() ? std::next(it) : known.erase(it);
    }
    DicomScanOptions options;
    options.alreadyKnown = [&known](const QString &path, qint64 size, qint64 mtimeMs) {
        const auto it = known.constFind(normalizedFilePath(path));
        return it != known.cend() && it->size == size && it->mtimeMs == mtimeMs;
    };
    SubProgress scanProgress(progress, 0.0, kScanEnd);
    DicomScanResult result = scanDicom(paths, options, &scanProgress);

    // The side files and manifests sit among the DICOM files; they are not problems.
    QSet<QString> expected;
    for (const QStringList *list : {&sideFiles.documentFiles, &sideFiles.labelFiles,
                                    &sideFiles.referenceFiles, &sideFiles.otherFiles}) {
        for (const QString &path : *list)
            expected.insert(path);
    }
    for (const QString &path : paths)
        expected.insert(normalizedFilePath(QDir(path).filePath(kManifestName)));
    int unusable = 0;
    for (FileProblem &problem : result.problems) {
        if (expected.contains(normalizedFilePath(problem.path)))
            continue;
        ++unusable;
        report->problems.push_back(std::move(problem));
    }
    report->counts.filesNew = static_cast<int>(result.images.size());
    report->counts.filesUnchanged = result.skippedUnchanged;
    report->counts.filesNew += static_cast<int>(result.segmentationFiles.size());
    report->counts.filesSeen = report->counts.filesNew + report->counts.filesUnchanged + unusable;
    *segmentations = std::move(result.segmentationFiles);
    report->cancelled = result.cancelled;
    *images = std::move(result.images);
}

SeriesGroup ImportService::withKnownFiles(SeriesGroup group, ImportReport *report) const {
    // By path only: a stored copy of a SOPInstanceUID that comes again from another file
    // joins the group, and assembly chooses between the copies by a fixed rule.
    QSet<QString> present;
    for (const DicomFileInfo &file : group.files)
        present.insert(normalizedFilePath(file.path));
    for (const QString &path : m_storage->imports()->filePathsOfSeries(group.seriesKey)) {
        if (present.contains(path))
            continue;
        DicomHeaderResult header = readDicomHeader(path);
        if (auto *problem = std::get_if<FileProblem>(&header)) {
            report->problems.push_back(
                {path, tr("a file of an imported series can no longer be read (%1); the "
                          "series is rebuilt without it")
                           .arg(problem->reason)});
            continue;
        }
        DicomFileInfo &info = std::get<DicomFileInfo>(header);
        if (info.seriesInstanceUid != group.seriesInstanceUid)
            continue;
        present.insert(path);
        group.files.push_back(std::move(info));
    }
    return group;
}

bool ImportService::importSeries(SeriesGroup group, ProgressReporter *progress,
                                 ImportReport *report) const {
    const std::unique_ptr<ImportStore> store = m_storage->imports();
    const bool existed = store->seriesExists(group.seriesKey);
    QSet<QString> newPaths;
    for (const DicomFileInfo &file : group.files)
        newPaths.insert(normalizedFilePath(file.path));
    const std::size_t problemsBefore = report->problems.size();
    if (existed)
        group = withKnownFiles(std::move(group), report);
    const bool knownFileLost = report->problems.size() != problemsBefore;
    const QString folder =
        group.files.empty() ? QString() : QFileInfo(group.files.front().path).absolutePath();
    const QString description =
        group.files.empty() ? QString() : group.files.front().seriesDescription;
    SubProgress assembleProgress(progress, 0.0, 0.8);
    AssembledVolume assembled = assembleVolume(group, &assembleProgress);
    report->problems.insert(report->problems.end(), assembled.problems.begin(),
                            assembled.problems.end());
    if (!reportProgress(progress, 0.8, tr("Saving series")))
        return false;
    if (!assembled.ok()) {
        report->problems.push_back(
            {folder, tr("series \"%1\" (%2) was not imported: %3")
                         .arg(description, group.seriesKey, assembled.error)});
        ++report->counts.seriesSkipped;
        return true;
    }
    QSet<QString> unusable;
    for (const FileProblem &problem : assembled.problems)
        unusable.insert(normalizedFilePath(problem.path));
    // None of the new files is used (e.g. a duplicate that loses to the stored copy): the
    // stored series stays as it is, so that re-importing the same folder changes nothing.
    if (existed && !knownFileLost && unusable.contains(newPaths))
        return true;
    if (!assembled.warnings.isEmpty())
        report->seriesWarnings.push_back({group.seriesKey, description, assembled.warnings});
    std::vector<DicomFileInfo> used;
    for (const DicomFileInfo &file : group.files) {
        if (!unusable.contains(normalizedFilePath(file.path)))
            used.push_back(file);
    }
    const VolumeCache cache(m_storage->cacheDir());
    CacheStamp stamp;
    QString error = cache.store(group.seriesKey, assembled.volume, &stamp);
    ImportStore::WriteResult written;
    if (error.isEmpty()) {
        written = store->writeSeries(group, assembled, used,
                                     VolumeCache::relativePathFor(group.seriesKey), stamp);
        error = written.error;
    }
    if (!error.isEmpty()) {
        report->problems.push_back({folder, tr("series \"%1\" (%2) could not be saved: %3")
                                                .arg(description, group.seriesKey, error)});
        ++report->counts.seriesSkipped;
        return true;
    }
    ++(written.updated ? report->counts.seriesUpdated : report->counts.seriesImported);
    report->counts.casesCreated += written.caseCreated ? 1 : 0;
    return true;
}

void ImportService::importSegmentations(const QStringList &paths, ProgressReporter *progress,
                                        ImportReport *report) const {
    const std::unique_ptr<ImportStore> store = m_storage->imports();
    SegmentationImporter importer(*store, m_storage->cacheDir(), report);
    for (const QString &path : paths) {
        if (!reportProgress(progress, kSeriesEnd,
                            tr("Placing lesion mask %1").arg(QFileInfo(path).fileName()))) {
            report->cancelled = true;
            return;
        }
        importer.importFile(path);
    }
}

void ImportService::importSideFiles(const ImportOptions &sideFiles, ProgressReporter *progress,
                                    ImportReport *report) const {
    SideFileImporter importer(*m_storage, report);
    const int total =
        static_cast<int>(sideFiles.documentFiles.size() + sideFiles.labelFiles.size() +
                         sideFiles.referenceFiles.size());
    int done = 0;
    const auto step = [&](const QString &path) {
        const double fraction = kSeriesEnd + (1.0 - kSeriesEnd) * done++ / qMax(1, total);
        reportProgress(progress, fraction, tr("Linking %1").arg(QFileInfo(path).fileName()));
    };
    for (const QString &path : sideFiles.documentFiles) {
        step(path);
        importer.importDocuments(path);
    }
    for (const QString &path : sideFiles.labelFiles) {
        step(path);
        importer.importLabels(path);
    }
    for (const QString &path : sideFiles.referenceFiles) {
        step(path);
        importer.importReferences(path);
    }
}

} // namespace brainmd
