#include "ui/report/LeaderboardHtml.h"

#include "ui/report/PercentText.h"

#include "ui/report/BenchReport.h"
#include "ui/report/LeaderboardText.h"

#include <QCoreApplication>

#include <cmath>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QString pct(double v) {
    return percentText(v, QStringLiteral("–"));
}

QString signedPct(double v) {
    return signedPointsText(v, QStringLiteral("–"));
}

QString cell(const QString &text) {
    return QStringLiteral("<td>") + htmlEscape(text) + QStringLiteral("</td>");
}

QString headCell(const QString &text, int span = 1) {
    return span > 1 ? QStringLiteral("<th colspan=\"%1\">%2</th>").arg(span).arg(htmlEscape(text))
                    : QStringLiteral("<th>") + htmlEscape(text) + QStringLiteral("</th>");
}

const LeaderboardCell *cellOf(const LeaderboardCondition &c, qint64 runId) {
    for (const LeaderboardCell &cell : c.cells) {
        if (cell.runId == runId)
            return &cell;
    }
    return nullptr;
}

QString resultCell(const LeaderboardCondition &c, qint64 runId) {
    const LeaderboardCell *cell = cellOf(c, runId);
    if (cell == nullptr)
        return QStringLiteral("<td class=\"none\">–</td>");
    QString html =
        QStringLiteral("<td><b>%1</b> <span class=\"ci\">(%2–%3)</span>")
            .arg(pct(cell->accuracy.estimate), pct(cell->accuracy.low), pct(cell->accuracy.high));
    if (!cell->vsReference)
        return html + QStringLiteral("<br><span class=\"ci\">%1</span></td>")
                          .arg(htmlEscape(tr("reference")));
    const PairedComparison &p = *cell->vsReference;
    const Interval &d = p.accuracyDifference.difference;
    const QString cls = d.low > 0.0    ? QStringLiteral("up")
                        : d.high < 0.0 ? QStringLiteral("down")
                                       : QStringLiteral("same");
    return html + QStringLiteral("<br><span class=\"%1\">%2</span> <span class=\"ci\">(%3 to "
                                 "%4), p %5</span></td>")
                      .arg(cls, signedPct(d.estimate), signedPct(d.low), signedPct(d.high),
                           QString::number(p.mcnemarP, 'g', 3));
}

