#pragma once

#include <QColor>
#include <QPointF>
#include <QString>

class QPainter;

namespace brainmd {

/// A small built-in bitmap font for plot labels, drawn as filled rectangles. Text needs
/// no QGuiApplication or font database (the `brainmd` command line has neither) and
/// renders identically in PNG and SVG on every machine. Characters outside printable
/// ASCII are drawn as '?'.
class PlotFont {
public:
    /// Draws `text` with its baseline starting at `baselineLeft`; `pixelSize` is the
    /// cell height in device units.
    static void draw(QPainter &painter, const QPointF &baselineLeft, const QString &text,
                     double pixelSize, const QColor &color = Qt::black);
    static double textWidth(const QString &text, double pixelSize);
    static double scale(double pixelSize);
};

} // namespace brainmd
