#pragma once

#include "ui/cli/CliCommand.h"

#include <QCoreApplication>

#include <optional>

namespace brainmd {

struct CaseSummary;
class CaseRepository;
class Database;

/// `brainmd export volume --db FILE --case ID --out X.nii.gz [--ras]`: a case's volume as
/// NIfTI with its true geometry (qform and sform).
/// `brainmd export slice --db FILE --case ID --view V [--index N | --reference NAME]
/// --out X.png`: one slice as the viewer shows it (radiological convention, header or
/// percentile window, square pixels), for reports and for checking data by eye.
class ExportCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;

private:
    int exportVolume(const QCommandLineParser &parser, const CaseRepository &cases,
                     const CaseSummary &found, CliStreams io) const;
    int exportMask(const QCommandLineParser &parser, const CaseRepository &cases,
                   const CaseSummary &found, CliStreams io) const;
    int exportSlice(const QCommandLineParser &parser, const Database &db,
                    const CaseRepository &cases, const CaseSummary &found, CliStreams io) const;
    static std::optional<CaseSummary> findCase(const CaseRepository &cases, const QString &id);
};

} // namespace brainmd
