#include "ui/report/BenchReportHtml.h"

#include "ui/report/PercentText.h"

#include "ui/report/BenchCostText.h"

#include "bench/ControlContrast.h"
#include "ui/report/BenchSplitText.h"

#include <QCoreApplication>

#include <cmath>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QString tr(const char *text, const char *comment, int n) {
    return QCoreApplication::translate("brainmd", text, comment, n);
}

constexpr int kAnswerRowsShown = 200;

QString pct(double v) {
    return percentText(v, QStringLiteral("–"));
}
QString fixed(double v, int d = 3) {
    return std::isfinite(v) ? QString::number(v, 'f', d) : QStringLiteral("–");
}

QString cell(const QString &text) {
    return QStringLiteral("<td>") + htmlEscape(text) + QStringLiteral("</td>");
}
QString head(const QStringList &names) {
    QString row = QStringLiteral("<tr>");
    for (const QString &n : names)
        row += QStringLiteral("<th>") + htmlEscape(n) + QStringLiteral("</th>");
    return row + QStringLiteral("</tr>\n");
}

QString conditionTable(const BenchScores &scores) {
    QString html =
        QStringLiteral("<table>\n") +
        head({tr("condition"), tr("cases"), tr("items"), tr("accuracy %"), tr("95% CI"),
              tr("balanced acc %"), tr("macro-F1"), tr("kappa"), tr("AUROC"), tr("abstained %"),
              tr("unparsed %"), tr("errors %"), tr("latency ms"), tr("tokens")});
    for (const ConditionScore &c : scores.conditions)
        html += QStringLiteral("<tr>") + cell(c.condition) + cell(QString::number(c.cases)) +
                cell(QString::number(c.items)) + cell(pct(c.accuracy.estimate)) +
                cell(pct(c.accuracy.low) + QStringLiteral(" – ") + pct(c.accuracy.high)) +
                cell(pct(c.balancedAccuracy)) + cell(fixed(c.macroF1)) + cell(fixed(c.kappa)) +
                cell(fixed(c.auroc)) + cell(pct(c.abstentionRate)) + cell(pct(c.parseFailureRate)) +
                cell(pct(c.errorRate)) + cell(fixed(c.meanLatencyMs, 1)) +
                cell(fixed(c.meanTokens, 1)) + QStringLiteral("</tr>\n");
    return html + QStringLiteral("</table>\n");
}

