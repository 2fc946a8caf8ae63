#include "ui/report/LeaderboardReport.h"

#include "common/CsvWriter.h"
#include "common/PrivateFiles.h"
#include "ui/report/LeaderboardHtml.h"
#include "ui/report/LeaderboardPlot.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QJsonValue jnum(double v) {
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QString num(double v, int decimals = 4) {
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QString();
}

QJsonObject cardJson(const LeaderboardCard &c) {
    return QJsonObject{{QStringLiteral("run"), c.runId},
                       {QStringLiteral("label"), c.label},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("status"), c.status},
                       {QStringLiteral("reference"), c.reference},
                       {QStringLiteral("model"), c.model},
                       {QStringLiteral("backend"), c.backend},
                       {QStringLiteral("endpoint"), c.endpoint},
                       {QStringLiteral("temperature"), c.temperature},
                       {QStringLiteral("max_tokens"), c.maxTokens},
                       {QStringLiteral("seed"), QString::number(c.seed)},
                       {QStringLiteral("evaluation"), c.evaluation},
                       {QStringLiteral("task_pack"), c.taskPack},
                       {QStringLiteral("created_at"), c.createdAt},
                       {QStringLiteral("predictions"), c.predictions},
                       {QStringLiteral("prompt_tokens"), c.promptTokens},
                       {QStringLiteral("completion_tokens"), c.completionTokens},
                       {QStringLiteral("cost"), c.cost ? QJsonValue(*c.cost) : QJsonValue()},
                       {QStringLiteral("software_version"), c.softwareVersion.isEmpty()
                                                                ? QJsonValue()
                                                                : QJsonValue(c.softwareVersion)}};
}

QJsonObject cellJson(const LeaderboardCell &cell) {
    QJsonObject o{{QStringLiteral("run"), cell.runId},
                  {QStringLiteral("items"), cell.items},
                  {QStringLiteral("cases"), cell.cases},
                  {QStringLiteral("right"), cell.right},
                  {QStringLiteral("accuracy"), jnum(cell.accuracy.estimate)},
                  {QStringLiteral("accuracy_ci"),
                   QJsonArray{jnum(cell.accuracy.low), jnum(cell.accuracy.high)}},
                  {QStringLiteral("reference"), !cell.vsReference.has_value()}};
    if (cell.vsReference) {
        const PairedComparison &c = *cell.vsReference;
        const Interval &d = c.accuracyDifference.difference;
        o.insert(QStringLiteral("difference"), jnum(d.estimate));
        o.insert(QStringLiteral("difference_ci"), QJsonArray{jnum(d.low), jnum(d.high)});
        o.insert(QStringLiteral("bootstrap_p"), jnum(c.accuracyDifference.pValue));
        o.insert(QStringLiteral("mcnemar_p"), jnum(c.mcnemarP));
        o.insert(QStringLiteral("only_run_right"), c.onlyA);
        o.insert(QStringLiteral("only_reference_right"), c.onlyB);
    }
    return o;
}

} // namespace

QJsonObject leaderboardJson(const Leaderboard &board) {
    QJsonArray runs, conditions;
    for (const LeaderboardCard &c : board.runs)
        runs.append(cardJson(c));
    for (const LeaderboardCondition &c : board.conditions) {
        QJsonArray results;
        for (const LeaderboardCell &cell : c.cells)
            results.append(cellJson(cell));
        conditions.append(
            QJsonObject{{QStringLiteral("condition"), c.condition},
                        {QStringLiteral("slices"), c.slices},
                        {QStringLiteral("views"), c.views},
                        {QStringLiteral("shots"), c.shots},
                        {QStringLiteral("shared_items"), c.items},
                        {QStringLiteral("shared_cases"), c.cases},
                        {QStringLiteral("questions"), QJsonArray::fromStringList(c.questions)},
                        {QStringLiteral("missing_in"), QJsonArray::fromStringList(c.missingIn)},
                        {QStringLiteral("label_conflicts"), c.labelConflicts},
                        {QStringLiteral("results"), results}});
    }
    return QJsonObject{{QStringLiteral("format_version"), kLeaderboardFormatVersion},
                       {QStringLiteral("reference_run"), board.referenceRunId},
                       {QStringLiteral("resamples"), board.resamples},
                       {QStringLiteral("seed"), QString::number(board.seed)},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("conditions"), conditions}};
}

