#pragma once

#include "ui/cli/CliCommand.h"

#include <QCoreApplication>

#include <vector>

namespace brainmd {

class Database;
struct SelectionRequest;
struct SelectionSummary;

/// `brainmd select --db FILE --method votemi|random|centre [...]`: chooses one slice per
/// view for each case on a worker pool and stores it. A case already selected with the
/// same parameters is skipped; --force recomputes it and stores a new revision only when
/// the result differs (otherwise it reports "identical"). --debug-dir (one --case) also
/// writes the run's intermediate data (see writeSelectionDebug) and implies --force.
class SelectCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SelectCommand)

public:
    QString name() const override { return QStringLiteral("select"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;

    /// Runs a batch with a terminal progress bar (Ctrl+C cancels); VAE weights are
    /// prepared first when the embedder is "vae" (`vaeWeightsFile` may name them).
    static SelectionSummary runBatch(const Database &db, SelectionRequest *request,
                                     const QString &vaeWeightsFile, const QString &label);
    /// Case ids from a comma-separated list of ids or case keys; all cases when empty.
    static std::vector<qint64> resolveCases(const Database &db, const QString &list,
                                            QString *error);
    /// One line per case and a summary with the rate.
    static void printSummary(const SelectionSummary &summary, int threads, QTextStream &out);
    static QByteArray summaryJson(const SelectionRequest &request, const SelectionSummary &summary);
};

} // namespace brainmd
