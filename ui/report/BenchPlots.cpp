#include "ui/report/BenchPlots.h"

#include "ui/report/PlotFont.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace brainmd {

namespace {

constexpr double kText = 13.0;
constexpr double kSmall = 11.0;

void text(QPainter &p, double x, double y, const QString &s, double size = kText,
          const QColor &c = Qt::black) {
    PlotFont::draw(p, {x, y}, s, size, c);
}

void textRight(QPainter &p, double right, double y, const QString &s, double size = kText) {
    text(p, right - PlotFont::textWidth(s, size), y, s, size);
}

void textCentred(QPainter &p, double centre, double y, const QString &s, double size = kText) {
    text(p, centre - PlotFont::textWidth(s, size) / 2.0, y, s, size);
}

QString percent(double v) {
    return std::isfinite(v) ? QString::number(100.0 * v, 'f', 1) : QStringLiteral("-");
}

std::vector<const QuestionScore *> questionScores(const BenchScores &scores,
                                                  const QString &questionId) {
    std::vector<const QuestionScore *> list;
    for (const QuestionScore &q : scores.questions) {
        if (q.questionId == questionId)
            list.push_back(&q);
    }
    return list;
}

/// Unit-square axes (0..1 both ways) inside `area`, with ticks; returns the mapping.
std::function<QPointF(double, double)> unitAxes(QPainter &p, const QRectF &area,
                                                const QString &xLabel, const QString &yLabel) {
    p.setPen(QPen(QColor(200, 200, 200), 1));
    for (int i = 0; i <= 4; ++i) {
        const double t = i / 4.0;
        p.drawLine(QPointF(area.left() + t * area.width(), area.top()),
                   QPointF(area.left() + t * area.width(), area.bottom()));
        p.drawLine(QPointF(area.left(), area.bottom() - t * area.height()),
                   QPointF(area.right(), area.bottom() - t * area.height()));
        textCentred(p, area.left() + t * area.width(), area.bottom() + 16,
                    QString::number(t, 'f', 2), kSmall);
        textRight(p, area.left() - 4, area.bottom() - t * area.height() + 4,
                  QString::number(t, 'f', 2), kSmall);
    }
    p.setPen(QPen(Qt::black, 1));
    p.drawRect(area);
    textCentred(p, area.center().x(), area.bottom() + 34, xLabel);
    text(p, area.left() - 40, area.top() - 10, yLabel);
    return [area](double x, double y) {
        return QPointF(area.left() + x * area.width(), area.bottom() - y * area.height());
    };
}

void legend(QPainter &p, double x, double y, const QStringList &names) {
    for (qsizetype i = 0; i < names.size(); ++i) {
        p.fillRect(QRectF(x, y + i * 18 - 10, 12, 12), conditionColor(names[i]));
        text(p, x + 18, y + i * 18, names[i], kSmall);
    }
}

} // namespace

