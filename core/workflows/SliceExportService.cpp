#include "workflows/SliceExportService.h"

#include "common/PrivateFiles.h"
#include "io/kos/KeyObjectWriter.h"
#include "io/nifti/NiftiIO.h"
#include "ports/CaseCatalog.h"
#include "ports/ImportStore.h"
#include "ports/StudyStorage.h"
#include "volume/SliceVolume.h"
#include "votemi/SliceSelector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

constexpr auto kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

struct CaseExport {
    const CaseSliceChoice &choice;
    const SliceSource &source;
    const SliceExportOptions &options;
    SliceExportReport *report;
    QJsonArray *manifest;
};

/// Centre of slice `index` of `view` and the view's normal, in LPS.
std::pair<Eigen::Vector3d, Eigen::Vector3d> slicePlane(const Geometry &ras, View view, int index) {
    const int axis = viewAxis(view);
    Eigen::Vector3d at(0.5 * (ras.dims[0] - 1), 0.5 * (ras.dims[1] - 1), 0.5 * (ras.dims[2] - 1));
    at[axis] = index;
    return {ras.indexToLpsPoint(at), ras.direction.col(axis)};
}

void writeKos(const StudyStorage &storage, const CaseSummary &summary, const Volume &ras,
              const CaseExport &job, const QString &folder, QJsonObject *files) {
    QStringList problems;
    const std::vector<InstanceFrame> frames =
        readInstanceFrames(storage.imports()->filePathsOfSeries(summary.seriesKey), &problems);
    KeyObjectRequest request;
    QStringList views;
    for (View view : kAllViews) {
        const auto &index = job.choice.index[static_cast<std::size_t>(view)];
        if (!index)
            continue;
        const auto [point, normal] = slicePlane(ras.geometry(), view, *index);
        const double tolerance = 0.5 * ras.geometry().spacing[viewAxis(view)];
        if (const InstanceFrame *frame = frameOnPlane(frames, point, normal, tolerance)) {
            request.images.push_back({*frame, QString::fromLatin1(viewName(view))});
            views.append(QString::fromLatin1(viewName(view)));
        } else {
            job.report->notes.append(
                tr("%1: the %2 slice is reformatted across the acquired images, so a key "
                   "object cannot flag it")
                    .arg(job.choice.caseKey, QString::fromLatin1(viewName(view))));
        }
    }
    for (const QString &problem : std::as_const(problems))
        job.report->notes.append(QStringLiteral("%1: %2").arg(job.choice.caseKey, problem));
    if (request.images.empty())
        return;
    request.description = tr("Representative slices (%1) chosen by %2; exported by BrainMD")
                              .arg(views.join(QStringLiteral(", ")), job.source.label());
    request.seriesDescription = tr("BrainMD key images (%1)").arg(job.source.label());
    const QString name = safeFileName(job.choice.caseKey) + QStringLiteral("_best-in-set.dcm");
    const QString path = folder + QLatin1Char('/') + name;
    if (const QString error = writeKeyObjectSelection(request, path); !error.isEmpty()) {
        job.report->notes.append(QStringLiteral("%1: %2").arg(job.choice.caseKey, error));
        return;
    }
    QFile::setPermissions(path, kPrivate);
    job.report->files.append(path);
    for (const QString &view : std::as_const(views))
        files->insert(view, QDir(job.options.outDir).relativeFilePath(path));
}

