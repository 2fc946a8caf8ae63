#pragma once

#include "bench/BenchScoring.h"

#include <QByteArray>
#include <QColor>
#include <QSize>

#include <functional>

class QPainter;

namespace brainmd {

/// A figure: its size in pixels and how to paint it (onto a QImage or a QSvgGenerator).
struct BenchPlot {
    QString name; ///< file stem, e.g. "accuracy"
    QString title;
    QSize size;
    std::function<void(QPainter &)> paint;
};

/// PNG of a plot (white background, anti-aliased).
QByteArray renderPlotPng(const BenchPlot &plot);
/// SVG of the same drawing.
QByteArray renderPlotSvg(const BenchPlot &plot);

/// Colour of a condition, by slice source (shade by shot count).
QColor conditionColor(const QString &condition);

/// Accuracy per condition with bootstrap 95 % intervals (horizontal bars).
BenchPlot accuracyPlot(const BenchScores &scores);
/// Accuracy per question, one bar per condition.
BenchPlot questionPlot(const BenchScores &scores, const QStringList &questions);
/// ROC curves of one binary question, one per condition with probabilities.
BenchPlot rocPlot(const BenchScores &scores, const QString &questionId);
/// Reliability diagram of one binary question.
BenchPlot calibrationPlot(const BenchScores &scores, const QString &questionId);
/// Confusion matrices of one question, one small matrix per condition.
BenchPlot confusionPlot(const BenchScores &scores, const QString &questionId);

} // namespace brainmd
