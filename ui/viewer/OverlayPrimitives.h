#pragma once

#include <QColor>

#include <Eigen/Core>

#include <array>
#include <initializer_list>
#include <vector>

class vtkPolyData;

namespace brainmd {

/// Coloured lines or polygons for one overlay actor, collected in plain C++ so that an
/// overlay that did not change is recognised before VTK rebuilds its buffers: the 2D views
/// redraw on every slice step, and most of what they draw over the image stays the same.
class OverlayPrimitives {
public:
    /// One line (2 corners), polyline or polygon in one colour (alpha is ignored).
    void add(std::initializer_list<Eigen::Vector3d> corners, const QColor &color);
    bool operator==(const OverlayPrimitives &other) const = default;

    /// Replaces the points, cells (as lines or as polygons) and cell colours of `poly`.
    void intoLines(vtkPolyData *poly) const;
    void intoPolys(vtkPolyData *poly) const;

private:
    void fill(vtkPolyData *poly, bool polygons) const;

    std::vector<std::array<double, 3>> m_points;
    std::vector<int> m_sizes; ///< corners per cell
    std::vector<std::array<unsigned char, 3>> m_colors;
};

} // namespace brainmd