QString comparisonTable(const BenchScores &scores) {
    QString html = QStringLiteral("<table>\n") +
                   head({tr("A"), tr("B"), tr("items"), tr("A only right"), tr("B only right"),
                         tr("A − B (points)"), tr("95% CI"), tr("bootstrap p"), tr("McNemar p")});
    for (const PairedComparison &c : scores.comparisons) {
        const Interval &d = c.accuracyDifference.difference;
        html += QStringLiteral("<tr>") + cell(c.a) + cell(c.b) + cell(QString::number(c.items)) +
                cell(QString::number(c.onlyA)) + cell(QString::number(c.onlyB)) +
                cell(pct(d.estimate)) + cell(pct(d.low) + QStringLiteral(" – ") + pct(d.high)) +
                cell(fixed(c.accuracyDifference.pValue, 4)) + cell(fixed(c.mcnemarP, 4)) +
                QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

QString controlTable(const std::vector<ControlContrast> &rows) {
    QString html =
        QStringLiteral("<table>\n") +
        head({tr("condition"), tr("control"), tr("items"), tr("condition − control (points)"),
              tr("95% CI"), tr("McNemar p"), tr("verdict")});
    for (const ControlContrast &r : rows)
        html += QStringLiteral("<tr>") + cell(r.condition) + cell(r.control) +
                cell(QString::number(r.items)) + cell(pct(r.difference.estimate)) +
                cell(pct(r.difference.low) + QStringLiteral(" – ") + pct(r.difference.high)) +
                cell(fixed(r.mcnemarP, 4)) +
                cell(r.better() ? tr("better than its control")
                                : tr("WARNING: not better than its control")) +
                QStringLiteral("</tr>\n");
    return html + QStringLiteral("</table>\n");
}

QString spreadTable(const SplitSpread &spread) {
    QString html =
        QStringLiteral("<table>\n") + head({tr("condition"), tr("runs"), tr("mean accuracy %"),
                                            tr("SD (points)"), tr("range %")});
    for (const SplitSpreadRow &r : spread.rows)
        html += QStringLiteral("<tr>") + cell(r.condition) + cell(QString::number(r.runs)) +
                cell(pct(r.mean)) + cell(pct(r.sd)) +
                cell(pct(r.min) + QStringLiteral(" – ") + pct(r.max)) + QStringLiteral("</tr>\n");
    return html + QStringLiteral("</table>\n");
}

QString visibilityTable(const std::vector<VisibilityRow> &rows) {
    QString html = QStringLiteral("<table>\n") +
                   head({tr("slice source"), tr("lesion cases"), tr("lesion shown %"), tr("95% CI"),
                         tr("mean share of largest cross-section %"), tr("95% CI")});
    for (const VisibilityRow &r : rows)
        html +=
            QStringLiteral("<tr>") + cell(r.source) + cell(QString::number(r.lesionCases)) +
            cell(pct(r.shownRate.estimate)) +
            cell(pct(r.shownRate.low) + QStringLiteral(" – ") + pct(r.shownRate.high)) +
            cell(pct(r.meanShownShare.estimate)) +
            cell(pct(r.meanShownShare.low) + QStringLiteral(" – ") + pct(r.meanShownShare.high)) +
            QStringLiteral("</tr>\n");
    return html + QStringLiteral("</table>\n");
}

QString questionTable(const BenchScores &scores) {
    QString html =
        QStringLiteral("<table>\n") +
        head({tr("condition"), tr("question"), tr("items"), tr("accuracy %"), tr("95% CI"),
              tr("balanced acc %"), tr("macro-F1"), tr("kappa"), tr("AUROC"), tr("ECE"),
              tr("Brier"), tr("abstained"), tr("unparsed"), tr("errors")});
    for (const QuestionScore &q : scores.questions)
        html += QStringLiteral("<tr>") + cell(q.condition) + cell(q.questionId) +
                cell(QString::number(q.scores.items)) + cell(pct(q.scores.accuracy)) +
                cell(pct(q.accuracy.low) + QStringLiteral(" – ") + pct(q.accuracy.high)) +
                cell(pct(q.scores.balancedAccuracy)) + cell(fixed(q.scores.macroF1)) +
                cell(fixed(q.scores.kappa)) + cell(fixed(q.scores.auroc)) +
                cell(fixed(q.scores.ece)) + cell(fixed(q.scores.brier)) +
                cell(QString::number(q.scores.abstained)) +
                cell(QString::number(q.scores.unparsed)) + cell(QString::number(q.scores.failed)) +
                QStringLiteral("</tr>\n");
    return html + QStringLiteral("</table>\n");
}

/// Answers that were not clean: unparsed, abstained, errors (first rows only).
QString answerTable(const BenchReportInput &input) {
    QString html = QStringLiteral("<table>\n") +
                   head({tr("case"), tr("condition"), tr("question"), tr("truth"), tr("status"),
                         tr("model answer"), tr("error")});
    int shown = 0;
    for (const StoredPrediction &p : input.predictions) {
        if (p.status == QLatin1String("answered") || shown >= kAnswerRowsShown)
            continue;
        ++shown;
        const auto key = input.caseKeys.find(p.caseId);
        html += QStringLiteral("<tr>") +
                cell(key != input.caseKeys.end() ? key->second : QString::number(p.caseId)) +
                cell(p.condition) + cell(p.questionId) + cell(p.truth) + cell(p.status) +
                cell(p.rawAnswer.left(500)) + cell(p.error) + QStringLiteral("</tr>\n");
    }
    if (shown == 0)
        return QStringLiteral("<p>") +
               htmlEscape(tr("Every answer was read as one of the options.")) +
               QStringLiteral("</p>\n");
    return html + QStringLiteral("</table>\n");
}

} // namespace

QString benchReportHtml(const BenchReportInput &input,
                        const std::vector<std::pair<BenchPlot, QByteArray>> &plots) {
    QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src "
            "data:; style-src 'unsafe-inline'\">\n"
            "<title>%1</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}"
            "table{border-collapse:collapse;margin:1em 0;font-size:90%}td,th{border:1px solid "
            "#ccc;padding:3px 6px;"
            "text-align:left}th{background:#f0f0f0}img{max-width:100%;margin:1em 0;display:block}"
            "pre{background:#f6f6f6;padding:1em;overflow:auto}</style></head><body>\n")
            .arg(htmlEscape(tr("BrainBench run %1").arg(input.runId)));
    html += QStringLiteral("<h1>%1</h1>\n")
                .arg(htmlEscape(tr("BrainBench run %1 %2").arg(input.runId).arg(input.runName)));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(htmlEscape(
                    tr("Status: %1. Created %2. Task pack %3 %4.")
                        .arg(input.status, input.createdAt, input.pack.name, input.pack.version)));
    if (!input.message.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>\n").arg(htmlEscape(input.message));
    html += QStringLiteral("<h2>%1</h2>\n").arg(htmlEscape(tr("Evaluation protocol")));
    html += input.split
                ? QStringLiteral("<p>%1</p>\n<p>%2</p>\n")
                      .arg(htmlEscape(benchSplitSummary(*input.split)),
                           htmlEscape(benchSplitPoolLine(*input.split)))
                : QStringLiteral("<p>%1</p>\n")
                      .arg(htmlEscape(tr("This run was planned before the split was stored: "
                                         "leave-one-out evaluation, the pool's cases evaluated "
                                         "too.")));
    if (input.asksServer)
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(htmlEscape(benchUsageSummary(input.usage, input.pricing)));
    html += QStringLiteral("<h2>%1</h2>\n").arg(htmlEscape(tr("Scores per condition"))) +
            conditionTable(input.scores);
    html += QStringLiteral("<p>%1</p>\n")
                .arg(htmlEscape(tr("Accuracy counts every item: abstentions, unreadable answers "
                                   "and errors are never right. Intervals: "
                                   "bootstrap percentile, cases resampled. Controls (blank, none) "
                                   "show what a backend answers without "
                                   "seeing the case.")));
    if (const std::vector<ControlContrast> controls = controlContrasts(input.scores);
        !controls.empty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(htmlEscape(tr("Against the control"))) +
                controlTable(controls);
        QStringList weak;
        for (const ControlContrast &r : controls) {
            if (!r.better())
                weak.append(r.condition);
        }
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(htmlEscape(tr("Each condition against the same views and shots with "
                                       "blank images (or no image): what seeing the case adds "
                                       "to what the backend answers anyway. Better: the 95 % "
                                       "interval of the paired difference lies above zero.")));
        if (!weak.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>\n")
                        .arg(htmlEscape(
                            tr("Warning: %n condition(s) did no better than their control, so "
                               "their scores do not show that the images were used: %1.",
                               nullptr, static_cast<int>(weak.size()))
                                .arg(weak.join(QStringLiteral(", ")))));
    }
    if (!input.spread.empty()) {
        QStringList seeds;
        for (std::uint64_t seed : input.spread.seeds)
            seeds.append(QString::number(seed));
        html += QStringLiteral("<h2>%1</h2>\n").arg(htmlEscape(tr("Spread over repeated splits"))) +
                spreadTable(input.spread);
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(htmlEscape(
                        tr("Runs %1 repeat this configuration with seeds %2 (%3 distinct example "
                           "pools; a vote-k pool is the same for every seed, a random one is "
                           "drawn anew). The spread shows how much a figure moves with the split; "
                           "the bootstrap interval above only resamples the cases of this one.")
                            .arg([&] {
                                QStringList ids;
                                for (qint64 id : input.spread.runIds)
                                    ids.append(QString::number(id));
                                return ids.join(QStringLiteral(", "));
                            }())
                            .arg(seeds.join(QStringLiteral(", ")))
                            .arg(input.spread.distinctPools)));
    }
    html += QStringLiteral("<h2>%1</h2>\n")
                .arg(htmlEscape(tr("Paired comparisons (same cases and questions)"))) +
            comparisonTable(input.scores);
    if (!input.visibility.empty()) {
        html += QStringLiteral("<h2>%1</h2>\n")
                    .arg(htmlEscape(tr("What the images show of the lesions (model-free)"))) +
                visibilityTable(input.visibility);
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(htmlEscape(
                        tr("Lesion cases: evaluated cases with a lesion mask (DICOM SEG). Shown: "
                           "a shown slice contains lesion voxels (Wilson interval). Share: lesion "
                           "area on the shown slice over the area of its largest cross-section in "
                           "that view, the best shown view (bootstrap interval). The 'oracle' "
                           "baseline turns this into the accuracy ceiling of a 2D reader of these "
                           "images.")));
    }
    html += QStringLiteral("<h2>%1</h2>\n").arg(htmlEscape(tr("Plots")));
    for (const auto &[plot, png] : plots)
        html += QStringLiteral("<h3>%1</h3>\n<img alt=\"%1\" src=\"data:image/png;base64,%2\">\n")
                    .arg(htmlEscape(plot.title), QString::fromLatin1(png.toBase64()));
    html += QStringLiteral("<h2>%1</h2>\n").arg(htmlEscape(tr("Scores per question"))) +
            questionTable(input.scores);
    html += QStringLiteral("<h2>%1</h2>\n").arg(htmlEscape(tr("Answers not read as an option")));
    html += answerTable(input);
    if (!input.problems.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(htmlEscape(tr("Left out")));
        for (const QString &problem : input.problems)
            html += QStringLiteral("<li>%1</li>\n").arg(htmlEscape(problem));
        html += QStringLiteral("</ul>\n");
    }
    html +=
        QStringLiteral("<h2>%1</h2>\n<pre>%2</pre>\n</body></html>\n")
            .arg(htmlEscape(tr("Configuration")), htmlEscape(QString::fromUtf8(input.configJson)));
    return html;
}

} // namespace brainmd
