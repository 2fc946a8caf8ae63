#include "ui/cli/ExportCommand.h"

#include "workflows/CaseVolumes.h"

#include "common/PrivateFiles.h"
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/ReferenceSliceRepository.h"
#include "io/nifti/NiftiIO.h"
#include "ui/cli/CliOptions.h"
#include "ui/cli/ExportSlicesCommand.h"
#include "volume/Orientation.h"
#include "volume/SliceImage.h"

#include <QFile>

namespace brainmd {

QString ExportCommand::summary() const {
    return tr("Export a case's volume as NIfTI ('export volume'), its lesion mask from a DICOM "
              "SEG as a NIfTI label map ('export mask'), a slice as PNG ('export slice') or "
              "representative slices as NIfTI and DICOM key objects ('export slices').");
}

std::optional<CaseSummary> ExportCommand::findCase(const CaseRepository &cases, const QString &id) {
    std::optional<CaseSummary> found = cases.caseByKey(id);
    bool numeric = false;
    const qint64 number = id.toLongLong(&numeric);
    if (!found && numeric)
        found = cases.caseById(number);
    return found;
}

int ExportCommand::run(const QStringList &arguments, CliStreams io) {
    if (arguments.value(0) == QLatin1String("slices"))
        return ExportSlicesCommand().run(arguments.mid(1), io);
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOptions({
        {QStringLiteral("case"), tr("Case key (or numeric case id)."), QStringLiteral("id")},
        {QStringLiteral("out"), tr("Output file (.nii / .nii.gz for volume, .png for slice)."),
         QStringLiteral("file")},
        {QStringLiteral("ras"),
         tr("volume: reorder the voxels to the closest RAS axes (no interpolation).")},
        {QStringLiteral("view"), tr("slice: axial, coronal or sagittal."), QStringLiteral("view")},
        {QStringLiteral("index"), tr("slice: index along the view's axis (default: the middle)."),
         QStringLiteral("n")},
        {QStringLiteral("reference"), tr("slice: take the index from this reference-slice source."),
         QStringLiteral("name")},
    });
    parser.addPositionalArgument(QStringLiteral("what"),
                                 tr("What to export: volume, mask or slice."),
                                 QStringLiteral("volume|mask|slice"));
    bool helpShown = false;
    if (!parse(parser, arguments, io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;
    const QStringList what = parser.positionalArguments();
    if (what != QStringList{QStringLiteral("volume")} &&
        what != QStringList{QStringLiteral("mask")} &&
        what != QStringList{QStringLiteral("slice")}) {
        io.err << tr("brainmd export: say what to export: 'brainmd export volume ...', 'brainmd "
                     "export mask ...' or 'brainmd export slice ...'\n");
        return ExitFailure;
    }
    const QString dbPath = requireDbPath(parser, name(), io);
    if (dbPath.isEmpty())
        return ExitFailure;
    const QString caseId = parser.value(QStringLiteral("case"));
    if (parser.value(QStringLiteral("out")).isEmpty() || caseId.isEmpty()) {
        io.err
            << tr("brainmd export %1: --case ID and --out FILE are required\n").arg(what.first());
        return ExitFailure;
    }
    Database db;
    if (!openDatabase(db, dbPath, QStringLiteral("export"), io))
        return ExitFailure;
    const CaseRepository cases(db);
    const std::optional<CaseSummary> found = findCase(cases, caseId);
    if (!found) {
        io.err << tr("brainmd export: no case '%1' in %2\n").arg(caseId, db.path());
        return ExitFailure;
    }
    if (what.first() == QLatin1String("mask"))
        return exportMask(parser, cases, *found, io);
    return what.first() == QLatin1String("volume") ? exportVolume(parser, cases, *found, io)
                                                   : exportSlice(parser, db, cases, *found, io);
}

int ExportCommand::exportMask(const QCommandLineParser &parser, const CaseRepository &cases,
                              const CaseSummary &found, CliStreams io) const {
    const QString out = parser.value(QStringLiteral("out"));
    if (!out.endsWith(QLatin1String(".nii")) && !out.endsWith(QLatin1String(".nii.gz"))) {
        io.err << tr("brainmd export mask: --out must end in .nii or .nii.gz\n");
        return ExitFailure;
    }
    const std::optional<CaseLabelMap> stored = cases.labelMapFor(found.id);
    if (!stored) {
        io.err << tr("brainmd export mask: case %1 has no lesion mask (import a DICOM SEG that "
                     "references its series)\n")
                      .arg(found.caseKey);
        return ExitFailure;
    }
    if (!stored->labels.ok()) {
        io.err << tr("brainmd export mask: %1\n").arg(stored->labels.error);
        return ExitFailure;
    }
    // Same voxel order as 'export volume' with the same options, so the two overlay.
    const Volume labels = parser.isSet(QStringLiteral("ras")) ? reorientToRas(stored->labels.volume)
                                                              : stored->labels.volume;
    if (const QString error = writeNifti(labels, out); !error.isEmpty()) {
        io.err << tr("brainmd export mask: %1\n").arg(error);
        return ExitFailure;
    }
    if (const QString file = makePrivate({out}); !file.isEmpty())
        io.err << tr("brainmd export: cannot make %1 private to you\n").arg(file);
    io.out << tr("Wrote %1 (label map of DICOM SEG %2; voxel value = segment number).\n")
                  .arg(out, stored->sopInstanceUid);
    return ExitSuccess;
}

int ExportCommand::exportVolume(const QCommandLineParser &parser, const CaseRepository &cases,
                                const CaseSummary &found, CliStreams io) const {
    const QString out = parser.value(QStringLiteral("out"));
    if (!out.endsWith(QLatin1String(".nii")) && !out.endsWith(QLatin1String(".nii.gz"))) {
        io.err << tr("brainmd export volume: --out must end in .nii or .nii.gz\n");
        return ExitFailure;
    }
    CachedVolume cached = cases.volumeFor(found.id);
    if (!cached.ok()) {
        io.err << tr("brainmd export volume: %1\n").arg(cached.error);
        return ExitFailure;
    }
    const Volume volume = parser.isSet(QStringLiteral("ras")) ? reorientToRas(cached.volume)
                                                              : std::move(cached.volume);
    if (const QString error = writeNifti(volume, out); !error.isEmpty()) {
        io.err << tr("brainmd export volume: %1\n").arg(error);
        return ExitFailure;
    }
    if (const QString file = makePrivate({out}); !file.isEmpty())
        io.err << tr("brainmd export: cannot make %1 private to you\n").arg(file);
    io.out << tr("Wrote %1 (%2x%3x%4 voxels).\n")
                  .arg(out)
                  .arg(volume.nx())
                  .arg(volume.ny())
                  .arg(volume.nz());
    return ExitSuccess;
}

int ExportCommand::exportSlice(const QCommandLineParser &parser, const Database &db,
                               const CaseRepository &cases, const CaseSummary &found,
                               CliStreams io) const {
    View view = View::Axial;
    if (!viewFromName(parser.value(QStringLiteral("view")), &view)) {
        io.err << tr("brainmd export slice: --view must be axial, coronal or sagittal\n");
        return ExitFailure;
    }
    const RasCase loaded = loadRasCase(cases, found.id);
    if (!loaded.ok()) {
        io.err << tr("brainmd export slice: %1\n").arg(loaded.error);
        return ExitFailure;
    }
    const Volume &ras = loaded.volume;
    int index = sliceCount(ras, view) / 2;
    if (parser.isSet(QStringLiteral("index"))) {
        bool ok = false;
        index = parser.value(QStringLiteral("index")).toInt(&ok);
        if (!ok || index < 0 || index >= sliceCount(ras, view)) {
            io.err << tr("brainmd export slice: --index must be from 0 to %1\n")
                          .arg(sliceCount(ras, view) - 1);
            return ExitFailure;
        }
    } else if (parser.isSet(QStringLiteral("reference"))) {
        const QString source = parser.value(QStringLiteral("reference"));
        bool matched = false;
        for (const StoredReferenceSlice &s : ReferenceSliceRepository(db).slicesForCase(found.id)) {
            if (s.sourceName == source && s.view == view) {
                index = s.sliceIndex;
                matched = true;
            }
        }
        if (!matched) {
            io.err << tr("brainmd export slice: case %1 has no %2 reference slice from '%3'\n")
                          .arg(found.caseKey, QLatin1String(viewName(view)), source);
            return ExitFailure;
        }
    }
    const WindowLevel &window = loaded.window;
    const QByteArray png = encodePng(extractSlice(ras, view, index), window);
    QFile file(parser.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size()) {
        io.err << tr("brainmd export slice: cannot write %1: %2\n")
                      .arg(file.fileName(), file.errorString());
        return ExitFailure;
    }
    file.close();
    if (const QString failed = makePrivate({file.fileName()}); !failed.isEmpty())
        io.err << tr("brainmd export: cannot make %1 private to you\n").arg(failed);
    io.out << tr("Wrote %1 (%2 slice %3 of case %4).\n")
                  .arg(file.fileName(), QLatin1String(viewName(view)))
                  .arg(index)
                  .arg(found.caseKey);
    return ExitSuccess;
}

} // namespace brainmd
