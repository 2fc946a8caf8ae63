// The dashboard's drill-down: from a bar or a matrix cell to the predictions behind it,
// and from a prediction to the slice the model saw.
#include "ui/dashboard/DashboardWindow.h"

#include "bench/BenchPlan.h"
#include "ui/dashboard/CaseDrillDown.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/DashboardRunLoader.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>

namespace brainmd {

void DashboardWindow::drillBar(QChartView *view, QBarSet *set, int index) {
    const int run = set->property("run").toInt();
    const std::shared_ptr<const BenchReportInput> input = run == 0 ? m_a : m_b;
    auto *series = qobject_cast<QBarSeries *>(set->parent());
    if (!input || !series)
        return;
    const QString category = series->property("categories").toStringList().value(index);
    DashboardCharts::highlightBar(view->chart(), set, index);
    DrillFilter filter;
    if (view == conditionView()) {
        filter.condition =
            QStringLiteral("%1/%2-shot").arg(category).arg(set->property("shots").toInt());
    } else {
        filter.condition = set->property("condition").toString();
        filter.questionId = category;
    }
    m_drill->showPredictions(&m_db, input, filter);
}

void DashboardWindow::drillCell(int row, int column) {
    if (!m_a)
        return;
    const QuestionScore *q = DashboardData::question(m_a->scores, m_conditionBox->currentText(),
                                                     m_questionBox->currentData().toString());
    if (!q || row >= q->classes.size()) // the last row is the colour scale
        return;
    DrillFilter filter;
    filter.condition = q->condition;
    filter.questionId = q->questionId;
    filter.truth = q->classes.value(row);
    filter.predicted =
        column < q->classes.size() ? q->classes.value(column) : DrillFilter::noAnswer();
    m_drill->showPredictions(&m_db, m_a, filter);
}

std::optional<std::pair<int, int>> DashboardWindow::plannedSlice(qint64 caseId,
                                                                 const QString &condition) {
    if (!m_a)
        return std::nullopt;
    if (m_a->shownSlices) { // what the run recorded when it was planned
        const BenchRunConfigResult parsed = parseBenchRunConfig(m_a->configJson);
        if (!parsed.config)
            return std::nullopt;
        for (const BenchCondition &c : parsed.config->conditions) {
            if (c.name() != condition)
                continue;
            const std::array<int, 3> *shown = m_a->shownSlices->find(c.slices, caseId);
            const std::vector<View> views = c.shownViews();
            if (shown == nullptr || views.empty() || c.isControl())
                return std::nullopt;
            const int view = static_cast<int>(views.front());
            return std::make_pair(view, (*shown)[static_cast<std::size_t>(view)]);
        }
        return std::nullopt;
    }
    // A run from before slices were recorded: planned in the scoring job (DashboardRunLoader).
    const std::shared_ptr<const BenchPlan> plan = m_loader->plan(m_a->runId);
    if (!plan)
        return std::nullopt;
    const PlannedCondition *planned = plan->condition(condition);
    if (!planned)
        return std::nullopt;
    const auto found = planned->cases.find(caseId);
    const std::vector<View> views = planned->condition.shownViews();
    if (found == planned->cases.end() || views.empty())
        return std::nullopt;
    const int view = static_cast<int>(views.front());
    return std::make_pair(view, found->second.slices[static_cast<std::size_t>(view)]);
}

} // namespace brainmd
