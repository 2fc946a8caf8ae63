#pragma once

#include "ui/cli/CliCommand.h"

#include <QCoreApplication>

namespace brainmd {

struct DeidentifyReport;

/// `brainmd deidentify --in DIR --out DIR --map FILE --key KEYFILE [--keep-descriptors]`:
/// a de-identified copy of a DICOM folder for a research release (PS3.15 E.1 Basic
/// Profile, dates moved per patient, patient characteristics kept, UIDs and patients
/// replaced by keyed values) and the private map back to the originals. A thin caller of
/// workflows/DeidentifyService.h.
class DeidentifyCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DeidentifyCommand)

public:
    QString name() const override { return QStringLiteral("deidentify"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;

private:
    static void printReport(const DeidentifyReport &report, const QString &mapPath, CliStreams io);
};

} // namespace brainmd
