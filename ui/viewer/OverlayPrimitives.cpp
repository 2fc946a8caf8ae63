#include "ui/viewer/OverlayPrimitives.h"

#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkNew.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkUnsignedCharArray.h>

namespace brainmd {

void OverlayPrimitives::add(std::initializer_list<Eigen::Vector3d> corners, const QColor &color) {
    for (const Eigen::Vector3d &p : corners)
        m_points.push_back({p[0], p[1], p[2]});
    m_sizes.push_back(static_cast<int>(corners.size()));
    m_colors.push_back({static_cast<unsigned char>(color.red()),
                        static_cast<unsigned char>(color.green()),
                        static_cast<unsigned char>(color.blue())});
}

void OverlayPrimitives::intoLines(vtkPolyData *poly) const {
    fill(poly, false);
}

void OverlayPrimitives::intoPolys(vtkPolyData *poly) const {
    fill(poly, true);
}

void OverlayPrimitives::fill(vtkPolyData *poly, bool polygons) const {
    vtkNew<vtkPoints> points;
    points->SetNumberOfPoints(static_cast<vtkIdType>(m_points.size()));
    for (std::size_t i = 0; i < m_points.size(); ++i)
        points->SetPoint(static_cast<vtkIdType>(i), m_points[i].data());
    vtkNew<vtkCellArray> cells;
    vtkIdType next = 0;
    std::vector<vtkIdType> ids;
    for (int size : m_sizes) {
        ids.resize(static_cast<std::size_t>(size));
        for (vtkIdType &id : ids)
            id = next++;
        cells->InsertNextCell(size, ids.data());
    }
    vtkNew<vtkUnsignedCharArray> colors;
    colors->SetNumberOfComponents(3);
    colors->SetNumberOfTuples(static_cast<vtkIdType>(m_colors.size()));
    for (std::size_t i = 0; i < m_colors.size(); ++i)
        colors->SetTypedTuple(static_cast<vtkIdType>(i), m_colors[i].data());
    poly->SetPoints(points);
    if (polygons)
        poly->SetPolys(cells);
    else
        poly->SetLines(cells);
    poly->GetCellData()->SetScalars(colors);
}

} // namespace brainmd
