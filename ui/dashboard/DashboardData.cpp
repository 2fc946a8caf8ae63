#include "ui/dashboard/DashboardData.h"

#include <cmath>

namespace brainmd {

ConditionParts DashboardData::parts(const QString &condition) {
    const QStringList p = condition.split(QLatin1Char('/'));
    ConditionParts out;
    out.slices = p.value(0);
    out.views = p.value(1);
    QString shots = p.value(2);
    shots.chop(5); // "-shot"
    out.shots = shots.toInt();
    return out;
}

QStringList DashboardData::metricNames() {
    return {tr("Accuracy"), tr("Balanced accuracy"), tr("Macro F1"), tr("Cohen's kappa"),
            tr("AUROC")};
}

double DashboardData::conditionMetric(const ConditionScore &s, DashboardMetric metric) {
    switch (metric) {
    case DashboardMetric::Accuracy:
        return s.accuracy.estimate;
    case DashboardMetric::BalancedAccuracy:
        return s.balancedAccuracy;
    case DashboardMetric::MacroF1:
        return s.macroF1;
    case DashboardMetric::Kappa:
        return s.kappa;
    case DashboardMetric::Auroc:
        return s.auroc;
    }
    return std::nan("");
}

double DashboardData::questionMetric(const QuestionScore &s, DashboardMetric metric) {
    switch (metric) {
    case DashboardMetric::Accuracy:
        return s.scores.accuracy;
    case DashboardMetric::BalancedAccuracy:
        return s.scores.balancedAccuracy;
    case DashboardMetric::MacroF1:
        return s.scores.macroF1;
    case DashboardMetric::Kappa:
        return s.scores.kappa;
    case DashboardMetric::Auroc:
        return s.scores.auroc;
    }
    return std::nan("");
}

const QuestionScore *DashboardData::question(const BenchScores &scores, const QString &condition,
                                             const QString &questionId) {
    for (const QuestionScore &q : scores.questions) {
        if (q.condition == condition && q.questionId == questionId)
            return &q;
    }
    return nullptr;
}

QStringList DashboardData::questionIds(const BenchReportInput &input) {
    QStringList ids;
    for (const TaskQuestion &q : input.pack.questions) {
        for (const QuestionScore &s : input.scores.questions) {
            if (s.questionId == q.id) {
                ids.append(q.id);
                break;
            }
        }
    }
    return ids;
}

std::vector<int> DashboardData::matching(const BenchReportInput &input, const DrillFilter &f) {
    std::vector<int> rows;
    for (int i = 0; i < static_cast<int>(input.predictions.size()); ++i) {
        const StoredPrediction &p = input.predictions[static_cast<std::size_t>(i)];
        if (p.condition != f.condition)
            continue;
        if (!f.questionId.isEmpty() && p.questionId != f.questionId)
            continue;
        if (!f.truth.isEmpty() && p.truth != f.truth)
            continue;
        if (!f.predicted.isEmpty()) {
            const bool answered = p.status == QLatin1String("answered");
            const bool wantNone = f.predicted == DrillFilter::noAnswer();
            if (wantNone ? answered : (!answered || p.value != f.predicted))
                continue;
        }
        rows.push_back(i);
    }
    return rows;
}

QString DashboardData::gainSummary(const BenchScores &scores) {
    QStringList lines;
    for (const PairedComparison &c : scores.comparisons) {
        const ConditionParts a = parts(c.a);
        const ConditionParts b = parts(c.b);
        const bool forward =
            a.slices == QLatin1String("votemi") && b.slices == QLatin1String("random");
        const bool backward =
            a.slices == QLatin1String("random") && b.slices == QLatin1String("votemi");
        if (!forward && !backward)
            continue;
        // Always Vote-MI − random, whichever order the scorer paired them in.
        Interval d = c.accuracyDifference.difference;
        if (backward)
            d = {-d.estimate, -d.high, -d.low};
        const double points = 100.0 * d.estimate;
        const QString direction = points >= 0 ? tr("higher") : tr("lower");
        const QString verdict =
            c.mcnemarP < 0.05
                ? tr("the difference is statistically significant at the 5% level")
                : tr("the difference is not statistically significant at the 5% level");
        lines.append(tr("%1 (%2-shot): Vote-MI slices scored %3 percentage points %4 than "
                        "random slices (95% interval %5 to %6 points, %7 paired items); "
                        "McNemar p = %8, so %9.")
                         .arg(a.views)
                         .arg(a.shots)
                         .arg(QString::number(std::abs(points), 'f', 1), direction,
                              QString::number(100.0 * d.low, 'f', 1),
                              QString::number(100.0 * d.high, 'f', 1))
                         .arg(c.items)
                         .arg(QString::number(c.mcnemarP, 'g', 3), verdict));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace brainmd
