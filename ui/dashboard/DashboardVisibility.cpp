#include "ui/dashboard/DashboardVisibility.h"

#include "workflows/BenchScoreWorkflow.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

#include <cmath>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QString percent(double v) {
    return std::isfinite(v) ? QLocale().toString(100.0 * v, 'f', 1) : QStringLiteral("–");
}

QString withInterval(const Interval &i) {
    return tr("%1 % (%2–%3)").arg(percent(i.estimate), percent(i.low), percent(i.high));
}

void addRows(QTableWidget *table, const BenchReportInput &run, const QString &label) {
    for (const VisibilityRow &r : run.visibility) {
        const int row = table->rowCount();
        table->insertRow(row);
        const QStringList cells{label, r.source, QLocale().toString(r.lesionCases),
                                withInterval(r.shownRate), withInterval(r.meanShownShare)};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
}

} // namespace

void fillVisibilityTable(QTableWidget *table, const BenchReportInput *a,
                         const BenchReportInput *b) {
    table->clear();
    table->setRowCount(0);
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels({tr("Run"), tr("Slice source"), tr("Lesion cases"),
                                      tr("Lesion shown (95 % CI)"),
                                      tr("Share of the largest cross-section (95 % CI)")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    if (a != nullptr)
        addRows(table, *a, tr("A #%1").arg(a->runId));
    if (b != nullptr)
        addRows(table, *b, tr("B #%1").arg(b->runId));
    if (table->rowCount() == 0) {
        table->insertRow(0);
        auto *note = new QTableWidgetItem(
            tr("No evaluated case of this run has a lesion mask (DICOM SEG), or the run was "
               "planned before visibility was recorded (run it again to record it)."));
        table->setItem(0, 0, note);
        table->setSpan(0, 0, 1, 5);
    }
}

} // namespace brainmd
