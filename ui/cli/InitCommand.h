#pragma once

#include "ui/cli/CliCommand.h"

#include <QCoreApplication>

namespace brainmd {

/// `brainmd init --db FILE`: creates a database (or upgrades an older one) and says so.
class InitCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace brainmd
