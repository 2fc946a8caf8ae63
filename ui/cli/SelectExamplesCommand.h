#pragma once

#include "ui/cli/CliCommand.h"

#include <QCoreApplication>

namespace brainmd {

/// `brainmd select-examples --db FILE --method votek|random --count M [--source METHOD]`:
/// chooses M cases to annotate as the few-shot example pool (vote-k over case
/// embeddings, see ExamplePoolService, or uniformly at random), stores the pool and
/// prints it.
class SelectExamplesCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SelectExamplesCommand)

public:
    QString name() const override { return QStringLiteral("select-examples"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace brainmd
