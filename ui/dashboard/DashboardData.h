#pragma once

#include "workflows/BenchScoreWorkflow.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace brainmd {

/// The metrics a dashboard chart can show for a condition (all in 0..1 except kappa, −1..1).
enum class DashboardMetric { Accuracy, BalancedAccuracy, MacroF1, Kappa, Auroc };

/// A condition name "votemi/axial/3-shot" split into its parts.
struct ConditionParts {
    QString slices;
    QString views;
    int shots = 0;
    /// "votemi/axial": the category a bar chart groups by.
    QString category() const { return slices + QLatin1Char('/') + views; }
};

/// One cell of a chart the user can drill into: the predictions behind it.
struct DrillFilter {
    QString condition;
    QString questionId; ///< "" for every question
    QString truth;      ///< "" for any
    QString predicted;  ///< "" for any; kNoAnswer for non-answers
    static QString noAnswer() { return QStringLiteral("\x01none"); }
};

/// What the dashboard's charts read from a scored run (loadScoredRun(), the same code as
/// `brainmd bench report`, so the charts and the CLI cannot disagree).
class DashboardData {
    Q_DECLARE_TR_FUNCTIONS(DashboardData)

public:
    static ConditionParts parts(const QString &condition);
    static QStringList metricNames();
    static double conditionMetric(const ConditionScore &score, DashboardMetric metric);
    static double questionMetric(const QuestionScore &score, DashboardMetric metric);
    /// The score of one condition and question; null when absent.
    static const QuestionScore *question(const BenchScores &scores, const QString &condition,
                                         const QString &questionId);
    /// Question ids of a run in pack order.
    static QStringList questionIds(const BenchReportInput &input);
    /// Indices into input.predictions matching `filter`.
    static std::vector<int> matching(const BenchReportInput &input, const DrillFilter &filter);
    /// The gain of Vote-MI over random, in words ("" when the run compares neither).
    static QString gainSummary(const BenchScores &scores);
};

} // namespace brainmd
