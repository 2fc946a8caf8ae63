#include "workflows/DeidentifyService.h"

#include "common/PrivateFiles.h"
#include "privacy/ContainedDeidentifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

using Outcome = FileDeidentification::Outcome;

QString absolute(const QString &path) {
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool isInside(const QString &path, const QString &folder) {
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

/// Why the request cannot run, or "".
QString checkRequest(const DeidentifyRequest &r) {
    const QString in = absolute(r.inDir), out = absolute(r.outDir), map = absolute(r.mapPath);
    if (r.inDir.isEmpty() || !QFileInfo(in).isDir())
        return tr("the input folder %1 does not exist").arg(r.inDir);
    if (r.outDir.isEmpty() || isInside(out, in) || isInside(in, out))
        return tr("the output folder must lie outside the input folder and not contain it");
    if (r.mapPath.isEmpty() || isInside(map, out))
        return tr("the map file must lie outside the output folder: it leads back to the "
                  "patients");
    if (!r.key.isValid())
        return tr("the key must hold at least %1 bytes").arg(PseudonymKey::kMinimumBytes);
    return {};
}

QStringList filesUnder(const QString &folder) {
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

struct MapContent {
    QMap<QString, PatientPseudonym> patients; ///< by pseudonym
    QMap<QString, QString> uids;
};

QString writeMap(const DeidentifyRequest &request, const MapContent &map) {
    QJsonArray patients;
    for (const PatientPseudonym &p : map.patients)
        patients.append(QJsonObject{{QStringLiteral("original_patient_id"), p.originalId},
                                    {QStringLiteral("original_patient_name"), p.originalName},
                                    {QStringLiteral("pseudonym"), p.pseudonym},
                                    {QStringLiteral("date_offset_days"), p.dateOffsetDays}});
    QJsonObject uids;
    for (auto it = map.uids.cbegin(); it != map.uids.cend(); ++it)
        uids.insert(it.key(), it.value());
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("brainmd-pseudonym-map")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("input"), absolute(request.inDir)},
        {QStringLiteral("output"), absolute(request.outDir)},
        {QStringLiteral("patients"), patients},
        {QStringLiteral("uids"), uids}};
    return writePrivateFile(request.mapPath, QJsonDocument(root).toJson());
}

/// A helper that died while writing leaves its partial file (".part") behind.
void removeLeftovers(const QString &outDir) {
    QDirIterator it(outDir, {QStringLiteral("*.part")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        QFile::remove(it.next());
}

void collect(const QString &input, const FileDeidentification &result, DeidentifyReport *report,
             MapContent *map, QSet<QString> *outputs) {
    switch (result.outcome) {
    case Outcome::Refused:
        report->refused.push_back({input, result.reason});
        return;
    case Outcome::Skipped:
        report->skipped.push_back({input, result.reason});
        return;
    case Outcome::Failed:
        report->failed.push_back({input, result.reason});
        return;
    case Outcome::Written:
        break;
    }
    ++report->written;
    if (outputs->contains(result.outputPath))
        report->notes.append(tr("%1: the same instance (SOP Instance UID) as an earlier file; "
                                "one copy kept")
                                 .arg(input));
    outputs->insert(result.outputPath);
    map->patients.insert(result.patient.pseudonym, result.patient);
    for (const auto &[from, to] : result.uids)
        map->uids.insert(from, to);
    if (!result.cleanedDescriptors.isEmpty())
        report->notes.append(tr("%1: removed %2, which held identifiers of the header")
                                 .arg(input, result.cleanedDescriptors.join(QStringLiteral(", "))));
}

} // namespace

DeidentifyReport deidentifyFolder(const DeidentifyRequest &request, ProgressReporter *progress) {
    DeidentifyReport report;
    QElapsedTimer clock;
    clock.start();
    report.error = checkRequest(request);
    if (!report.error.isEmpty())
        return report;
    if (!createPrivateDir(request.outDir)) {
        report.error = tr("cannot create the folder %1").arg(request.outDir);
        return report;
    }
    const QStringList files = filesUnder(request.inDir);
    report.filesSeen = int(files.size());
    ContainedDeidentifier deidentifier(request.key, request.options, absolute(request.outDir));
    report.containmentProblem = deidentifier.containmentProblem();
    MapContent map;
    QSet<QString> outputs;
    const QDir in(request.inDir);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!reportProgress(progress, double(i) / double(files.size()),
                            in.relativeFilePath(files[i]))) {
            report.cancelled = true;
            break;
        }
        collect(files[i], deidentifier.process(files[i]), &report, &map, &outputs);
    }
    removeLeftovers(request.outDir);
    report.patients = int(map.patients.size());
    report.uidsMapped = int(map.uids.size());
    if (const QString error = writeMap(request, map); !error.isEmpty())
        report.error = tr("cannot write the map %1: %2").arg(request.mapPath, error);
    report.seconds = double(clock.elapsed()) / 1000.0;
    reportProgress(progress, 1.0, tr("done"));
    return report;
}

std::unique_ptr<Job> makeDeidentifyJob(DeidentifyRequest request,
                                       std::function<void(const DeidentifyReport &)> done) {
    return makeJob(tr("De-identifying"), [request = std::move(request), done = std::move(done)](
                                             ProgressReporter &progress, const CancelFlag &flag) {
        CancellableProgress cancellable(&progress, flag);
        const DeidentifyReport report = deidentifyFolder(request, &cancellable);
        if (done)
            done(report);
    });
}

} // namespace brainmd
