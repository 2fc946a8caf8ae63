#include "workflows/DeidentifyService.h"

#include "common/PrivateFiles.h"
#include "privacy/ContainedDeidentifier.h"
#include "privacy/PseudonymMap.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
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

/// A helper that died while writing leaves its partial file (".part") behind.
void removeLeftovers(const QString &outDir) {
    QDirIterator it(outDir, {QStringLiteral("*.part")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        QFile::remove(it.next());
}

/// What this run has seen so far (the map may hold earlier runs too).
struct RunTally {
    QSet<QString> outputs, patients, uids;
};

void collect(const QString &input, const FileDeidentification &result, DeidentifyReport *report,
             PseudonymMap *map, RunTally *tally) {
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
    if (tally->outputs.contains(result.outputPath))
        report->notes.append(tr("%1: the same instance (SOP Instance UID) as an earlier file; "
                                "one copy kept")
                                 .arg(input));
    tally->outputs.insert(result.outputPath);
    map->add(result);
    tally->patients.insert(result.patient.pseudonym);
    for (const auto &uid : result.uids)
        tally->uids.insert(uid.first);
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
    PseudonymMap map;
    if (!map.load(request.mapPath, request.key, &report.error))
        return report;
    if (!createPrivateDir(request.outDir)) {
        report.error = tr("cannot create the folder %1").arg(request.outDir);
        return report;
    }
    const QStringList files = filesUnder(request.inDir);
    report.filesSeen = int(files.size());
    ContainedDeidentifier deidentifier(request.key, request.options, absolute(request.outDir));
    report.containmentProblem = deidentifier.containmentProblem();
    RunTally tally;
    const QDir in(request.inDir);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!reportProgress(progress, double(i) / double(files.size()),
                            in.relativeFilePath(files[i]))) {
            report.cancelled = true;
            break;
        }
        collect(files[i], deidentifier.process(files[i]), &report, &map, &tally);
    }
    removeLeftovers(request.outDir);
    report.patients = int(tally.patients.size());
    report.uidsMapped = int(tally.uids.size());
    if (const QString error = map.write(request.mapPath, request.key, absolute(request.inDir),
                                        absolute(request.outDir));
        !error.isEmpty())
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
