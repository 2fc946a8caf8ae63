#pragma once

#include "ui/cli/CliCommand.h"

#include <QCoreApplication>

namespace brainmd {

struct DatabaseCheckReport;

/// `brainmd db backup|check`: a consistent copy of a case database, and a read-only check
/// of its integrity, foreign keys and schema. Neither creates nor upgrades the database.
class DbCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DbCommand)

public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;

private:
    int runBackup(const QStringList &arguments, CliStreams io) const;
    int runCheck(const QStringList &arguments, CliStreams io) const;
    bool parseSub(QCommandLineParser &parser, const QStringList &arguments, const QString &sub,
                  CliStreams io, bool *helpShown) const;
    static void printReport(const QString &path, const DatabaseCheckReport &report, CliStreams io);
};

} // namespace brainmd
