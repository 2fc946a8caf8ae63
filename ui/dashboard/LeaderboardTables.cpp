#include "ui/dashboard/LeaderboardTables.h"

#include "ui/report/LeaderboardText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

#include <cmath>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QString pct(double v) {
    return std::isfinite(v) ? QLocale().toString(100.0 * v, 'f', 1) : QStringLiteral("–");
}

QString signedPct(double v) {
    if (!std::isfinite(v))
        return QStringLiteral("–");
    const QString number = QLocale().toString(100.0 * v, 'f', 1);
    return v > 0.0 ? QLocale().positiveSign() + number : number;
}

const LeaderboardCell *cellOf(const LeaderboardCondition &c, qint64 runId) {
    for (const LeaderboardCell &cell : c.cells) {
        if (cell.runId == runId)
            return &cell;
    }
    return nullptr;
}

QTableWidgetItem *resultItem(const LeaderboardCondition &c, qint64 runId) {
    const LeaderboardCell *cell = cellOf(c, runId);
    if (cell == nullptr)
        return new QTableWidgetItem(tr("no shared items"));
    QString text =
        tr("%1 % (%2–%3)")
            .arg(pct(cell->accuracy.estimate), pct(cell->accuracy.low), pct(cell->accuracy.high));
    auto *item = new QTableWidgetItem;
    if (!cell->vsReference) {
        item->setText(text + QLatin1Char('\n') + tr("reference"));
        return item;
    }
    const PairedComparison &p = *cell->vsReference;
    const Interval &d = p.accuracyDifference.difference;
    item->setText(text + QLatin1Char('\n') +
                  tr("%1 pts (%2 to %3), p %4")
                      .arg(signedPct(d.estimate), signedPct(d.low), signedPct(d.high),
                           p.mcnemarP < 0.001
                               ? QStringLiteral("< ") + QLocale().toString(0.001, 'f', 3)
                               : QLocale().toString(p.mcnemarP, 'f', 3)));
    if (d.low > 0.0)
        item->setForeground(QColor(26, 127, 55));
    else if (d.high < 0.0)
        item->setForeground(QColor(180, 35, 24));
    item->setToolTip(tr("Paired on %1 items of %2 cases: this run right only on %3, the "
                        "reference right only on %4.")
                         .arg(QLocale().toString(p.items), QLocale().toString(cell->cases),
                              QLocale().toString(p.onlyA), QLocale().toString(p.onlyB)));
    return item;
}

} // namespace

void fillLeaderboardTable(QTableWidget *table, const Leaderboard &board) {
    table->clear();
    table->setRowCount(static_cast<int>(board.runs.size()));
    table->setColumnCount(static_cast<int>(board.conditions.size()));
    QStringList columns, rows;
    for (const LeaderboardCondition &c : board.conditions)
        columns.append(tr("%1 / %2\n%3-shot · %4 items, %5 cases")
                           .arg(c.slices, c.views)
                           .arg(c.shots)
                           .arg(QLocale().toString(c.items), QLocale().toString(c.cases)));
    for (const LeaderboardCard &card : board.runs)
        rows.append(card.reference ? tr("%1 (reference)").arg(card.label) : card.label);
    table->setHorizontalHeaderLabels(columns);
    table->setVerticalHeaderLabels(rows);
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c)
            table->setItem(r, c,
                           resultItem(board.conditions[static_cast<std::size_t>(c)],
                                      board.runs[static_cast<std::size_t>(r)].runId));
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
}

void fillLeaderboardCards(QTableWidget *table, const Leaderboard &board) {
    const QStringList columns{tr("Run"),           tr("Model"),
                              tr("Backend"),       tr("Endpoint"),
                              tr("Parameters"),    tr("Task pack"),
                              tr("Created"),       tr("Predictions"),
                              tr("Prompt tokens"), tr("Completion tokens"),
                              tr("Cost"),          tr("Software version")};
    table->clear();
    table->setColumnCount(static_cast<int>(columns.size()));
    table->setHorizontalHeaderLabels(columns);
    table->setRowCount(static_cast<int>(board.runs.size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        const LeaderboardCard &c = board.runs[static_cast<std::size_t>(r)];
        const QStringList cells{
            c.reference ? tr("%1 (reference)").arg(c.label) : c.label,
            c.model,
            c.backend,
            c.endpoint.isEmpty() ? tr("built in") : c.endpoint,
            leaderboardParameters(c, [](double v, int d) { return QLocale().toString(v, 'f', d); }),
            c.taskPack,
            QLocale().toString(QDateTime::fromString(c.createdAt, Qt::ISODateWithMs).toLocalTime(),
                               QLocale::ShortFormat),
            QLocale().toString(c.predictions),
            QLocale().toString(c.promptTokens),
            QLocale().toString(c.completionTokens),
            c.cost ? QLocale().toString(*c.cost, 'f', 2) : tr("no price given"),
            c.softwareVersion.isEmpty() ? tr("not recorded") : c.softwareVersion};
        for (int col = 0; col < cells.size(); ++col)
            table->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    table->resizeColumnsToContents();
}

QString leaderboardNotes(const Leaderboard &board) {
    QStringList lines;
    if (const QStringList questions = leaderboardQuestions(board); !questions.isEmpty())
        lines.append(tr("Questions compared: %1").arg(questions.join(QStringLiteral(", "))));
    for (const LeaderboardCondition &c : board.conditions) {
        if (const QString note = leaderboardConditionNote(c); !note.isEmpty())
            lines.append(QStringLiteral("%1: %2").arg(c.condition, note));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace brainmd
