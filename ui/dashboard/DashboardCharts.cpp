#include "ui/dashboard/DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTableWidget>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>

namespace brainmd {

namespace {

constexpr double kBarGroupWidth = 0.8;

double finiteOr(double v, double fallback) {
    return std::isfinite(v) ? v : fallback;
}

// Series are rebuilt on every redraw; axes are kept and updated, so that no stale axis
// items linger in the scene and a redraw allocates little.
void clearChart(QChart *chart) {
    chart->removeAllSeries();
}

QValueAxis *valueAxis(QChart *chart, Qt::Alignment side, const QString &title, double low,
                      double high) {
    const Qt::Orientation orientation = side == Qt::AlignBottom ? Qt::Horizontal : Qt::Vertical;
    QValueAxis *axis = nullptr;
    for (QAbstractAxis *a : chart->axes(orientation)) {
        if (auto *v = qobject_cast<QValueAxis *>(a))
            axis = v;
    }
    if (!axis) {
        axis = new QValueAxis;
        axis->setTickCount(6);
        axis->setLabelFormat(QStringLiteral("%.1f"));
        chart->addAxis(axis, side);
    }
    axis->setTitleText(title);
    axis->setRange(low, high);
    return axis;
}

QBarCategoryAxis *categoryAxis(QChart *chart, const QStringList &categories) {
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *a : chart->axes(Qt::Horizontal)) {
        if (auto *c = qobject_cast<QBarCategoryAxis *>(a))
            axis = c;
    }
    if (!axis) {
        axis = new QBarCategoryAxis;
        chart->addAxis(axis, Qt::AlignBottom);
    }
    if (axis->categories() != categories) {
        axis->clear();
        axis->append(categories);
    }
    return axis;
}

int sliceRank(const QString &slices) {
    static const QStringList order{QStringLiteral("random"), QStringLiteral("centre"),
                                   QStringLiteral("manual"), QStringLiteral("votemi"),
                                   QStringLiteral("blank"),  QStringLiteral("none")};
    const int i = static_cast<int>(order.indexOf(slices));
    return i < 0 ? 99 : i;
}

/// A whisker: low cap, stem, high cap as one polyline at bar centre `x`.
void addWhisker(QChart *chart, double x, double low, double high, QAbstractAxis *ax,
                QAbstractAxis *ay) {
    auto *line = new QLineSeries;
    const double cap = 0.04;
    line->replace(QList<QPointF>{
        {x - cap, low}, {x + cap, low}, {x, low}, {x, high}, {x - cap, high}, {x + cap, high}});
    QPen pen(Qt::black);
    pen.setWidthF(1.5);
    line->setPen(pen);
    chart->addSeries(line);
    line->attachAxis(ax);
    line->attachAxis(ay);
    for (QLegendMarker *marker : chart->legend()->markers(line))
        marker->setVisible(false);
}

double barCentre(int category, int set, int sets) {
    const double width = kBarGroupWidth / sets;
    return category - kBarGroupWidth / 2.0 + (set + 0.5) * width;
}

struct BarAxes {
    QBarCategoryAxis *x = nullptr;
    QValueAxis *y = nullptr;
};

BarAxes attachBarAxes(QChart *chart, QBarSeries *series, const QStringList &categories,
                      const QString &metricName, DashboardMetric metric) {
    series->setBarWidth(kBarGroupWidth);
    chart->addSeries(series);
    BarAxes axes;
    axes.x = categoryAxis(chart, categories);
    const double low = metric == DashboardMetric::Kappa ? -1.0 : 0.0;
    axes.y = valueAxis(chart, Qt::AlignLeft, metricName, low, 1.0);
    series->attachAxis(axes.x);
    series->attachAxis(axes.y);
    return axes;
}

QString metricName(DashboardMetric metric) {
    return DashboardData::metricNames().value(static_cast<int>(metric));
}

} // namespace

QStringList DashboardCharts::conditionCategories(const DashboardSelection &selection) {
    QStringList categories;
    for (const ShownRun &run : selection.runs) {
        for (const QString &c : run.input->conditions) {
            const QString category = DashboardData::parts(c).category();
            if (!categories.contains(category))
                categories.append(category);
        }
    }
    std::stable_sort(categories.begin(), categories.end(), [](const QString &a, const QString &b) {
        return sliceRank(a.section(QLatin1Char('/'), 0, 0)) <
               sliceRank(b.section(QLatin1Char('/'), 0, 0));
    });
    return categories;
}

