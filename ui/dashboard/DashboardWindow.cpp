#include "ui/dashboard/DashboardWindow.h"

#include "ui/dashboard/DashboardVisibility.h"

#include "bench/BenchPlan.h"
#include "db/BenchRunRepository.h"
#include "ui/dashboard/CaseDrillDown.h"
#include "ui/dashboard/DashboardRunLoader.h"
#include "ui/dashboard/DashboardRunPanel.h"
#include "ui/jobs/Workspace.h"
#include "ui/report/BenchCostText.h"
#include "ui/report/BenchSplitText.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFont>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace brainmd {

DashboardWindow::DashboardWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_db(workspace.database())
    , m_loader(new DashboardRunLoader(workspace, this)) {
    setWindowTitle(tr("BrainBench dashboard"));
    buildUi();
    buildMenus();
    fillRunBoxes();
    m_sinceRefresh.start();
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::buildUi() {
    auto *bar = addToolBar(tr("Selection"));
    bar->setObjectName(QStringLiteral("dashboardSelection"));
    auto addBox = [&bar](const QString &label, QComboBox **box) {
        bar->addWidget(new QLabel(label + QLatin1Char(' ')));
        *box = new QComboBox;
        (*box)->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        bar->addWidget(*box);
        bar->addSeparator();
    };
    addBox(tr("Label source:"), &m_labelBox);
    addBox(tr("Run:"), &m_runBox);
    addBox(tr("Compare with:"), &m_compareBox);
    addToolBarBreak();
    bar = addToolBar(tr("Chart options"));
    bar->setObjectName(QStringLiteral("dashboardOptions"));
    addBox(tr("Metric:"), &m_metricBox);
    addBox(tr("Question:"), &m_questionBox);
    addBox(tr("Condition:"), &m_conditionBox);
    m_conditionBox->setToolTip(tr("The confusion matrix shows this condition; the per-question "
                                  "breakdown shows the conditions with its views and shots."));
    m_metricBox->addItems(DashboardData::metricNames());

    for (int i = 0; i < 4; ++i) {
        auto *chart = new QChart;
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setAnimationOptions(QChart::NoAnimation);
        auto *view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(420, 300);
        m_views.push_back(view);
    }
    m_confusion = new QTableWidget;
    m_confusion->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_confusion->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_confusion->setToolTip(tr("Rows: manual label; columns: parsed answer. Click a cell to "
                               "list its cases."));
    auto *confusionBox = new QWidget;
    auto *cl = new QVBoxLayout(confusionBox);
    m_confusionTitle = new QLabel;
    m_confusionTitle->setTextFormat(Qt::PlainText);
    m_confusionTitle->setWordWrap(true);
    cl->addWidget(m_confusionTitle);
    cl->addWidget(m_confusion);
    m_gain = new QLabel;
    m_gain->setWordWrap(true);
    m_gain->setTextFormat(Qt::PlainText);
    m_summary = new QLabel;
    m_summary->setTextFormat(Qt::PlainText);
    // The per-question chart, ROC and calibration share the full width in tabs: their
    // category labels and legends need it.
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_views[1], tr("Per question"));
    m_tabs->addTab(m_views[2], tr("ROC"));
    m_tabs->addTab(m_views[3], tr("Calibration"));
    m_visibility = new QTableWidget;
    m_visibility->setObjectName(QStringLiteral("visibilityTable"));
    m_visibility->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_visibility->verticalHeader()->hide();
    m_visibility->setToolTip(
        tr("Model-free: whether the images a slice source showed contain the lesion of the "
           "case's mask (DICOM SEG), and how much of its largest cross-section. The 'oracle' "
           "baseline turns this into the accuracy ceiling of these images."));
    m_tabs->addTab(m_visibility, tr("Lesion visibility"));
    for (QChartView *view : {m_views[1], m_views[2], m_views[3]}) {
        QFont font = view->chart()->legend()->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        view->chart()->legend()->setFont(font);
        view->chart()->legend()->setAlignment(Qt::AlignRight);
    }
    auto *central = new QWidget;
    auto *grid = new QGridLayout(central);
    grid->addWidget(m_summary, 0, 0, 1, 3);
    grid->addWidget(m_gain, 1, 0, 1, 3);
    grid->addWidget(m_views[0], 2, 0, 1, 2);
    grid->addWidget(confusionBox, 2, 2);
    grid->addWidget(m_tabs, 3, 0, 1, 3);
    grid->setRowStretch(2, 1);
    grid->setRowStretch(3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    setCentralWidget(central);

    m_drill = new CaseDrillDown;
    m_drill->setMinimumWidth(460);
    auto *drillDock = new QDockWidget(tr("Cases"), this);
    drillDock->setObjectName(QStringLiteral("dashboardCases"));
    drillDock->setWidget(m_drill);
    addDockWidget(Qt::RightDockWidgetArea, drillDock);
    m_runPanel = new DashboardRunPanel(m_workspace);
    auto *runDock = new QDockWidget(tr("Run"), this);
    runDock->setObjectName(QStringLiteral("dashboardRun"));
    runDock->setWidget(m_runPanel);
    addDockWidget(Qt::BottomDockWidgetArea, runDock);

    connect(m_confusion, &QTableWidget::cellClicked, this, &DashboardWindow::drillCell);
    connect(m_drill, &CaseDrillDown::openCaseRequested, this,
            [this](qint64 caseId, const QString &condition) {
                if (const auto slice = plannedSlice(caseId, condition))
                    Q_EMIT openCaseAtSlice(caseId, slice->first, slice->second);
            });
    // A run picked in the box is read and scored in a job (a large run takes about a
    // second); the newest choice wins over loads still in flight.
    auto onRunChoice = [this] {
        if (!m_filling)
            openRun(m_runBox->currentData().toLongLong());
    };
    connect(m_runBox, &QComboBox::currentIndexChanged, this, onRunChoice);
    connect(m_compareBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            setCompareRun(m_compareBox->currentData().toLongLong());
    });
    connect(m_labelBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillRunBoxes();
    });
    for (QComboBox *box : {m_metricBox, m_questionBox, m_conditionBox})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                redraw();
        });
    connect(m_runPanel, &DashboardRunPanel::runStarted, this, [this](qint64) { fillRunBoxes(); });
    connect(m_runPanel, &DashboardRunPanel::saved, this, &DashboardWindow::onRunSaved);
    connect(m_runPanel, &DashboardRunPanel::runFinished, this,
            [this](qint64 runId) { openRun(runId); });
    connect(m_loader, &DashboardRunLoader::loaded, this, &DashboardWindow::onRunLoaded);
    connect(m_loader, &DashboardRunLoader::failed, this,
            [this](int, qint64 runId, const QString &error) {
                m_summary->setText(tr("Run %1 could not be shown: %2").arg(runId).arg(error));
                Q_EMIT runLoadFailed(runId, error);
            });
}

