#pragma once

#include "ui/viewer/ViewInputHandler.h"
#include "volume/WindowLevel.h"

#include <Qt>

#include <Eigen/Core>

#include <array>

namespace brainmd {

class SliceRenderer;
class ViewerModel;
class VtkViewWidget;

/// What a left-button drag does in a 2D view (as in 3D Slicer, OHIF and Weasis).
enum class ViewerTool { WindowLevel, Pan, Zoom, Scroll, Ruler };

/// Mouse and keys of one 2D view: wheel and arrow keys scroll (Page keys by 10, Home /
/// End), left drag uses the current tool, right drag zooms, middle drag pans, a click or
/// Shift-move sets the crosshair, Escape removes the ruler. Changes go to the model; only
/// camera changes are applied to the renderer directly.
class SliceInteractor final : public ViewInputHandler {
public:
    SliceInteractor(ViewerModel *model, SliceRenderer *renderer, VtkViewWidget *widget,
                    const ViewerTool *tool);

    bool mousePress(QMouseEvent *event, double x, double y) override;
    bool mouseMove(QMouseEvent *event, double x, double y) override;
    bool mouseRelease(QMouseEvent *event, double x, double y) override;
    bool wheel(QWheelEvent *event) override;
    bool key(QKeyEvent *event) override;

    /// Scrolls the view's slice by `delta`.
    void scroll(int delta);

private:
    enum class Drag { None, WindowLevel, Pan, Zoom, Scroll, Ruler };
    Drag dragFor(Qt::MouseButton button) const;
    void moveCrosshair(double x, double y);
    void cameraChanged();

    ViewerModel *m_model;
    SliceRenderer *m_renderer;
    VtkViewWidget *m_widget;
    const ViewerTool *m_tool;
    Drag m_drag = Drag::None;
    Eigen::Vector2d m_pressAt{0, 0};
    Eigen::Vector2d m_lastAt{0, 0};
    bool m_moved = false;
    WindowLevel m_startWindow;
    int m_startSlice = 0;
    Eigen::Vector3d m_rulerStart{0, 0, 0};
};

} // namespace brainmd
