#pragma once

#include "ui/cli/CliCommand.h"

#include <QCoreApplication>

namespace brainmd {

/// `brainmd demo --out DIR`: the main job of the README, end to end on phantom data:
/// phantom BrainMD → database → import → case list. Re-running reuses what is there
/// (the phantom folder, the database) and adds nothing twice.
class DemoCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace brainmd
