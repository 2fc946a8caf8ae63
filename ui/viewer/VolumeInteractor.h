#pragma once

#include "ui/viewer/ViewInputHandler.h"

#include <Qt>

#include <Eigen/Core>

#include <functional>

namespace brainmd {

class VolumeRenderer;
class VtkViewWidget;

/// Mouse of the 3D view: left drag rotates, right drag or wheel zooms. While dragging the
/// renderer samples coarsely; `onSettled` is called on release so the host can schedule
/// the full-quality frame.
class VolumeInteractor final : public ViewInputHandler {
public:
    VolumeInteractor(VolumeRenderer *renderer, VtkViewWidget *widget,
                     std::function<void()> onSettled);

    bool mousePress(QMouseEvent *event, double x, double y) override;
    bool mouseMove(QMouseEvent *event, double x, double y) override;
    bool mouseRelease(QMouseEvent *event, double x, double y) override;
    bool wheel(QWheelEvent *event) override;
    bool key(QKeyEvent *event) override;

private:
    VolumeRenderer *m_renderer;
    VtkViewWidget *m_widget;
    std::function<void()> m_onSettled;
    Qt::MouseButton m_button = Qt::NoButton;
    Eigen::Vector2d m_last{0, 0};
};

} // namespace brainmd