void DashboardCharts::fillConditions(QChart *chart, const DashboardSelection &selection) {
    clearChart(chart);
    chart->setTitle(tr("Score per condition (95% interval whiskers for accuracy)"));
    const QStringList categories = conditionCategories(selection);
    auto *series = new QBarSeries;
    struct Whisker {
        int category;
        int set;
        Interval interval;
    };
    std::vector<Whisker> whiskers;
    int setIndex = 0;
    for (int r = 0; r < static_cast<int>(selection.runs.size()); ++r) {
        const ShownRun &run = selection.runs[static_cast<std::size_t>(r)];
        std::set<int> shots;
        for (const QString &c : run.input->conditions)
            shots.insert(DashboardData::parts(c).shots);
        for (int k : shots) {
            const QString shotLabel = k == 0 ? tr("zero-shot") : tr("%1-shot").arg(k);
            auto *set = new QBarSet(selection.runs.size() > 1
                                        ? QStringLiteral("%1 · %2").arg(run.label, shotLabel)
                                        : shotLabel);
            set->setProperty("run", r);
            set->setProperty("shots", k);
            for (int i = 0; i < categories.size(); ++i) {
                const QString name = QStringLiteral("%1/%2-shot").arg(categories.at(i)).arg(k);
                double value = 0.0;
                for (const ConditionScore &s : run.input->scores.conditions) {
                    if (s.condition != name)
                        continue;
                    value = finiteOr(DashboardData::conditionMetric(s, selection.metric), 0.0);
                    if (selection.metric == DashboardMetric::Accuracy)
                        whiskers.push_back({i, setIndex, s.accuracy});
                }
                set->append(value);
            }
            series->append(set);
            ++setIndex;
        }
    }
    series->setProperty("categories", categories);
    // One view for every condition: name the bars by slice source alone, the view goes
    // into the axis title (keeps the labels readable in a narrow chart).
    QStringList views, labels;
    for (const QString &c : categories) {
        views.append(c.section(QLatin1Char('/'), 1));
        labels.append(c.section(QLatin1Char('/'), 0, 0));
    }
    views.removeDuplicates();
    const bool oneView = views.size() == 1;
    const BarAxes axes = attachBarAxes(chart, series, oneView ? labels : categories,
                                       metricName(selection.metric), selection.metric);
    axes.x->setTitleText(oneView ? tr("Slice source (%1)").arg(views.front())
                                 : tr("Slice source / views"));
    for (const Whisker &w : whiskers)
        addWhisker(chart, barCentre(w.category, w.set, setIndex), w.interval.low, w.interval.high,
                   axes.x, axes.y);
}

void DashboardCharts::fillQuestions(QChart *chart, const DashboardSelection &selection) {
    clearChart(chart);
    // Only the conditions with the focus condition's views and shots: one bar per slice
    // source keeps the chart and its legend readable.
    const ConditionParts focus = DashboardData::parts(selection.confusionCondition);
    const auto shown = [&](const QString &condition) {
        const ConditionParts p = DashboardData::parts(condition);
        return selection.confusionCondition.isEmpty() ||
               (p.views == focus.views && p.shots == focus.shots);
    };
    chart->setTitle(
        selection.confusionCondition.isEmpty()
            ? tr("Per-question breakdown")
            : tr("Per-question breakdown (%1, %2-shot)").arg(focus.views).arg(focus.shots));
    QStringList questions;
    for (const ShownRun &run : selection.runs) {
        for (const QString &q : DashboardData::questionIds(*run.input)) {
            if (!questions.contains(q))
                questions.append(q);
        }
    }
    auto *series = new QBarSeries;
    for (int r = 0; r < static_cast<int>(selection.runs.size()); ++r) {
        const ShownRun &run = selection.runs[static_cast<std::size_t>(r)];
        for (const QString &condition : run.input->conditions) {
            if (!shown(condition))
                continue;
            auto *set = new QBarSet(selection.runs.size() > 1
                                        ? QStringLiteral("%1 · %2").arg(run.label, condition)
                                        : condition);
            set->setProperty("run", r);
            set->setProperty("condition", condition);
            for (const QString &q : questions) {
                const QuestionScore *s = DashboardData::question(run.input->scores, condition, q);
                set->append(s ? finiteOr(DashboardData::questionMetric(*s, selection.metric), 0.0)
                              : 0.0);
            }
            series->append(set);
        }
    }
    series->setProperty("categories", questions); // ids: the drill-down filters by them
    QStringList labels;
    for (const QString &q : questions) {
        QString label = questionLabel(selection.runs.front().input->pack, q, 40);
        while (labels.contains(label)) // category names must be unique
            label += QLatin1Char(' ');
        labels.append(label);
    }
    const BarAxes axes =
        attachBarAxes(chart, series, labels, metricName(selection.metric), selection.metric);
    axes.x->setTitleText(tr("Question"));
}