QByteArray renderPlotPng(const BenchPlot &plot) {
    QImage image(plot.size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    plot.paint(painter);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray renderPlotSvg(const BenchPlot &plot) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(plot.size);
    generator.setViewBox(QRect(QPoint(0, 0), plot.size));
    generator.setTitle(plot.title);
    QPainter painter(&generator);
    painter.fillRect(QRect(QPoint(0, 0), plot.size), Qt::white);
    plot.paint(painter);
    painter.end();
    return bytes;
}

QColor conditionColor(const QString &condition) {
    const QString source = condition.section(QLatin1Char('/'), 0, 0);
    QColor base(90, 90, 90);
    if (source == QLatin1String("random"))
        base = QColor(140, 140, 140);
    else if (source == QLatin1String("centre"))
        base = QColor(52, 110, 185);
    else if (source == QLatin1String("manual"))
        base = QColor(46, 150, 80);
    else if (source == QLatin1String("votemi"))
        base = QColor(220, 110, 30);
    else if (source == QLatin1String("blank"))
        base = QColor(200, 190, 160);
    else if (source == QLatin1String("none"))
        base = QColor(120, 90, 150);
    const bool fewShot = !condition.endsWith(QLatin1String("/0-shot"));
    return fewShot ? base.darker(135) : base;
}

BenchPlot accuracyPlot(const BenchScores &scores) {
    const int rows = static_cast<int>(scores.conditions.size());
    const QSize size(760, 70 + rows * 26 + 40);
    return {
        QStringLiteral("accuracy"), QStringLiteral("Accuracy per condition (95 % bootstrap CI)"),
        size, [scores, rows, size](QPainter &p) {
            const QRectF area(260, 40, size.width() - 300, rows * 26);
            text(
                p, 10, 22,
                QStringLiteral("Accuracy per condition, 95% bootstrap interval (cases resampled)"));
            p.setPen(QPen(QColor(210, 210, 210), 1));
            for (int i = 0; i <= 10; ++i) {
                const double x = area.left() + i / 10.0 * area.width();
                p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
                textCentred(p, x, area.bottom() + 16, QString::number(i * 10), kSmall);
            }
            for (int r = 0; r < rows; ++r) {
                const ConditionScore &c = scores.conditions[static_cast<std::size_t>(r)];
                const double y = area.top() + r * 26;
                textRight(p, area.left() - 8, y + 17, c.condition);
                const double value = std::isfinite(c.accuracy.estimate) ? c.accuracy.estimate : 0.0;
                p.fillRect(QRectF(area.left(), y + 5, value * area.width(), 16),
                           conditionColor(c.condition));
                if (std::isfinite(c.accuracy.low) && std::isfinite(c.accuracy.high)) {
                    p.setPen(QPen(Qt::black, 1.5));
                    const double lo = area.left() + c.accuracy.low * area.width();
                    const double hi = area.left() + c.accuracy.high * area.width();
                    p.drawLine(QPointF(lo, y + 13), QPointF(hi, y + 13));
                    p.drawLine(QPointF(lo, y + 8), QPointF(lo, y + 18));
                    p.drawLine(QPointF(hi, y + 8), QPointF(hi, y + 18));
                }
                text(p, area.right() + 6, y + 17, percent(c.accuracy.estimate), kSmall);
            }
            textCentred(p, area.center().x(), area.bottom() + 34, QStringLiteral("accuracy (%)"));
        }};
}

BenchPlot questionPlot(const BenchScores &scores, const QStringList &questions) {
    QStringList conditions;
    for (const ConditionScore &c : scores.conditions)
        conditions.append(c.condition);
    const double groupWidth = std::max(60.0, conditions.size() * 9.0 + 14.0);
    const QSize size(static_cast<int>(90 + questions.size() * groupWidth + 230), 380);
    return {QStringLiteral("questions"), QStringLiteral("Accuracy per question"), size,
            [scores, questions, conditions, groupWidth, size](QPainter &p) {
                const QRectF area(60, 40, questions.size() * groupWidth, 250);
                text(p, 10, 22, QStringLiteral("Accuracy per question and condition"));
                p.setPen(QPen(QColor(210, 210, 210), 1));
                for (int i = 0; i <= 4; ++i) {
                    const double y = area.bottom() - i / 4.0 * area.height();
                    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
                    textRight(p, area.left() - 4, y + 4, QString::number(i * 25), kSmall);
                }
                const double barWidth =
                    (groupWidth - 14.0) / std::max<qsizetype>(1, conditions.size());
                for (qsizetype g = 0; g < questions.size(); ++g) {
                    const double x0 = area.left() + g * groupWidth + 7;
                    for (const QuestionScore *q : questionScores(scores, questions[g])) {
                        const qsizetype i = conditions.indexOf(q->condition);
                        const double value =
                            std::isfinite(q->scores.accuracy) ? q->scores.accuracy : 0.0;
                        p.fillRect(QRectF(x0 + i * barWidth, area.bottom() - value * area.height(),
                                          barWidth - 1, value * area.height()),
                                   conditionColor(q->condition));
                    }
                    p.save();
                    p.translate(x0 + groupWidth / 2 - 7, area.bottom() + 8);
                    p.rotate(30);
                    text(p, 0, 8, questions[g], kSmall);
                    p.restore();
                }
                legend(p, area.right() + 16, area.top() + 10, conditions);
                (void)size;
            }};
}

BenchPlot rocPlot(const BenchScores &scores, const QString &questionId) {
    const auto list = questionScores(scores, questionId);
    return {QStringLiteral("roc-") + questionId, QStringLiteral("ROC: ") + questionId,
            QSize(640, 432), [list, questionId](QPainter &p) {
                text(p, 10, 22, QStringLiteral("ROC curves: ") + questionId);
                const auto map =
                    unitAxes(p, QRectF(70, 52, 320, 320), QStringLiteral("false-positive rate"),
                             QStringLiteral("TPR"));
                p.setPen(QPen(QColor(160, 160, 160), 1, Qt::DashLine));
                p.drawLine(map(0, 0), map(1, 1));
                QStringList names;
                for (const QuestionScore *q : list) {
                    if (q->roc.empty())
                        continue;
                    names.append(QStringLiteral("%1 (AUC %2)")
                                     .arg(q->condition)
                                     .arg(q->scores.auroc, 0, 'f', 2));
                    p.setPen(QPen(conditionColor(q->condition), 2));
                    for (std::size_t i = 1; i < q->roc.size(); ++i)
                        p.drawLine(map(q->roc[i - 1].fpr, q->roc[i - 1].tpr),
                                   map(q->roc[i].fpr, q->roc[i].tpr));
                }
                if (names.isEmpty())
                    text(p, 120, 200, QStringLiteral("no probabilities"));
                legend(p, 410, 60, names);
            }};
}

BenchPlot calibrationPlot(const BenchScores &scores, const QString &questionId) {
    const auto list = questionScores(scores, questionId);
    return {
        QStringLiteral("calibration-") + questionId, QStringLiteral("Calibration: ") + questionId,
        QSize(640, 432), [list, questionId](QPainter &p) {
            text(p, 10, 22, QStringLiteral("Calibration: ") + questionId);
            const auto map =
                unitAxes(p, QRectF(70, 52, 320, 320), QStringLiteral("predicted probability"),
                         QStringLiteral("observed"));
            p.setPen(QPen(QColor(160, 160, 160), 1, Qt::DashLine));
            p.drawLine(map(0, 0), map(1, 1));
            QStringList names;
            for (const QuestionScore *q : list) {
                if (q->calibration.empty())
                    continue;
                names.append(
                    QStringLiteral("%1 (ECE %2)").arg(q->condition).arg(q->scores.ece, 0, 'f', 3));
                p.setPen(QPen(conditionColor(q->condition), 2));
                p.setBrush(conditionColor(q->condition));
                QPointF previous;
                bool first = true;
                for (const CalibrationBin &bin : q->calibration) {
                    if (bin.count == 0)
                        continue;
                    const QPointF point = map(bin.meanProbability, bin.positiveRate);
                    p.drawEllipse(point, 3, 3);
                    if (!first)
                        p.drawLine(previous, point);
                    previous = point;
                    first = false;
                }
            }
            if (names.isEmpty())
                text(p, 120, 200, QStringLiteral("no probabilities"));
            legend(p, 410, 60, names);
        }};
}

BenchPlot confusionPlot(const BenchScores &scores, const QString &questionId) {
    const auto list = questionScores(scores, questionId);
    const int classes = list.empty() ? 1 : static_cast<int>(list.front()->classes.size());
    const int cell = 22;
    const int panelWidth = std::max(230, 90 + (classes + 1) * cell + 20);
    const int panelHeight = 70 + classes * cell + 20;
    const int perRow = 3;
    const int rows = (static_cast<int>(list.size()) + perRow - 1) / perRow;
    return {QStringLiteral("confusion-") + questionId, QStringLiteral("Confusion: ") + questionId,
            QSize(perRow * panelWidth + 20, 40 + std::max(1, rows) * panelHeight),
            [list, questionId, cell, panelWidth, panelHeight, perRow](QPainter &p) {
                text(p, 10, 22,
                     QStringLiteral("Confusion matrices: ") + questionId +
                         QStringLiteral(" (rows truth, columns answer, last column: no answer)"));
                for (std::size_t n = 0; n < list.size(); ++n) {
                    const QuestionScore &q = *list[n];
                    const double x0 = 10 + static_cast<int>(n) % perRow * panelWidth;
                    const double y0 = 40 + static_cast<int>(n) / perRow * panelHeight;
                    text(p, x0, y0 + 14, q.condition, kSmall);
                    int maximum = 1;
                    for (const auto &row : q.confusion)
                        for (int v : row)
                            maximum = std::max(maximum, v);
                    for (std::size_t r = 0; r < q.confusion.size(); ++r) {
                        textRight(p, x0 + 84, y0 + 40 + r * cell + 15,
                                  q.classes.value(static_cast<int>(r)).left(10), kSmall);
                        for (std::size_t c = 0; c < q.confusion[r].size(); ++c) {
                            const int v = q.confusion[r][c];
                            const QRectF box(x0 + 90 + c * cell, y0 + 40 + r * cell, cell - 1,
                                             cell - 1);
                            const int shade = 255 - 200 * v / maximum;
                            p.fillRect(box, r == c ? QColor(shade, 255, shade)
                                                   : QColor(255, shade, shade));
                            textCentred(p, box.center().x(), box.center().y() + 4,
                                        QString::number(v), kSmall);
                        }
                    }
                }
            }};
}

} // namespace brainmd
