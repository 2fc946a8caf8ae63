#include "ui/report/BenchReport.h"

#include "bench/ControlContrast.h"
#include "common/CsvWriter.h"
#include "common/PrivateFiles.h"

#include "ui/report/BenchPlots.h"
#include "ui/report/BenchReportHtml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QString num(double v, int decimals = 3) {
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QString();
}
QJsonValue jnum(double v) {
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QString writeFile(const QString &path, const QByteArray &bytes) {
    return writePrivateFile(path, bytes);
}

QString conditionsCsv(const BenchScores &scores) {
    QString csv =
        csvLine({QStringLiteral("condition"), QStringLiteral("cases"), QStringLiteral("items"),
                 QStringLiteral("accuracy"), QStringLiteral("accuracy_low"),
                 QStringLiteral("accuracy_high"), QStringLiteral("balanced_accuracy"),
                 QStringLiteral("macro_f1"), QStringLiteral("kappa"), QStringLiteral("auroc"),
                 QStringLiteral("abstention_rate"), QStringLiteral("parse_failure_rate"),
                 QStringLiteral("error_rate"), QStringLiteral("mean_latency_ms"),
                 QStringLiteral("mean_tokens")});
    for (const ConditionScore &c : scores.conditions)
        csv += csvLine({c.condition, QString::number(c.cases), QString::number(c.items),
                        num(c.accuracy.estimate), num(c.accuracy.low), num(c.accuracy.high),
                        num(c.balancedAccuracy), num(c.macroF1), num(c.kappa), num(c.auroc),
                        num(c.abstentionRate), num(c.parseFailureRate), num(c.errorRate),
                        num(c.meanLatencyMs, 1), num(c.meanTokens, 1)});
    return csv;
}

QString questionsCsv(const BenchScores &scores) {
    QString csv =
        csvLine({QStringLiteral("condition"), QStringLiteral("question"), QStringLiteral("items"),
                 QStringLiteral("accuracy"), QStringLiteral("accuracy_low"),
                 QStringLiteral("accuracy_high"), QStringLiteral("balanced_accuracy"),
                 QStringLiteral("macro_f1"), QStringLiteral("kappa"), QStringLiteral("auroc"),
                 QStringLiteral("ece"), QStringLiteral("brier"), QStringLiteral("abstained"),
                 QStringLiteral("unparsed"), QStringLiteral("failed")});
    for (const QuestionScore &q : scores.questions)
        csv += csvLine({q.condition, q.questionId, QString::number(q.scores.items),
                        num(q.scores.accuracy), num(q.accuracy.low), num(q.accuracy.high),
                        num(q.scores.balancedAccuracy), num(q.scores.macroF1), num(q.scores.kappa),
                        num(q.scores.auroc), num(q.scores.ece), num(q.scores.brier),
                        QString::number(q.scores.abstained), QString::number(q.scores.unparsed),
                        QString::number(q.scores.failed)});
    return csv;
}

QString comparisonsCsv(const BenchScores &scores) {
    QString csv = csvLine({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("items"),
                           QStringLiteral("only_a_right"), QStringLiteral("only_b_right"),
                           QStringLiteral("accuracy_difference"), QStringLiteral("difference_low"),
                           QStringLiteral("difference_high"), QStringLiteral("bootstrap_p"),
                           QStringLiteral("mcnemar_p")});
    for (const PairedComparison &c : scores.comparisons)
        csv += csvLine({c.a, c.b, QString::number(c.items), QString::number(c.onlyA),
                        QString::number(c.onlyB), num(c.accuracyDifference.difference.estimate),
                        num(c.accuracyDifference.difference.low),
                        num(c.accuracyDifference.difference.high),
                        num(c.accuracyDifference.pValue, 4), num(c.mcnemarP, 4)});
    return csv;
}

QString predictionsCsv(const BenchReportInput &input) {
    QString csv = csvLine(
        {QStringLiteral("case"), QStringLiteral("condition"), QStringLiteral("question"),
         QStringLiteral("rotation"), QStringLiteral("truth"), QStringLiteral("status"),
         QStringLiteral("answer"), QStringLiteral("probability"), QStringLiteral("latency_ms"),
         QStringLiteral("tokens"), QStringLiteral("raw_answer"), QStringLiteral("error")});
    for (const StoredPrediction &p : input.predictions) {
        const auto key = input.caseKeys.find(p.caseId);
        csv += csvLine({key != input.caseKeys.end() ? key->second : QString::number(p.caseId),
                        p.condition, p.questionId, QString::number(p.rotation), p.truth, p.status,
                        p.value, num(p.probability), QString::number(p.latencyMs),
                        QString::number(p.tokens), p.rawAnswer, p.error});
    }
    return csv;
}

QString visibilityCsv(const BenchReportInput &input) {
    QString csv = csvLine(
        {QStringLiteral("source"), QStringLiteral("lesion_cases"), QStringLiteral("shown_cases"),
         QStringLiteral("shown_rate"), QStringLiteral("shown_rate_low"),
         QStringLiteral("shown_rate_high"), QStringLiteral("mean_shown_share"),
         QStringLiteral("mean_shown_share_low"), QStringLiteral("mean_shown_share_high")});
    for (const VisibilityRow &r : input.visibility)
        csv += csvLine({r.source, QString::number(r.lesionCases), QString::number(r.shownCases),
                        num(r.shownRate.estimate), num(r.shownRate.low), num(r.shownRate.high),
                        num(r.meanShownShare.estimate), num(r.meanShownShare.low),
                        num(r.meanShownShare.high)});
    return csv;
}

/// Requests sent, tokens as the server counted them and, with the run's prices, the cost
/// (null without prices).
QJsonObject usageJson(const BenchReportInput &input) {
    const BenchUsage &u = input.usage;
    return QJsonObject{
        {QStringLiteral("requests_sent"), u.requestsSent},
        {QStringLiteral("from_cache"), u.fromCache},
        {QStringLiteral("prompt_tokens"), static_cast<double>(u.promptTokens)},
        {QStringLiteral("completion_tokens"), static_cast<double>(u.completionTokens)},
        {QStringLiteral("responses_without_usage"), u.withoutUsage},
        {QStringLiteral("price_input_per_million"),
         input.pricing ? QJsonValue(input.pricing->inputPerMillion) : QJsonValue()},
        {QStringLiteral("price_output_per_million"),
         input.pricing ? QJsonValue(input.pricing->outputPerMillion) : QJsonValue()},
        {QStringLiteral("cost"),
         input.pricing ? QJsonValue(benchCost(u, *input.pricing)) : QJsonValue()}};
}

QJsonObject scoresJson(const BenchReportInput &input) {
    QJsonArray conditions, questions, comparisons, visibility, controls, spreadRows;
    for (const SplitSpreadRow &r : input.spread.rows)
        spreadRows.append(QJsonObject{{QStringLiteral("condition"), r.condition},
                                      {QStringLiteral("runs"), r.runs},
                                      {QStringLiteral("mean"), jnum(r.mean)},
                                      {QStringLiteral("sd"), jnum(r.sd)},
                                      {QStringLiteral("min"), jnum(r.min)},
                                      {QStringLiteral("max"), jnum(r.max)}});
    QJsonArray runIds, seeds;
    for (qint64 id : input.spread.runIds)
        runIds.append(id);
    for (std::uint64_t seed : input.spread.seeds)
        seeds.append(QString::number(seed));
    const QJsonObject spread{{QStringLiteral("runs"), runIds},
                             {QStringLiteral("seeds"), seeds},
                             {QStringLiteral("distinct_pools"), input.spread.distinctPools},
                             {QStringLiteral("conditions"), spreadRows}};
    for (const ControlContrast &r : controlContrasts(input.scores))
        controls.append(QJsonObject{{QStringLiteral("condition"), r.condition},
                                    {QStringLiteral("control"), r.control},
                                    {QStringLiteral("items"), r.items},
                                    {QStringLiteral("difference"), jnum(r.difference.estimate)},
                                    {QStringLiteral("difference_ci"),
                                     QJsonArray{jnum(r.difference.low), jnum(r.difference.high)}},
                                    {QStringLiteral("mcnemar_p"), jnum(r.mcnemarP)},
                                    {QStringLiteral("better_than_control"), r.better()}});
    for (const VisibilityRow &r : input.visibility)
        visibility.append(
            QJsonObject{{QStringLiteral("source"), r.source},
                        {QStringLiteral("lesion_cases"), r.lesionCases},
                        {QStringLiteral("shown_cases"), r.shownCases},
                        {QStringLiteral("shown_rate"), jnum(r.shownRate.estimate)},
                        {QStringLiteral("shown_rate_ci"),
                         QJsonArray{jnum(r.shownRate.low), jnum(r.shownRate.high)}},
                        {QStringLiteral("mean_shown_share"), jnum(r.meanShownShare.estimate)},
                        {QStringLiteral("mean_shown_share_ci"),
                         QJsonArray{jnum(r.meanShownShare.low), jnum(r.meanShownShare.high)}}});
    for (const ConditionScore &c : input.scores.conditions)
        conditions.append(
            QJsonObject{{QStringLiteral("condition"), c.condition},
                        {QStringLiteral("cases"), c.cases},
                        {QStringLiteral("items"), c.items},
                        {QStringLiteral("accuracy"), jnum(c.accuracy.estimate)},
                        {QStringLiteral("accuracy_ci"),
                         QJsonArray{jnum(c.accuracy.low), jnum(c.accuracy.high)}},
                        {QStringLiteral("balanced_accuracy"), jnum(c.balancedAccuracy)},
                        {QStringLiteral("macro_f1"), jnum(c.macroF1)},
                        {QStringLiteral("kappa"), jnum(c.kappa)},
                        {QStringLiteral("auroc"), jnum(c.auroc)},
                        {QStringLiteral("abstention_rate"), jnum(c.abstentionRate)},
                        {QStringLiteral("parse_failure_rate"), jnum(c.parseFailureRate)},
                        {QStringLiteral("error_rate"), jnum(c.errorRate)},
                        {QStringLiteral("mean_latency_ms"), jnum(c.meanLatencyMs)},
                        {QStringLiteral("mean_tokens"), jnum(c.meanTokens)}});
    for (const QuestionScore &q : input.scores.questions)
        questions.append(
            QJsonObject{{QStringLiteral("condition"), q.condition},
                        {QStringLiteral("question"), q.questionId},
                        {QStringLiteral("items"), q.scores.items},
                        {QStringLiteral("accuracy"), jnum(q.scores.accuracy)},
                        {QStringLiteral("accuracy_ci"),
                         QJsonArray{jnum(q.accuracy.low), jnum(q.accuracy.high)}},
                        {QStringLiteral("balanced_accuracy"), jnum(q.scores.balancedAccuracy)},
                        {QStringLiteral("macro_f1"), jnum(q.scores.macroF1)},
                        {QStringLiteral("kappa"), jnum(q.scores.kappa)},
                        {QStringLiteral("auroc"), jnum(q.scores.auroc)},
                        {QStringLiteral("ece"), jnum(q.scores.ece)},
                        {QStringLiteral("brier"), jnum(q.scores.brier)}});
    for (const PairedComparison &c : input.scores.comparisons)
        comparisons.append(QJsonObject{
            {QStringLiteral("a"), c.a},
            {QStringLiteral("b"), c.b},
            {QStringLiteral("items"), c.items},
            {QStringLiteral("only_a_right"), c.onlyA},
            {QStringLiteral("only_b_right"), c.onlyB},
            {QStringLiteral("difference"), jnum(c.accuracyDifference.difference.estimate)},
            {QStringLiteral("difference_ci"),
             QJsonArray{jnum(c.accuracyDifference.difference.low),
                        jnum(c.accuracyDifference.difference.high)}},
            {QStringLiteral("bootstrap_p"), jnum(c.accuracyDifference.pValue)},
            {QStringLiteral("mcnemar_p"), jnum(c.mcnemarP)}});
    return QJsonObject{
        {QStringLiteral("run"), input.runId},
        {QStringLiteral("name"), input.runName},
        {QStringLiteral("status"), input.status},
        {QStringLiteral("config"), QJsonDocument::fromJson(input.configJson).object()},
        {QStringLiteral("conditions"), conditions},
        {QStringLiteral("questions"), questions},
        {QStringLiteral("comparisons"), comparisons},
        {QStringLiteral("visibility"), visibility},
        {QStringLiteral("control_contrasts"), controls},
        {QStringLiteral("split_spread"), spread},
        // The stored split as is (null for runs planned before splits were stored).
        {QStringLiteral("split"),
         input.split ? QJsonValue(QJsonDocument::fromJson(benchSplitJson(*input.split)).object())
                     : QJsonValue()},
        {QStringLiteral("usage"), usageJson(input)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(input.problems)}};
}

} // namespace

