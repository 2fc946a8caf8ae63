#pragma once

#include "ui/cli/CliCommand.h"

#include <QCoreApplication>

#include <vector>

namespace brainmd {

struct CaseSummary;

/// `brainmd cases --db FILE [--filter TEXT] [--status S] [--json]`: the case list.
class CasesCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CasesCommand)

public:
    QString name() const override { return QStringLiteral("cases"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;

    /// A fixed-width table, one case a line (also used by `brainmd demo`).
    static void printTable(const std::vector<CaseSummary> &cases, QTextStream &out);
};

} // namespace brainmd