void DashboardWindow::fillRunBoxes() {
    const QString label = m_labelBox->currentData().toString();
    const qint64 a = m_a ? m_a->runId : 0;
    const qint64 b = m_b ? m_b->runId : 0;
    m_filling = true;
    const auto runs = BenchRunRepository(m_db).runs();
    QStringList sources;
    for (const BenchRunRecord &r : runs) {
        if (!sources.contains(r.config.labels))
            sources.append(r.config.labels);
    }
    m_labelBox->clear();
    m_labelBox->addItem(tr("all"), QString());
    for (const QString &s : sources)
        m_labelBox->addItem(s, s);
    m_labelBox->setCurrentIndex(std::max(0, m_labelBox->findData(label)));
    m_runBox->clear();
    m_compareBox->clear();
    m_compareBox->addItem(tr("(none)"), qint64(0));
    for (const BenchRunRecord &r : runs) {
        if (!label.isEmpty() && r.config.labels != label)
            continue;
        const QString text = tr("#%1 %2 — %3 %4 (%5, %6)")
                                 .arg(r.id)
                                 .arg(r.name, r.config.backend.type, r.config.backend.model,
                                      r.config.labels, r.status);
        m_runBox->addItem(text, r.id);
        m_compareBox->addItem(text, r.id);
    }
    m_runBox->setCurrentIndex(std::max(0, m_runBox->findData(a)));
    m_compareBox->setCurrentIndex(std::max(0, m_compareBox->findData(b)));
    m_filling = false;
}

QString DashboardWindow::openRun(qint64 runId) {
    if (!BenchRunRepository(m_db).exists(runId))
        return tr("there is no run %1 (see 'brainmd bench list')").arg(runId);
    m_loader->request(DashboardRunLoader::RunA, runId);
    return {};
}

void DashboardWindow::onRunLoaded(int slot, std::shared_ptr<const BenchReportInput> run) {
    if (slot == DashboardRunLoader::RunA) {
        m_a = std::move(run);
        fillSelectors();
    } else {
        m_b = std::move(run);
    }
    selectShownRuns();
    redraw();
}

void DashboardWindow::selectShownRuns() {
    const qint64 a = m_a ? m_a->runId : 0;
    const qint64 b = m_b ? m_b->runId : 0;
    if ((a != 0 && m_runBox->findData(a) < 0) || (b != 0 && m_compareBox->findData(b) < 0)) {
        fillRunBoxes(); // a run the boxes do not list yet
        return;
    }
    m_filling = true;
    m_runBox->setCurrentIndex(std::max(0, m_runBox->findData(a)));
    m_compareBox->setCurrentIndex(std::max(0, m_compareBox->findData(b)));
    m_filling = false;
}

QString DashboardWindow::setCompareRun(qint64 runId) {
    if (runId == 0) {
        m_b.reset();
        selectShownRuns();
        redraw();
        return {};
    }
    if (!BenchRunRepository(m_db).exists(runId))
        return tr("there is no run %1 (see 'brainmd bench list')").arg(runId);
    m_loader->request(DashboardRunLoader::RunB, runId);
    return {};
}

