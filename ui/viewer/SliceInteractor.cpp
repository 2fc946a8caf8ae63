#include "ui/viewer/SliceInteractor.h"

#include "ui/viewer/SliceRenderer.h"
#include "ui/viewer/ViewerModel.h"
#include "ui/viewer/VtkViewWidget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace brainmd {

SliceInteractor::SliceInteractor(ViewerModel *model, SliceRenderer *renderer, VtkViewWidget *widget,
                                 const ViewerTool *tool)
    : m_model(model)
    , m_renderer(renderer)
    , m_widget(widget)
    , m_tool(tool) {}

SliceInteractor::Drag SliceInteractor::dragFor(Qt::MouseButton button) const {
    if (button == Qt::RightButton)
        return Drag::Zoom;
    if (button == Qt::MiddleButton)
        return Drag::Pan;
    if (button != Qt::LeftButton)
        return Drag::None;
    switch (*m_tool) {
    case ViewerTool::Pan:
        return Drag::Pan;
    case ViewerTool::Zoom:
        return Drag::Zoom;
    case ViewerTool::Scroll:
        return Drag::Scroll;
    case ViewerTool::Ruler:
        return Drag::Ruler;
    case ViewerTool::WindowLevel:
        break;
    }
    return Drag::WindowLevel;
}

bool SliceInteractor::mousePress(QMouseEvent *event, double x, double y) {
    if (!m_model->hasVolume())
        return false;
    m_drag = dragFor(event->button());
    m_pressAt = m_lastAt = {x, y};
    m_moved = false;
    m_startWindow = m_model->window();
    m_startSlice = m_model->sliceIndex(m_renderer->view());
    if (m_drag == Drag::Ruler) {
        m_rulerStart = m_renderer->worldAt(x, y);
        m_renderer->setRuler(std::nullopt);
    }
    return m_drag != Drag::None;
}

bool SliceInteractor::mouseMove(QMouseEvent *event, double x, double y) {
    if (!m_model->hasVolume())
        return false;
    const Eigen::Vector2d at(x, y);
    if (m_drag == Drag::None) {
        if (event->modifiers() & Qt::ShiftModifier)
            moveCrosshair(x, y);
        return true;
    }
    m_moved = m_moved || (at - m_pressAt).norm() > 3.0;
    const Eigen::Vector2d total = at - m_pressAt;
    const Eigen::Vector2d step = at - m_lastAt;
    m_lastAt = at;
    switch (m_drag) {
    case Drag::WindowLevel: {
        // Horizontal changes the width, vertical the level; scaled to the default width.
        const double unit = std::max(m_model->defaultWindow().width, 1.0) / 400.0;
        WindowLevel w = m_startWindow;
        w.width = std::max(1.0, m_startWindow.width + total.x() * unit);
        w.center = m_startWindow.center + total.y() * unit;
        m_model->setWindow(w);
        break;
    }
    case Drag::Pan:
        m_renderer->pan(step.x(), step.y());
        cameraChanged();
        break;
    case Drag::Zoom:
        m_renderer->zoom(std::exp(step.y() * 0.01));
        cameraChanged();
        break;
    case Drag::Scroll:
        m_model->setSliceIndex(m_renderer->view(),
                               m_startSlice + static_cast<int>(total.y() / 4.0));
        break;
    case Drag::Ruler:
        m_renderer->setRuler(std::make_pair(m_rulerStart, m_renderer->worldAt(x, y)));
        cameraChanged();
        break;
    case Drag::None:
        break;
    }
    return true;
}

bool SliceInteractor::mouseRelease(QMouseEvent *event, double x, double y) {
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::None)
        return false;
    if (!m_moved && event->button() == Qt::LeftButton && drag != Drag::Ruler)
        moveCrosshair(x, y);
    return true;
}

bool SliceInteractor::wheel(QWheelEvent *event) {
    if (!m_model->hasVolume())
        return false;
    const int notches = event->angleDelta().y() / 120;
    if (notches == 0)
        return true;
    if (event->modifiers() & Qt::ControlModifier) {
        m_renderer->zoom(std::pow(1.1, notches));
        cameraChanged();
    } else {
        scroll(notches);
    }
    return true;
}

bool SliceInteractor::key(QKeyEvent *event) {
    if (!m_model->hasVolume())
        return false;
    const View view = m_renderer->view();
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Right:
        scroll(1);
        return true;
    case Qt::Key_Down:
    case Qt::Key_Left:
        scroll(-1);
        return true;
    case Qt::Key_PageUp:
        scroll(10);
        return true;
    case Qt::Key_PageDown:
        scroll(-10);
        return true;
    case Qt::Key_Home:
        m_model->setSliceIndex(view, 0);
        return true;
    case Qt::Key_End:
        m_model->setSliceIndex(view, m_model->sliceCount(view) - 1);
        return true;
    case Qt::Key_Escape:
        m_renderer->setRuler(std::nullopt);
        cameraChanged();
        return true;
    default:
        return false;
    }
}

void SliceInteractor::scroll(int delta) {
    const View view = m_renderer->view();
    m_model->setSliceIndex(view, m_model->sliceIndex(view) + delta);
}

void SliceInteractor::moveCrosshair(double x, double y) {
    if (const auto voxel = m_renderer->voxelAt(x, y, *m_model))
        m_model->setCursor(*voxel);
}

void SliceInteractor::cameraChanged() {
    m_renderer->updateFromModel(*m_model, {});
    m_widget->requestRender();
}

} // namespace brainmd
