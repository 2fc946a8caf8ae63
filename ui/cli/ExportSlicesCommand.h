#pragma once

#include "ui/cli/CliCommand.h"

#include <QCoreApplication>

namespace brainmd {

/// `brainmd export slices --db FILE --source reader:NAME|consensus|method:NAME --out DIR
/// [--cases IDS] [--format nifti,kos]`: the representative slices of a reader, the
/// consensus or a selection method in the BrainMD-select layout (2D NIfTI per slice, a
/// manifest) and as DICOM Key Object Selection documents ("Best In Set") for PACS viewers.
/// Reached through `brainmd export slices`; see db/SliceExportService.h for the layout.
class ExportSlicesCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportSlicesCommand)

public:
    QString name() const override { return QStringLiteral("export slices"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace brainmd
