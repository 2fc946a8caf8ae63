// The confusion matrix with its colour scale, and the small presentation helpers of the
// charts: readable question labels, legends that fit, the highlighted (clicked) bar.
#include "ui/dashboard/DashboardCharts.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

namespace brainmd {

namespace {

/// A heat-map cell: white to deep blue, white text on dark cells to stay readable.
QTableWidgetItem *heatItem(int value, int peak) {
    auto *item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignCenter);
    const double t = static_cast<double>(value) / std::max(1, peak);
    item->setBackground(QColor::fromRgbF(1.0 - 0.85 * t, 1.0 - 0.6 * t, 1.0 - 0.1 * t));
    item->setForeground(t > 0.55 ? Qt::white : Qt::black);
    return item;
}

/// The colour scale as a last row: evenly spaced counts from 0 to `peak`.
void addColourScale(QTableWidget *table, int columns, int peak) {
    const int row = table->rowCount();
    table->setRowCount(row + 1);
    table->setVerticalHeaderItem(
        row, new QTableWidgetItem(QCoreApplication::translate("brainmd", "colour scale")));
    for (int c = 0; c < columns; ++c) {
        const int value =
            columns > 1 ? static_cast<int>(std::lround(double(peak) * c / (columns - 1))) : peak;
        QTableWidgetItem *item = heatItem(value, peak);
        item->setFlags(Qt::ItemIsEnabled); // not a class: not selectable, no drill-down
        item->setData(Qt::UserRole + 1, true);
        item->setToolTip(
            QCoreApplication::translate("brainmd", "the colour of %1 predictions").arg(value));
        table->setItem(row, c, item);
    }
}

} // namespace

QString DashboardCharts::questionLabel(const TaskPack &pack, const QString &questionId,
                                       int maxChars) {
    const auto found = std::find_if(pack.questions.begin(), pack.questions.end(),
                                    [&](const TaskQuestion &q) { return q.id == questionId; });
    if (found == pack.questions.end() || found->prompt.trimmed().isEmpty())
        return questionId;
    QString text = found->prompt;
    text.replace(QLatin1String("{view}"), tr("the image"));
    text.remove(QLatin1String("{options}"));
    text = text.simplified();
    // The question itself: from the end of a preamble ("Looking at …:") to the '?', not
    // the answer instructions that often follow it.
    const qsizetype mark = text.indexOf(QLatin1Char('?'));
    if (mark > 0) {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'), mark);
        const qsizetype stop = text.lastIndexOf(QLatin1Char('.'), mark);
        const qsizetype from = std::max(colon, stop) + 1;
        text = text.mid(from, mark + 1 - from).trimmed();
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
    }
    if (text.size() > maxChars)
        text = text.left(std::max(1, maxChars - 1)).trimmed() + QChar(0x2026);
    return text;
}

void DashboardCharts::fitLegend(QChart *chart, int entries) {
    chart->setProperty("brainmd_legend_entries", entries);
    if (!chart->property("brainmd_legend_fitted").toBool()) {
        chart->setProperty("brainmd_legend_fitted", true);
        QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart] {
            fitLegend(chart, chart->property("brainmd_legend_entries").toInt());
        });
    }
    QLegend *legend = chart->legend();
    legend->setShowToolTips(true); // a label cut short shows in full on hover
    QFont font = legend->font();
    if (entries > 6) {
        // One entry per row on the right; the font follows the chart's height so that the
        // last entry still fits (a row is about 2.5 times the font's pixel height).
        legend->setAlignment(Qt::AlignRight);
        const double rows = chart->size().height() - 64.0; // title and margins
        font.setPixelSize(std::clamp(static_cast<int>(rows / (entries * 2.6)), 6, 12));
    } else {
        legend->setAlignment(Qt::AlignBottom);
        font.setPixelSize(12);
    }
    if (font != legend->font())
        legend->setFont(font);
}

void DashboardCharts::highlightBar(QChart *chart, QBarSet *set, int index) {
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *other : bars->barSets())
                other->deselectAllBars();
        }
    }
    if (set == nullptr)
        return;
    set->setSelectedColor(QColor(0xff, 0x8f, 0x00));
    set->selectBar(index);
}

void DashboardCharts::fillConfusion(QTableWidget *table, const DashboardSelection &selection) {
    table->clear();
    table->setRowCount(0);
    table->setColumnCount(0);
    if (selection.runs.empty())
        return;
    const QuestionScore *s = DashboardData::question(
        selection.runs.front().input->scores, selection.confusionCondition, selection.questionId);
    if (!s)
        return;
    const int n = static_cast<int>(s->classes.size());
    table->setRowCount(n);
    table->setColumnCount(n + 1);
    QStringList columns = s->classes;
    columns.append(tr("no answer"));
    table->setHorizontalHeaderLabels(columns);
    QStringList rows;
    for (const QString &c : s->classes)
        rows.append(tr("truth: %1").arg(c));
    table->setVerticalHeaderLabels(rows);
    int peak = 1;
    for (const auto &row : s->confusion)
        for (int v : row)
            peak = std::max(peak, v);
    for (int r = 0; r < n; ++r) {
        int rowTotal = 0;
        for (int v : s->confusion[static_cast<std::size_t>(r)])
            rowTotal += v;
        for (int c = 0; c <= n; ++c) {
            const int v = s->confusion[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
            auto *item = heatItem(v, peak);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(tr("%1 of %2 with this label (%3 %)")
                                 .arg(v)
                                 .arg(rowTotal)
                                 .arg(rowTotal > 0 ? 100.0 * v / rowTotal : 0.0, 0, 'f', 1));
            item->setData(Qt::UserRole, r == c);
            table->setItem(r, c, item);
        }
    }
    addColourScale(table, n + 1, peak);
}

} // namespace brainmd