void DashboardWindow::reload() {
    m_loader->clear();
    fillRunBoxes();
    if (m_a)
        m_loader->request(DashboardRunLoader::RunA, m_a->runId);
    if (m_b)
        m_loader->request(DashboardRunLoader::RunB, m_b->runId);
}

bool DashboardWindow::isLoading() const {
    return m_loader->isLoading();
}

void DashboardWindow::onRunSaved(qint64 runId) {
    // Live refresh while a run fills in, at most every half second; scoring runs in a
    // job and the loader keeps at most one in flight.
    if (m_sinceRefresh.elapsed() < 500 && m_a && m_a->runId == runId)
        return;
    m_sinceRefresh.restart();
    m_loader->request(DashboardRunLoader::RunA, runId);
}

void DashboardWindow::setMetric(DashboardMetric metric) {
    m_metricBox->setCurrentIndex(static_cast<int>(metric));
}

void DashboardWindow::setQuestion(const QString &questionId) {
    m_questionBox->setCurrentIndex(std::max(0, m_questionBox->findData(questionId)));
}

void DashboardWindow::fillSelectors() {
    m_filling = true;
    const QString question = m_questionBox->currentData().toString();
    const QString condition = m_conditionBox->currentText();
    m_questionBox->clear();
    m_conditionBox->clear();
    if (m_a) {
        // The question as a reader reads it; the id stays the item's data (and tooltip).
        for (const QString &id : DashboardData::questionIds(*m_a)) {
            m_questionBox->addItem(DashboardCharts::questionLabel(m_a->pack, id, 60), id);
            m_questionBox->setItemData(m_questionBox->count() - 1, id, Qt::ToolTipRole);
        }
        m_conditionBox->addItems(m_a->conditions);
    }
    m_questionBox->setCurrentIndex(std::max(0, m_questionBox->findData(question)));
    m_conditionBox->setCurrentIndex(std::max(0, m_conditionBox->findText(condition)));
    m_filling = false;
}

DashboardSelection DashboardWindow::selection() const {
    DashboardSelection s;
    if (m_a)
        s.runs.push_back({tr("A"), m_a.get()});
    if (m_b)
        s.runs.push_back({tr("B"), m_b.get()});
    s.metric = static_cast<DashboardMetric>(std::max(0, m_metricBox->currentIndex()));
    s.questionId = m_questionBox->currentData().toString();
    s.confusionCondition = m_conditionBox->currentText();
    return s;
}

void DashboardWindow::redraw() {
    const DashboardSelection s = selection();
    DashboardCharts::fillConditions(m_views[0]->chart(), s);
    DashboardCharts::fillQuestions(m_views[1]->chart(), s);
    DashboardCharts::fillRoc(m_views[2]->chart(), s);
    DashboardCharts::fillCalibration(m_views[3]->chart(), s);
    DashboardCharts::fillConfusion(m_confusion, s);
    fillVisibilityTable(m_visibility, m_a.get(), m_b.get());
    m_confusionTitle->setText(
        tr("Confusion matrix, run A: %1 · %2 (rows: manual label, columns: "
           "parsed answer)")
            .arg(s.confusionCondition,
                 m_a ? DashboardCharts::questionLabel(m_a->pack, s.questionId, 80) : s.questionId));
    // The bar series are new after every fill; a click on a bar drills down.
    for (QChartView *view : {m_views[0], m_views[1]}) {
        for (QAbstractSeries *series : view->chart()->series()) {
            if (auto *bars = qobject_cast<QBarSeries *>(series))
                connect(bars, &QBarSeries::clicked, this,
                        [this, view](int index, QBarSet *set) { drillBar(view, set, index); });
        }
    }
    QString gain = m_a ? DashboardData::gainSummary(m_a->scores) : QString();
    if (m_b && !DashboardData::gainSummary(m_b->scores).isEmpty())
        gain += tr("\nRun B: %1").arg(DashboardData::gainSummary(m_b->scores));
    m_gain->setText(gain.isEmpty() ? tr("This run does not compare Vote-MI with random slices.")
                                   : gain);
    QString summary = m_a ? tr("Run A #%1 %2: %3, %n prediction(s)", nullptr,
                               static_cast<int>(m_a->predictions.size()))
                                .arg(m_a->runId)
                                .arg(m_a->runName, m_a->status)
                          : tr("No run open.");
    // The evaluation protocol belongs next to every figure of the run.
    if (m_a && m_a->split)
        summary += QLatin1Char('\n') + benchSplitSummary(*m_a->split);
    if (m_a && m_a->asksServer)
        summary += QLatin1Char('\n') + benchUsageSummary(m_a->usage, m_a->pricing);
    m_summary->setText(summary);
    m_summary->setWordWrap(true);
    Q_EMIT redrawn();
}

} // namespace brainmd
