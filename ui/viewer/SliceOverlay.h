#pragma once

#include "ui/viewer/OverlayPrimitives.h"
#include "ui/viewer/ViewFrame.h"
#include "ui/viewer/ViewerModel.h"

#include <vtkNew.h>

#include <optional>
#include <utility>

class vtkActor;
class vtkActor2D;
class vtkPolyData;
class vtkRenderer;
class vtkTextActor;

namespace brainmd {

/// Everything a 2D view draws over its image, as VTK actors: crosshair lines, marker
/// lines of the other views' slices, Vote-MI histograms along the in-plane axes, a slice
/// strip on the right edge (this view's marks, current slice, vote profile) and the
/// ruler. Recomputed from the model on every update; VTK's buffers are rebuilt only for
/// the parts that changed.
class SliceOverlay {
public:
    SliceOverlay(View view, vtkRenderer *renderer);
    ~SliceOverlay();

    /// World bounds of the image (xmin, xmax, ymin, ymax, zmin, zmax) and its spacing.
    void setImageGeometry(const std::array<double, 6> &bounds,
                          const std::array<double, 3> &spacing);
    void updateFromModel(const ViewerModel &model);

    /// A measured distance between two world points on the current slice; nullopt hides it.
    void setRuler(std::optional<std::pair<Eigen::Vector3d, Eigen::Vector3d>> ruler);
    std::optional<double> rulerLengthMm() const;

private:
    double worldOf(int axis, int index) const;
    void buildLines(const ViewerModel &model, OverlayPrimitives &lines) const;
    void buildHistograms(const ViewerModel &model, OverlayPrimitives &bars) const;
    void buildStrip(const ViewerModel &model, OverlayPrimitives &strip) const;
    void updateRuler();

    View m_view;
    ViewFrame m_frame;
    vtkRenderer *m_renderer;
    std::array<double, 6> m_bounds{0, 0, 0, 0, 0, 0};
    std::array<double, 3> m_spacing{1, 1, 1};
    double m_depth = 0.0; ///< world coordinate of the current slice along the view's axis
    std::optional<std::pair<Eigen::Vector3d, Eigen::Vector3d>> m_ruler;

    vtkNew<vtkActor> m_lines;
    vtkNew<vtkActor> m_histograms;
    vtkNew<vtkActor2D> m_strip;
    vtkNew<vtkActor> m_rulerLine;
    vtkNew<vtkTextActor> m_rulerText;
    /// What the line, bar and strip actors draw now.
    OverlayPrimitives m_shownLines;
    OverlayPrimitives m_shownHistograms;
    OverlayPrimitives m_shownStrip;
};

} // namespace brainmd
