#pragma once

#include "ui/cli/CliCommand.h"

#include <QCoreApplication>

namespace brainmd {

/// `brainmd export volume --db FILE --case ID --out X.nii.gz [--ras]`: writes a case's
/// volume as NIfTI with its true geometry (qform and sform).
class ExportCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace brainmd