QString boardTable(const Leaderboard &board) {
    QString html = QStringLiteral("<table>\n<tr>") + headCell(tr("run")) + headCell(tr("model"));
    for (const LeaderboardCondition &c : board.conditions)
        html += headCell(QStringLiteral("%1 / %2").arg(c.slices, c.views));
    html += QStringLiteral("</tr>\n<tr><th></th><th></th>");
    for (const LeaderboardCondition &c : board.conditions)
        html += headCell(tr("%1-shot; %2 items, %3 cases").arg(c.shots).arg(c.items).arg(c.cases));
    html += QStringLiteral("</tr>\n");
    for (const LeaderboardCard &card : board.runs) {
        html += QStringLiteral("<tr>") + cell(card.label) + cell(card.model);
        for (const LeaderboardCondition &c : board.conditions)
            html += resultCell(c, card.runId);
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

QString notes(const Leaderboard &board) {
    QString html;
    for (const LeaderboardCondition &c : board.conditions) {
        const QString note = leaderboardConditionNote(c);
        if (!note.isEmpty())
            html += QStringLiteral("<li><b>%1</b>: %2</li>\n")
                        .arg(htmlEscape(c.condition), htmlEscape(note));
    }
    return html.isEmpty() ? QString() : QStringLiteral("<ul>\n") + html + QStringLiteral("</ul>\n");
}

QString cardsTable(const Leaderboard &board) {
    QString html = QStringLiteral("<table>\n<tr>") + headCell(tr("run")) + headCell(tr("model")) +
                   headCell(tr("backend")) + headCell(tr("endpoint")) + headCell(tr("parameters")) +
                   headCell(tr("task pack")) + headCell(tr("created")) + headCell(tr("status")) +
                   headCell(tr("predictions")) + headCell(tr("prompt tokens")) +
                   headCell(tr("completion tokens")) + headCell(tr("cost")) +
                   headCell(tr("software version")) + QStringLiteral("</tr>\n");
    for (const LeaderboardCard &c : board.runs)
        html += QStringLiteral("<tr>") +
                cell(c.reference ? tr("%1 (reference)").arg(c.label) : c.label) + cell(c.model) +
                cell(c.backend) + cell(c.endpoint.isEmpty() ? tr("built in") : c.endpoint) +
                cell(leaderboardParameters(c)) + cell(c.taskPack) + cell(c.createdAt) +
                cell(c.status) + cell(QString::number(c.predictions)) +
                cell(QString::number(c.promptTokens)) + cell(QString::number(c.completionTokens)) +
                cell(c.cost ? QString::number(*c.cost, 'f', 2) : tr("no price given")) +
                cell(c.softwareVersion.isEmpty() ? tr("not recorded") : c.softwareVersion) +
                QStringLiteral("</tr>\n");
    return html + QStringLiteral("</table>\n");
}

} // namespace

QString leaderboardHtml(const Leaderboard &board, const QByteArray &chartPng) {
    const LeaderboardCard *reference = board.card(board.referenceRunId);
    const QString title = tr("BrainBench leaderboard");
    QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src "
            "data:; style-src 'unsafe-inline'\">\n"
            "<title>%1</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}"
            "table{border-collapse:collapse;margin:1em 0;font-size:90%}td,th{border:1px solid "
            "#ccc;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f0f0f0}"
            ".ci{color:#666}.up{color:#1a7f37;font-weight:bold}.down{color:#b42318;"
            "font-weight:bold}.same{color:#444}.none{color:#999}"
            "img{max-width:100%;margin:1em 0;display:block}</style></head><body>\n")
            .arg(htmlEscape(title));
    html += QStringLiteral("<h1>%1</h1>\n").arg(htmlEscape(title));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(htmlEscape(
                    tr("%1 runs compared; reference: %2. Each condition is scored only on its "
                       "shared items: the same case, question and option rotation evaluated by "
                       "every run, with the same label. Accuracy in %, 95 % bootstrap interval "
                       "(%3 resamples of the cases, seed %4). Below it: the paired difference to "
                       "the reference on the same items in points (run − reference; paired "
                       "bootstrap interval over cases) and the exact McNemar p.")
                        .arg(board.runs.size())
                        .arg(reference ? reference->label : QString())
                        .arg(board.resamples)
                        .arg(board.seed)));
    html += boardTable(board);
    if (const QStringList questions = leaderboardQuestions(board); !questions.isEmpty())
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(htmlEscape(
                        tr("Questions compared: %1").arg(questions.join(QStringLiteral(", ")))));
    html += notes(board);
    html += QStringLiteral("<p>%1</p>\n")
                .arg(htmlEscape(tr("McNemar's test counts items as independent; the questions "
                                   "of one case are not, so with few cases trust the interval "
                                   "(cases resampled) more than p. leaderboard.json also holds "
                                   "the paired bootstrap p.")));
    html += QStringLiteral("<h2>%1</h2>\n<img alt=\"%1\" src=\"data:image/png;base64,%2\">\n")
                .arg(htmlEscape(tr("Chart")), QString::fromLatin1(chartPng.toBase64()));
    html += QStringLiteral("<h2>%1</h2>\n").arg(htmlEscape(tr("Runs"))) + cardsTable(board);
    html += QStringLiteral("<p>%1</p>\n</body></html>\n")
                .arg(htmlEscape(tr("Runs may differ in model, prompt, server, seed and split: "
                                   "numbers of one run's own report are over all of its items "
                                   "and are not comparable with these.")));
    return html;
}

} // namespace brainmd
