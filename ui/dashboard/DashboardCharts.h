#pragma once

#include "ui/dashboard/DashboardData.h"

#include <QCoreApplication>

class QBarSet;
class QChart;
class QTableWidget;

namespace brainmd {

/// A run as the dashboard shows it: its data and the label in legends ("A", "B").
struct ShownRun {
    QString label;
    const BenchReportInput *input = nullptr;
};

/// What the charts show: one run, or two to compare, a metric and a question.
struct DashboardSelection {
    std::vector<ShownRun> runs;
    DashboardMetric metric = DashboardMetric::Accuracy;
    QString questionId;
    QString confusionCondition; ///< condition of the confusion matrix (run A)
};

/// Fills Qt Charts from scored runs. Every chart is rebuilt from the selection (a few
/// series each), so a redraw costs the same for 100 or 50,000 predictions. Bar sets
/// carry the properties "run" (index into the selection), "condition" and, in the
/// per-question chart, the categories are question ids; the dashboard reads them on a
/// click to drill down.
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    /// Score per condition: categories "slices/views", one bar set per run and shot
    /// count (zero-shot and few-shot side by side), 95% interval whiskers for accuracy.
    static void fillConditions(QChart *chart, const DashboardSelection &selection);
    /// Per-question breakdown: categories are questions, one bar set per run and condition.
    static void fillQuestions(QChart *chart, const DashboardSelection &selection);
    /// ROC curves of the selected question (conditions with probabilities).
    static void fillRoc(QChart *chart, const DashboardSelection &selection);
    /// Reliability diagram of the selected question.
    static void fillCalibration(QChart *chart, const DashboardSelection &selection);
    /// Confusion matrix of run A, `confusionCondition` and the question, as a heat map;
    /// its last row is the colour scale (0 to the largest count; not a label class).
    static void fillConfusion(QTableWidget *table, const DashboardSelection &selection);

    /// Category order of the condition chart and the bar sets' shot counts, in run order.
    static QStringList conditionCategories(const DashboardSelection &selection);

    /// A question as people read it: its prompt without the template fields ({view},
    /// {options}), simplified, cut to `maxChars` with an ellipsis; the id when the pack
    /// does not have it.
    static QString questionLabel(const TaskPack &pack, const QString &questionId, int maxChars);
    /// Legends of many curves go to the right in a smaller font, with tool tips for cut
    /// labels, so that none is cut off the chart (12 curves fit at 1366×768).
    static void fitLegend(QChart *chart, int entries);
    /// Highlights bar `index` of `set` (and no other bar of the chart): the clicked bar.
    static void highlightBar(QChart *chart, QBarSet *set, int index);
};

} // namespace brainmd