QString leaderboardCsv(const Leaderboard &board) {
    QString csv = csvLine({QStringLiteral("condition"),
                           QStringLiteral("slices"),
                           QStringLiteral("views"),
                           QStringLiteral("shots"),
                           QStringLiteral("run"),
                           QStringLiteral("label"),
                           QStringLiteral("model"),
                           QStringLiteral("reference"),
                           QStringLiteral("items"),
                           QStringLiteral("cases"),
                           QStringLiteral("right"),
                           QStringLiteral("accuracy"),
                           QStringLiteral("accuracy_low"),
                           QStringLiteral("accuracy_high"),
                           QStringLiteral("difference"),
                           QStringLiteral("difference_low"),
                           QStringLiteral("difference_high"),
                           QStringLiteral("bootstrap_p"),
                           QStringLiteral("mcnemar_p"),
                           QStringLiteral("note")});
    for (const LeaderboardCondition &c : board.conditions) {
        const QStringList head{c.condition, c.slices, c.views, QString::number(c.shots)};
        if (!c.hasSharedItems()) {
            csv += csvLine(head + QStringList{QString(), QString(), QString(), QString(),
                                              QStringLiteral("0"), QStringLiteral("0"), QString(),
                                              QString(), QString(), QString(), QString(), QString(),
                                              QString(), QString(), QString(),
                                              QStringLiteral("no shared items")});
            continue;
        }
        for (const LeaderboardCell &cell : c.cells) {
            const LeaderboardCard *card = board.card(cell.runId);
            QStringList row = head;
            row << QString::number(cell.runId) << (card ? card->label : QString())
                << (card ? card->model : QString())
                << (cell.vsReference ? QStringLiteral("0") : QStringLiteral("1"))
                << QString::number(cell.items) << QString::number(cell.cases)
                << QString::number(cell.right) << num(cell.accuracy.estimate)
                << num(cell.accuracy.low) << num(cell.accuracy.high);
            if (cell.vsReference) {
                const Interval &d = cell.vsReference->accuracyDifference.difference;
                row << num(d.estimate) << num(d.low) << num(d.high)
                    << num(cell.vsReference->accuracyDifference.pValue)
                    << num(cell.vsReference->mcnemarP);
            } else {
                row << QString() << QString() << QString() << QString() << QString();
            }
            row << QString();
            csv += csvLine(row);
        }
    }
    return csv;
}

LeaderboardReportResult writeLeaderboardReport(const Leaderboard &board, const QString &outDir) {
    LeaderboardReportResult result;
    if (!createPrivateDir(outDir)) {
        result.error = tr("cannot create %1").arg(outDir);
        return result;
    }
    const QDir dir(outDir);
    auto add = [&](const QString &name, const QByteArray &bytes) {
        const QString path = dir.filePath(name);
        if (const QString error = writePrivateFile(path, bytes);
            !error.isEmpty() && result.error.isEmpty())
            result.error = error;
        result.files.append(path);
    };
    const BenchPlot plot = leaderboardPlot(board);
    const QByteArray png = renderPlotPng(plot);
    add(QStringLiteral("leaderboard.png"), png);
    add(QStringLiteral("leaderboard.svg"), renderPlotSvg(plot));
    add(QStringLiteral("leaderboard.csv"), leaderboardCsv(board).toUtf8());
    add(QStringLiteral("leaderboard.json"),
        QJsonDocument(leaderboardJson(board)).toJson(QJsonDocument::Indented));
    result.htmlPath = dir.filePath(QStringLiteral("leaderboard.html"));
    add(QStringLiteral("leaderboard.html"), leaderboardHtml(board, png).toUtf8());
    return result;
}

} // namespace brainmd
