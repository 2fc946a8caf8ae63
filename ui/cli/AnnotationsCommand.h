#pragma once

#include "ui/cli/CliCommand.h"

#include <QCoreApplication>

namespace brainmd {

/// `brainmd annotations export --db FILE --out FILE [--format csv|json]`: every reader's
/// current marks and answers; `brainmd annotations agreement --db FILE --out FILE` the
/// readers' agreement (CSV, or HTML for .html). The same workflows as the workstation's
/// File menu (core/workflows/AnnotationExport).
class AnnotationsCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(AnnotationsCommand)

public:
    QString name() const override { return QStringLiteral("annotations"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace brainmd
