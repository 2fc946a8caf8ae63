#include "ui/cli/ExportCommand.h"

#include "db/CaseRepository.h"
#include "db/Database.h"
#include "io/nifti/NiftiIO.h"
#include "ui/cli/CliOptions.h"
#include "volume/Orientation.h"

#include <QCoreApplication>

namespace brainmd {


QString ExportCommand::summary() const {
    return tr("Export data: 'export volume' writes a case's volume as NIfTI.");
}

int ExportCommand::run(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    parser.addOption(dbOption());
    const QCommandLineOption caseOption(QStringLiteral("case"), tr("Case key (or numeric case id)."),
                                        QStringLiteral("id"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Output file (.nii or .nii.gz)."),
                                       QStringLiteral("file"));
    const QCommandLineOption rasOption(QStringLiteral("ras"),
                                       tr("Reorder the voxels to the closest RAS axes (no interpolation)."));
    parser.addOptions({caseOption, outOption, rasOption});
    parser.addPositionalArgument(QStringLiteral("what"), tr("What to export: volume."), QStringLiteral("volume"));
    bool helpShown = false;
    if (!parse(parser, arguments, io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;
    if (parser.positionalArguments() != QStringList{QStringLiteral("volume")}) {
        io.err << tr("brainmd export: say what to export: 'brainmd export volume ...'\n");
        return ExitFailure;
    }
    const QString dbPath = requireDbPath(parser, name(), io);
    if (dbPath.isEmpty())
        return ExitFailure;
    const QString out = parser.value(outOption);
    const QString caseId = parser.value(caseOption);
    if (out.isEmpty() || caseId.isEmpty()) {
        io.err << tr("brainmd export volume: --case ID and --out FILE are required\n");
        return ExitFailure;
    }
    if (!out.endsWith(QLatin1String(".nii")) && !out.endsWith(QLatin1String(".nii.gz"))) {
        io.err << tr("brainmd export volume: --out must end in .nii or .nii.gz\n");
        return ExitFailure;
    }
    Database db;
    if (const QString error = db.open(dbPath); !error.isEmpty()) {
        io.err << tr("brainmd export volume: %1\n").arg(error);
        return ExitFailure;
    }
    const CaseRepository cases(db);
    std::optional<CaseSummary> found = cases.caseByKey(caseId);
    bool numeric = false;
    const qint64 id = caseId.toLongLong(&numeric);
    if (!found && numeric)
        found = cases.caseById(id);
    if (!found) {
        io.err << tr("brainmd export volume: no case '%1' in %2\n").arg(caseId, db.path());
        return ExitFailure;
    }
    CachedVolume cached = cases.volumeFor(found->id);
    if (!cached.ok()) {
        io.err << tr("brainmd export volume: %1\n").arg(cached.error);
        return ExitFailure;
    }
    const Volume volume = parser.isSet(rasOption) ? reorientToRas(cached.volume) : std::move(cached.volume);
    if (const QString error = writeNifti(volume, out); !error.isEmpty()) {
        io.err << tr("brainmd export volume: %1\n").arg(error);
        return ExitFailure;
    }
    io.out << tr("Wrote %1 (%2x%3x%4 voxels).\n").arg(out).arg(volume.nx()).arg(volume.ny()).arg(volume.nz());
    return ExitSuccess;
}

} // namespace brainmd
