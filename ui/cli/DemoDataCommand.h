#pragma once

#include "ui/cli/CliCommand.h"

#include <QCoreApplication>

namespace brainmd {

struct PhantomOptions;

/// `brainmd demo-data --cases N --seed S --resolution 1|2 --out DIR`: writes a phantom
/// BrainMD (DICOM series, reports, EHR, labels, phantom-truth reference slices).
class DemoDataCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DemoDataCommand)

public:
    QString name() const override { return QStringLiteral("demo-data"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;

    /// Runs the generator with a terminal progress bar; returns an exit code.
    static int generate(const PhantomOptions &options, CliStreams io);
};

} // namespace brainmd
