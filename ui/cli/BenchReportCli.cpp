#include "ui/cli/BenchReportCli.h"

#include "ui/report/PercentText.h"

#include "ui/report/BenchCostText.h"

#include "bench/ControlContrast.h"
#include "common/PrivateFiles.h"
#include "db/BenchRunRepository.h"
#include "db/Database.h"
#include "db/SqlStudyStorage.h"
#include "ui/cli/CliOptions.h"
#include "ui/cli/LeaderboardCli.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QString pct(double v) {
    return percentText(v, QStringLiteral("-"));
}

QString signedPoints(double v) {
    return signedPointsText(v, QStringLiteral("-"));
}

bool parseSub(QCommandLineParser &parser, const QStringList &arguments, const QString &name,
              CliStreams io, bool *helpShown) {
    *helpShown = false;
    parser.addHelpOption();
    QStringList full = arguments;
    full.prepend(QStringLiteral("brainmd bench ") + name);
    if (!parser.parse(full)) {
        io.err << tr("brainmd bench %1: %2\n").arg(name, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        *helpShown = true;
        return false;
    }
    return true;
}

/// The run ids of --run (repeated) and --runs, and --reference (0 when not given); false
/// after telling the user about a value that is not a run id.
bool readRunIds(const QCommandLineParser &parser, const QCommandLineOption &run,
                const QCommandLineOption &runs, const QCommandLineOption &reference,
                std::vector<qint64> *runIds, qint64 *referenceId, CliStreams io) {
    QStringList texts = parser.values(run);
    for (const QString &list : parser.values(runs))
        texts += list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(reference))
        texts.append(parser.value(reference));
    for (const QString &text : texts) {
        bool ok = false;
        const qint64 id = text.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            io.err << tr("brainmd bench report: '%1' is not a run id\n").arg(text);
            return false;
        }
        runIds->push_back(id);
    }
    if (parser.isSet(reference)) {
        *referenceId = runIds->back();
        runIds->pop_back();
    }
    return true;
}

} // namespace