QString htmlEscape(const QString &text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

BenchReportResult writeBenchReport(const BenchReportInput &input, const QString &outDir,
                                   const QStringList &formats) {
    BenchReportResult result;
    const QDir dir(outDir);
    if (!createPrivateDir(dir.filePath(QStringLiteral("plots")))) {
        result.error = tr("cannot create %1").arg(dir.filePath(QStringLiteral("plots")));
        return result;
    }
    std::vector<BenchPlot> figures{accuracyPlot(input.scores)};
    QStringList questions;
    for (const TaskQuestion &q : input.pack.questions)
        questions.append(q.id);
    figures.push_back(questionPlot(input.scores, questions));
    for (const TaskQuestion &q : input.pack.questions) {
        if (q.type == AnswerType::Binary) {
            figures.push_back(rocPlot(input.scores, q.id));
            figures.push_back(calibrationPlot(input.scores, q.id));
        }
    }
    for (const TaskQuestion &q : input.pack.questions)
        figures.push_back(confusionPlot(input.scores, q.id));
    std::vector<std::pair<BenchPlot, QByteArray>> rendered;
    auto add = [&](const QString &name, const QByteArray &bytes) {
        const QString path = dir.filePath(name);
        if (const QString error = writeFile(path, bytes);
            !error.isEmpty() && result.error.isEmpty())
            result.error = error;
        result.files.append(path);
    };
    for (const BenchPlot &plot : figures) {
        const QByteArray png = renderPlotPng(plot);
        add(QStringLiteral("plots/%1.png").arg(plot.name), png);
        add(QStringLiteral("plots/%1.svg").arg(plot.name), renderPlotSvg(plot));
        rendered.emplace_back(plot, png);
    }
    if (formats.contains(QLatin1String("csv"))) {
        add(QStringLiteral("conditions.csv"), conditionsCsv(input.scores).toUtf8());
        add(QStringLiteral("questions.csv"), questionsCsv(input.scores).toUtf8());
        add(QStringLiteral("comparisons.csv"), comparisonsCsv(input.scores).toUtf8());
        add(QStringLiteral("predictions.csv"), predictionsCsv(input).toUtf8());
        if (!input.visibility.empty())
            add(QStringLiteral("visibility.csv"), visibilityCsv(input).toUtf8());
    }
    if (formats.contains(QLatin1String("json")))
        add(QStringLiteral("report.json"),
            QJsonDocument(scoresJson(input)).toJson(QJsonDocument::Indented));
    if (formats.contains(QLatin1String("html"))) {
        result.htmlPath = dir.filePath(QStringLiteral("report.html"));
        add(QStringLiteral("report.html"), benchReportHtml(input, rendered).toUtf8());
    }
    return result;
}

} // namespace brainmd