void exportCase(const StudyStorage &storage, const CaseExport &job) {
    const auto summary = storage.cases()->caseById(job.choice.caseId);
    const CachedVolume cached = storage.cases()->volumeFor(job.choice.caseId);
    if (!summary || !cached.ok()) {
        job.report->notes.append(QStringLiteral("%1: %2").arg(job.choice.caseKey, cached.error));
        return;
    }
    const Volume ras = reorientToRas(cached.volume);
    const QString folder = job.options.outDir + QLatin1Char('/') + safeFileName(job.choice.caseKey);
    if (!createPrivateDir(folder)) {
        job.report->notes.append(tr("%1: cannot create %2").arg(job.choice.caseKey, folder));
        return;
    }
    ++job.report->cases;
    QJsonObject kosFile;
    if (job.options.kos)
        writeKos(storage, *summary, ras, job, folder, &kosFile);
    for (View view : kAllViews) {
        const auto &index = job.choice.index[static_cast<std::size_t>(view)];
        if (!index)
            continue;
        const QString name = QString::fromLatin1(viewName(view));
        const double positionMm = slicePositionMm(ras.geometry(), view, *index);
        QJsonObject entry{{QStringLiteral("case_key"), job.choice.caseKey},
                          {QStringLiteral("view"), name},
                          {QStringLiteral("index"), *index},
                          {QStringLiteral("position_mm"), positionMm}};
        if (job.options.nifti) {
            const Volume slice = sliceAsVolume(ras, view, *index);
            const QString path = folder + QLatin1Char('/') + safeFileName(job.choice.caseKey) +
                                 QLatin1Char('_') + name + QStringLiteral(".nii.gz");
            const QString error = slice.isEmpty() ? tr("slice %1 is outside the volume").arg(*index)
                                                  : writeNifti(slice, path);
            if (!error.isEmpty()) {
                job.report->notes.append(QStringLiteral("%1: %2").arg(job.choice.caseKey, error));
            } else {
                QFile::setPermissions(path, kPrivate);
                job.report->files.append(path);
                entry.insert(QStringLiteral("nifti"),
                             QDir(job.options.outDir).relativeFilePath(path));
            }
        }
        if (const QString kos = kosFile.value(name).toString(); !kos.isEmpty())
            entry.insert(QStringLiteral("kos"), kos);
        job.manifest->append(entry);
    }
}

QString writeManifest(const SliceSource &source, const QJsonArray &slices, const QString &path) {
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("brainmd-select")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("source"), source.label()},
                           {QStringLiteral("index_basis"),
                            QStringLiteral("slice index along the view's axis of the volume "
                                           "reoriented to the closest RAS axes")},
                           {QStringLiteral("slices"), slices}};
    return writePrivateFile(path, QJsonDocument(root).toJson());
}

} // namespace

QString safeFileName(const QString &text) {
    QString name;
    for (const QChar c : text) {
        const bool safe = (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') ||
                          c == QLatin1Char('-') || c == QLatin1Char('_');
        name.append(safe ? c : QLatin1Char('_'));
    }
    while (name.startsWith(QLatin1Char('.')))
        name[0] = QLatin1Char('_');
    return name.isEmpty() ? QStringLiteral("_") : name;
}

SliceExportReport exportSlices(const StudyStorage &storage, const SliceSource &source,
                               const std::vector<qint64> &caseIds,
                               const SliceExportOptions &options, ProgressReporter *progress) {
    SliceExportReport report;
    const std::vector<CaseSliceChoice> choices =
        storage.sliceChoices()->sliceChoices(source, caseIds, &report.error);
    if (!report.error.isEmpty())
        return report;
    if (choices.empty()) {
        report.error = tr("%1 has no chosen slices for these cases").arg(source.label());
        return report;
    }
    if (!createPrivateDir(options.outDir)) {
        report.error = tr("cannot create the folder %1").arg(options.outDir);
        return report;
    }
    QJsonArray manifest;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (!reportProgress(progress, double(i) / double(choices.size()), choices[i].caseKey)) {
            report.cancelled = true;
            break;
        }
        exportCase(storage, {choices[i], source, options, &report, &manifest});
    }
    const QString manifestPath = options.outDir + QStringLiteral("/brainmd-select.json");
    if (const QString error = writeManifest(source, manifest, manifestPath); !error.isEmpty()) {
        report.error = tr("cannot write %1: %2").arg(manifestPath, error);
        return report;
    }
    report.files.append(manifestPath);
    reportProgress(progress, 1.0, tr("done"));
    return report;
}

} // namespace brainmd
