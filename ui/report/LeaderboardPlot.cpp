#include "ui/report/LeaderboardPlot.h"

#include "ui/report/PlotFont.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace brainmd {

namespace {

constexpr double kText = 13.0;
constexpr double kSmall = 11.0;
constexpr double kBar = 18.0;      // px per run row
constexpr double kGroupGap = 26.0; // px above each condition's rows (its label)
constexpr double kEmptyGap = 6.0;  // px above a condition without shared items
constexpr double kLegendRow = 18.0;
constexpr int kWidth = 980;
constexpr double kLabelWidth = 250.0; // left: run labels
constexpr double kAxisWidth = 420.0;

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

void text(QPainter &p, double x, double y, const QString &s, double size = kText,
          const QColor &c = Qt::black) {
    PlotFont::draw(p, {x, y}, s, size, c);
}

/// Cuts `s` to `width` px with an ellipsis, so a long run name cannot run into the bars.
QString fit(const QString &s, double width, double size) {
    if (PlotFont::textWidth(s, size) <= width)
        return s;
    QString cut = s;
    while (!cut.isEmpty() && PlotFont::textWidth(cut + QStringLiteral("..."), size) > width)
        cut.chop(1);
    return cut + QStringLiteral("...");
}

QString runName(const LeaderboardCard &card) {
    return card.reference ? tr("%1 (reference)").arg(card.label) : card.label;
}

constexpr double kLegendTop = 66.0;

double barsTop(const Leaderboard &board) {
    return kLegendTop + static_cast<double>(board.runs.size()) * kLegendRow;
}

double barsBottom(const Leaderboard &board) {
    double y = barsTop(board);
    for (const LeaderboardCondition &c : board.conditions)
        y += c.hasSharedItems() ? kGroupGap + static_cast<double>(c.cells.size()) * kBar
                                : kEmptyGap + kBar;
    return y + 4.0;
}

void drawLegend(QPainter &p, const Leaderboard &board, double y) {
    for (std::size_t i = 0; i < board.runs.size(); ++i) {
        const double row = y + static_cast<double>(i) * kLegendRow;
        p.fillRect(QRectF(12, row - 10, 12, 12), leaderboardRunColor(static_cast<int>(i)));
        text(p, 30, row, runName(board.runs[i]), kSmall);
    }
}

/// Vertical grid lines every 10 % over [top, bottom], labelled under the bottom.
void drawAxis(QPainter &p, double left, double top, double bottom, const NumberFormat &format) {
    p.setPen(QPen(QColor(215, 215, 215), 1));
    for (int i = 0; i <= 10; ++i) {
        const double x = left + i / 10.0 * kAxisWidth;
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
        const QString label = format(i * 10.0, 0);
        text(p, x - PlotFont::textWidth(label, kSmall) / 2.0, bottom + 16, label, kSmall);
    }
    const QString axis = tr("accuracy on the shared items (%)");
    text(p, left + kAxisWidth / 2.0 - PlotFont::textWidth(axis, kText) / 2.0, bottom + 34, axis);
}

QString differenceText(const LeaderboardCell &cell, const NumberFormat &format) {
    if (!cell.vsReference)
        return tr("%1 % (reference)").arg(format(100.0 * cell.accuracy.estimate, 1));
    const Interval &d = cell.vsReference->accuracyDifference.difference;
    const QString sign = d.estimate > 0.0 ? QStringLiteral("+") : QString();
    const double p = cell.vsReference->mcnemarP;
    return tr("%1 %, %2%3 pts, p %4")
        .arg(format(100.0 * cell.accuracy.estimate, 1), sign, format(100.0 * d.estimate, 1),
             p < 0.001 ? QStringLiteral("< ") + format(0.001, 3) : format(p, 3));
}

void drawBar(QPainter &p, const LeaderboardCell &cell, double left, double y, const QColor &color,
             const NumberFormat &format) {
    const double value = std::isfinite(cell.accuracy.estimate) ? cell.accuracy.estimate : 0.0;
    p.fillRect(QRectF(left, y + 2, value * kAxisWidth, kBar - 5), color);
    if (std::isfinite(cell.accuracy.low) && std::isfinite(cell.accuracy.high)) {
        p.setPen(QPen(Qt::black, 1.5));
        const double lo = left + cell.accuracy.low * kAxisWidth;
        const double hi = left + cell.accuracy.high * kAxisWidth;
        const double mid = y + kBar / 2.0 - 1.0;
        p.drawLine(QPointF(lo, mid), QPointF(hi, mid));
        p.drawLine(QPointF(lo, mid - 4), QPointF(lo, mid + 4));
        p.drawLine(QPointF(hi, mid - 4), QPointF(hi, mid + 4));
    }
    text(p, left + kAxisWidth + 10, y + kBar - 5, differenceText(cell, format), kSmall);
}

void paintBoard(QPainter &p, const Leaderboard &board, const NumberFormat &format) {
    text(p, 12, 22, tr("Accuracy on the items all compared runs share"));
    text(p, 12, 40,
         tr("Bars: accuracy with 95% bootstrap interval (cases resampled). Beside: accuracy, "
            "difference to the reference in points, McNemar p."),
         kSmall);
    drawLegend(p, board, kLegendTop);
    const double left = kLabelWidth + 12.0;
    drawAxis(p, left, barsTop(board), barsBottom(board), format);
    double y = barsTop(board);
    for (const LeaderboardCondition &c : board.conditions) {
        if (!c.hasSharedItems()) {
            y += kEmptyGap;
            text(p, 12, y + kBar - 5, tr("%1   no shared items").arg(c.condition), kText,
                 QColor(150, 60, 40));
            y += kBar;
            continue;
        }
        y += kGroupGap;
        text(p, 12, y - 8,
             tr("%1   (%2 items, %3 cases)").arg(c.condition).arg(c.items).arg(c.cases));
        for (std::size_t r = 0; r < c.cells.size(); ++r) {
            const LeaderboardCard *card = board.card(c.cells[r].runId);
            text(p, 24, y + kBar - 5, fit(card ? card->label : QString(), kLabelWidth - 16, kSmall),
                 kSmall);
            drawBar(p, c.cells[r], left, y, leaderboardRunColor(static_cast<int>(r)), format);
            y += kBar;
        }
    }
}

} // namespace

QColor leaderboardRunColor(int index) {
    static const QColor palette[] = {
        QColor(52, 110, 185), QColor(220, 110, 30), QColor(46, 150, 80),   QColor(180, 60, 70),
        QColor(120, 90, 150), QColor(140, 100, 60), QColor(200, 100, 170), QColor(110, 110, 110)};
    return palette[static_cast<std::size_t>(index) % std::size(palette)];
}

BenchPlot leaderboardPlot(const Leaderboard &board, const NumberFormat &format) {
    const QSize size(kWidth, static_cast<int>(barsBottom(board) + 46.0));
    return {QStringLiteral("leaderboard"), tr("BrainBench leaderboard"), size,
            [board, format](QPainter &p) {
                paintBoard(p, board, format);
            }};
}

} // namespace brainmd