void printRunScores(const Database &db, qint64 runId, QTextStream &out) {
    QString error;
    const auto input = loadScoredRun(*borrowedStorage(db), runId, &error);
    if (!input) {
        out << error << QLatin1Char('\n');
        return;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(tr("condition").leftJustified(26), tr("items").rightJustified(5),
                    tr("acc %").rightJustified(6), tr("95% CI").leftJustified(13),
                    tr("bal %").rightJustified(6), tr("kappa").rightJustified(6),
                    tr("AUROC").rightJustified(6));
    for (const ConditionScore &c : input->scores.conditions)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(c.condition.leftJustified(26), QString::number(c.items).rightJustified(5),
                        pct(c.accuracy.estimate).rightJustified(6),
                        QStringLiteral("%1-%2")
                            .arg(pct(c.accuracy.low), pct(c.accuracy.high))
                            .leftJustified(13),
                        pct(c.balancedAccuracy).rightJustified(6),
                        (std::isfinite(c.kappa) ? QString::number(c.kappa, 'f', 2)
                                                : QStringLiteral("-"))
                            .rightJustified(6),
                        (std::isfinite(c.auroc) ? QString::number(c.auroc, 'f', 2)
                                                : QStringLiteral("-"))
                            .rightJustified(6));
    const std::vector<ControlContrast> controls = controlContrasts(input->scores);
    if (!controls.empty())
        out << tr("Against the control (paired: same cases and questions; points, 95 % CI):\n");
    for (const ControlContrast &r : controls)
        out << tr("  %1 vs %2: %3 (%4 to %5), McNemar p %6%7\n")
                   .arg(r.condition.leftJustified(22), r.control)
                   .arg(signedPoints(r.difference.estimate), signedPoints(r.difference.low),
                        signedPoints(r.difference.high), QString::number(r.mcnemarP, 'g', 2),
                        r.better() ? QString() : tr("  WARNING: not better than its control"));
    if (!input->spread.empty()) {
        QStringList seeds;
        for (std::uint64_t seed : input->spread.seeds)
            seeds.append(QString::number(seed));
        out << tr("Over %1 repeated splits (seeds %2; %3 distinct example pools), accuracy "
                  "%: mean, SD, range:\n")
                   .arg(input->spread.seeds.size())
                   .arg(seeds.join(QStringLiteral(", ")))
                   .arg(input->spread.distinctPools);
        for (const SplitSpreadRow &r : input->spread.rows)
            out << QStringLiteral("  %1 %2 %3 %4-%5\n")
                       .arg(r.condition.leftJustified(24), pct(r.mean).rightJustified(6),
                            pct(r.sd).rightJustified(6), pct(r.min), pct(r.max));
    }
    if (input->asksServer)
        out << benchUsageSummary(input->usage, input->pricing) << QLatin1Char('\n');
    if (input->visibility.empty())
        return;
    out << tr("What the images show of the lesions (model-free, cases with a lesion mask):\n");
    for (const VisibilityRow &r : input->visibility)
        out << tr("  %1 %2 lesion cases, lesion shown %3 % (%4-%5), mean share of the largest "
                  "cross-section %6 % (%7-%8)\n")
                   .arg(r.source.leftJustified(24))
                   .arg(r.lesionCases)
                   .arg(pct(r.shownRate.estimate), pct(r.shownRate.low), pct(r.shownRate.high),
                        pct(r.meanShownShare.estimate), pct(r.meanShownShare.low),
                        pct(r.meanShownShare.high));
}

int benchReportCommand(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    parser.addOption(dbOption());
    const QCommandLineOption run(QStringLiteral("run"),
                                 tr("The run id (see 'brainmd bench list'). Given more than once "
                                    "(or with --runs), writes a leaderboard of the runs."),
                                 QStringLiteral("id"));
    const QCommandLineOption runs(
        QStringLiteral("runs"),
        tr("Comma-separated run ids to compare in a leaderboard (with or instead of --run)."),
        QStringLiteral("ids"));
    const QCommandLineOption reference(
        QStringLiteral("reference"),
        tr("Leaderboard: the run the others are compared with (default: the first run)."),
        QStringLiteral("id"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Folder for the report."),
                                 QStringLiteral("dir"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("html, csv, json (comma-separated; default all). A leaderboard writes all three."),
        QStringLiteral("list"), QStringLiteral("html,csv,json"));
    parser.addOptions({run, runs, reference, out, format});
    bool helpShown = false;
    if (!parseSub(parser, arguments, QStringLiteral("report"), io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;
    const QString dbPath = requireDbPath(parser, QStringLiteral("bench report"), io);
    if (dbPath.isEmpty())
        return ExitFailure;
    if ((!parser.isSet(run) && !parser.isSet(runs)) || !parser.isSet(out)) {
        io.err << tr("brainmd bench report: --run ID (or --runs A,B,...) and --out DIR are "
                     "required\n");
        return ExitFailure;
    }
    std::vector<qint64> runIds;
    qint64 referenceId = 0;
    if (!readRunIds(parser, run, runs, reference, &runIds, &referenceId, io))
        return ExitFailure;
    if (runIds.size() > 1) {
        Database db;
        if (!openDatabase(db, dbPath, QStringLiteral("bench report"), io))
            return ExitFailure;
        return writeLeaderboardCommand(db, runIds, referenceId, parser.value(out), io);
    }
    if (parser.isSet(reference)) {
        io.err << tr("brainmd bench report: --reference needs two or more runs to compare\n");
        return ExitFailure;
    }
    const QStringList formats = parser.value(format).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &f : formats) {
        if (f != QLatin1String("html") && f != QLatin1String("csv") && f != QLatin1String("json")) {
            io.err << tr("brainmd bench report: unknown format '%1' (html, csv, json)\n").arg(f);
            return ExitFailure;
        }
    }
    Database db;
    if (!openDatabase(db, dbPath, QStringLiteral("bench report"), io))
        return ExitFailure;
    QString error;
    const auto input = loadScoredRun(*borrowedStorage(db), runIds.front(), &error);
    if (!input) {
        io.err << tr("brainmd bench report: %1\n").arg(error);
        return ExitFailure;
    }
    // writeBenchReport puts the plots in "plots/"; both folders are made private first.
    if (!createPrivateDir(parser.value(out)) ||
        !createPrivateDir(parser.value(out) + QStringLiteral("/plots"))) {
        io.err << tr("brainmd bench report: cannot create %1\n").arg(parser.value(out));
        return ExitFailure;
    }
    const BenchReportResult written = writeBenchReport(*input, parser.value(out), formats);
    if (!written.error.isEmpty()) {
        io.err << tr("brainmd bench report: %1\n").arg(written.error);
        return ExitFailure;
    }
    if (const QString file = makePrivate(written.files); !file.isEmpty())
        io.err << tr("brainmd bench report: cannot make %1 private to you\n").arg(file);
    io.out << tr("%1 files written to %2\n").arg(written.files.size()).arg(parser.value(out));
    if (!written.htmlPath.isEmpty())
        io.out << tr("Report: %1\n").arg(written.htmlPath);
    return ExitSuccess;
}

int benchListCommand(const QStringList &arguments, CliStreams io) {
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    bool helpShown = false;
    if (!parseSub(parser, arguments, QStringLiteral("list"), io, &helpShown))
        return helpShown ? ExitSuccess : ExitFailure;
    const QString dbPath = requireDbPath(parser, QStringLiteral("bench list"), io);
    if (dbPath.isEmpty())
        return ExitFailure;
    Database db;
    if (!openDatabase(db, dbPath, QStringLiteral("bench list"), io))
        return ExitFailure;
    const auto runs = BenchRunRepository(db).runs();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const BenchRunRecord &r : runs)
            array.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("name"), r.name},
                {QStringLiteral("status"), r.status},
                {QStringLiteral("message"), r.message},
                {QStringLiteral("backend"), r.config.backend.type},
                {QStringLiteral("model"), r.config.backend.model},
                {QStringLiteral("conditions"), static_cast<int>(r.config.conditions.size())},
                {QStringLiteral("predictions"), r.predictions},
                {QStringLiteral("errors"), r.errors},
                {QStringLiteral("created_at"), r.createdAt}});
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    for (const BenchRunRecord &r : runs)
        io.out << tr("%1  %2  %3  %4 conditions  %5 predictions (%6 errors)  %7  %8\n")
                      .arg(r.id)
                      .arg(r.status.leftJustified(9),
                           r.config.backend.type + QLatin1Char(' ') + r.config.backend.model)
                      .arg(r.config.conditions.size())
                      .arg(r.predictions)
                      .arg(r.errors)
                      .arg(r.createdAt, r.message);
    io.out << tr("%1 run(s)\n").arg(runs.size());
    return ExitSuccess;
}

} // namespace brainmd
