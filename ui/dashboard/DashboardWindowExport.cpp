// The dashboard's menus and exports (PNG / SVG charts, CSV tables, the CLI's HTML report).
#include "ui/dashboard/DashboardWindow.h"

#include "common/CsvWriter.h"
#include "common/PrivateFiles.h"
#include "ui/report/BenchReport.h"

#include "ui/dashboard/CaseDrillDown.h"
#include "ui/dashboard/DashboardRunPanel.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTableWidget>

#include <cmath>

namespace brainmd {

namespace {

QString num(double v) {
    return std::isfinite(v) ? QString::number(v, 'g', 6) : QString();
}

} // namespace

void DashboardWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&Dashboard"));
    file->addAction(tr("&New run…"), m_runPanel, &DashboardRunPanel::openDialog);
    file->addAction(tr("&Reload"), QKeySequence::Refresh, this, &DashboardWindow::reload);
    file->addAction(tr("&Export charts, tables and report…"), this,
                    &DashboardWindow::exportWithDialog);
    QAction *board = file->addAction(tr("&Leaderboard…"), this, [this] { openLeaderboard(); });
    board->setObjectName(QStringLiteral("dashboard-leaderboard"));
    board->setToolTip(tr("Compare any number of runs on the items they all evaluated"));
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
}

QString DashboardWindow::exportPng(QChartView *view, const QString &path) const {
    const QPixmap pixmap = view->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG"))
        return tr("cannot write %1").arg(path);
    return {};
}

QString DashboardWindow::exportSvg(QChartView *view, const QString &path) const {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(view->size());
    svg.setViewBox(QRect(QPoint(0, 0), view->size()));
    svg.setTitle(view->chart()->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return tr("cannot write %1").arg(path);
    view->render(&painter);
    painter.end();
    return QFile::exists(path) ? QString() : tr("cannot write %1").arg(path);
}

QString DashboardWindow::exportCsv(const QString &path) const {
    QString csv = csvLine(
        {QStringLiteral("run"), QStringLiteral("condition"), QStringLiteral("cases"),
         QStringLiteral("items"), QStringLiteral("accuracy"), QStringLiteral("accuracy_low"),
         QStringLiteral("accuracy_high"), QStringLiteral("balanced_accuracy"),
         QStringLiteral("macro_f1"), QStringLiteral("kappa"), QStringLiteral("auroc")});
    for (const BenchReportInput *run : {runA(), runB()}) {
        if (!run)
            continue;
        for (const ConditionScore &c : run->scores.conditions)
            csv += csvLine({QString::number(run->runId), c.condition, QString::number(c.cases),
                            QString::number(c.items), num(c.accuracy.estimate), num(c.accuracy.low),
                            num(c.accuracy.high), num(c.balancedAccuracy), num(c.macroF1),
                            num(c.kappa), num(c.auroc)});
    }
    return writePrivateFile(path, csv.toUtf8());
}

QString DashboardWindow::exportCasesCsv(const QString &path) const {
    const QTableWidget *table = m_drill->table();
    QStringList header;
    for (int c = 0; c < table->columnCount(); ++c)
        header.append(table->horizontalHeaderItem(c)->text());
    QString csv = csvLine(header);
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells.append(table->item(r, c) ? table->item(r, c)->text() : QString());
        csv += csvLine(cells);
    }
    return writePrivateFile(path, csv.toUtf8());
}

QString DashboardWindow::exportHtml(const QString &dir, QString *htmlPath) const {
    if (!runA())
        return tr("no run is open");
    const BenchReportResult written =
        writeBenchReport(*runA(), dir, {QStringLiteral("html"), QStringLiteral("csv")});
    if (htmlPath)
        *htmlPath = written.htmlPath;
    return written.error;
}

void DashboardWindow::exportWithDialog() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the dashboard to"));
    if (dir.isEmpty())
        return;
    const QStringList names{QStringLiteral("conditions"), QStringLiteral("questions"),
                            QStringLiteral("roc"), QStringLiteral("calibration")};
    QStringList errors;
    for (int i = 0; i < static_cast<int>(m_views.size()); ++i) {
        const QString base = QDir(dir).filePath(QStringLiteral("dashboard-") + names.at(i));
        for (const QString &e :
             {exportPng(m_views[static_cast<std::size_t>(i)], base + QStringLiteral(".png")),
              exportSvg(m_views[static_cast<std::size_t>(i)], base + QStringLiteral(".svg"))})
            if (!e.isEmpty())
                errors.append(e);
    }
    if (const QString e = exportCsv(QDir(dir).filePath(QStringLiteral("dashboard-scores.csv")));
        !e.isEmpty())
        errors.append(e);
    if (const QString e = exportCasesCsv(QDir(dir).filePath(QStringLiteral("dashboard-cases.csv")));
        !e.isEmpty())
        errors.append(e);
    QString html;
    if (const QString e = exportHtml(QDir(dir).filePath(QStringLiteral("report")), &html);
        !e.isEmpty())
        errors.append(e);
    if (errors.isEmpty())
        QMessageBox::information(this, tr("Export"),
                                 tr("Exported to %1.\nReport: %2").arg(dir, html));
    else
        QMessageBox::warning(this, tr("Export"), errors.join(QLatin1Char('\n')));
}

} // namespace brainmd
