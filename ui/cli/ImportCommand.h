#pragma once

#include "ui/cli/CliCommand.h"

#include <QCoreApplication>

namespace brainmd {

struct ImportReport;

/// `brainmd import --db FILE PATH... [--reports F] [--labels F] [--references F] [--json]`
class ImportCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;

    /// Prints the report as text (problems with path and reason) or as JSON.
    static void printReport(const ImportReport &report, bool asJson, CliStreams io);
    /// Exit code for a report: 2 fatal, 1 problems listed, 0 clean.
    static int exitCodeFor(const ImportReport &report);
};

} // namespace brainmd