void DashboardCharts::fillRoc(QChart *chart, const DashboardSelection &selection) {
    clearChart(chart);
    const QString question =
        selection.runs.empty()
            ? selection.questionId
            : questionLabel(selection.runs.front().input->pack, selection.questionId, 60);
    chart->setTitle(tr("ROC: %1").arg(question));
    auto *ax = valueAxis(chart, Qt::AlignBottom, tr("False-positive rate"), 0.0, 1.0);
    auto *ay = valueAxis(chart, Qt::AlignLeft, tr("True-positive rate"), 0.0, 1.0);
    auto *chance = new QLineSeries;
    chance->setName(tr("chance"));
    chance->replace(QList<QPointF>{{0.0, 0.0}, {1.0, 1.0}});
    chance->setPen(QPen(Qt::gray, 1.0, Qt::DashLine));
    chart->addSeries(chance);
    chance->attachAxis(ax);
    chance->attachAxis(ay);
    int curves = 0;
    for (const ShownRun &run : selection.runs) {
        for (const QString &condition : run.input->conditions) {
            const QuestionScore *s =
                DashboardData::question(run.input->scores, condition, selection.questionId);
            if (!s || s->roc.empty())
                continue;
            // A curve has a point per distinct score; a few hundred draw the same line at
            // chart size and keep the GUI thread's redraw short (AUROC uses them all).
            constexpr std::size_t kMaxPoints = 256;
            const std::size_t n = s->roc.size();
            const std::size_t step = std::max<std::size_t>(1, (n + kMaxPoints - 1) / kMaxPoints);
            QList<QPointF> points;
            points.reserve(static_cast<qsizetype>(n / step + 2));
            for (std::size_t i = 0; i < n; i += step)
                points.append({s->roc[i].fpr, s->roc[i].tpr});
            if ((n - 1) % step != 0)
                points.append({s->roc.back().fpr, s->roc.back().tpr});
            auto *line = new QLineSeries;
            const QString label = selection.runs.size() > 1
                                      ? QStringLiteral("%1 · %2").arg(run.label, condition)
                                      : condition;
            line->setName(tr("%1 (AUROC %2)").arg(label, QString::number(s->scores.auroc, 'f', 2)));
            line->replace(points);
            chart->addSeries(line);
            line->attachAxis(ax);
            line->attachAxis(ay);
            ++curves;
        }
    }
    if (curves == 0)
        chart->setTitle(tr("ROC: %1 — no probabilities in this run").arg(question));
    fitLegend(chart, curves + 1);
}

void DashboardCharts::fillCalibration(QChart *chart, const DashboardSelection &selection) {
    clearChart(chart);
    chart->setTitle(tr("Calibration: %1")
                        .arg(selection.runs.empty()
                                 ? selection.questionId
                                 : questionLabel(selection.runs.front().input->pack,
                                                 selection.questionId, 60)));
    int curves = 0;
    auto *ax = valueAxis(chart, Qt::AlignBottom, tr("Mean predicted probability"), 0.0, 1.0);
    auto *ay = valueAxis(chart, Qt::AlignLeft, tr("Observed positive rate"), 0.0, 1.0);
    auto *ideal = new QLineSeries;
    ideal->setName(tr("perfect calibration"));
    ideal->replace(QList<QPointF>{{0.0, 0.0}, {1.0, 1.0}});
    ideal->setPen(QPen(Qt::gray, 1.0, Qt::DashLine));
    chart->addSeries(ideal);
    ideal->attachAxis(ax);
    ideal->attachAxis(ay);
    for (const ShownRun &run : selection.runs) {
        for (const QString &condition : run.input->conditions) {
            const QuestionScore *s =
                DashboardData::question(run.input->scores, condition, selection.questionId);
            if (!s)
                continue;
            QList<QPointF> points;
            for (const CalibrationBin &b : s->calibration) {
                if (b.count > 0)
                    points.append({b.meanProbability, b.positiveRate});
            }
            if (points.isEmpty())
                continue;
            auto *line = new QLineSeries;
            line->setName(selection.runs.size() > 1
                              ? QStringLiteral("%1 · %2").arg(run.label, condition)
                              : condition);
            line->setPointsVisible(true);
            line->replace(points);
            chart->addSeries(line);
            line->attachAxis(ax);
            line->attachAxis(ay);
            ++curves;
        }
    }
    fitLegend(chart, curves + 1);
}

} // namespace brainmd
