#include "ui/viewer/VolumeInteractor.h"

#include "ui/viewer/VolumeRenderer.h"
#include "ui/viewer/VtkViewWidget.h"

#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace brainmd {

VolumeInteractor::VolumeInteractor(VolumeRenderer *renderer, VtkViewWidget *widget,
                                   std::function<void()> onSettled)
    : m_renderer(renderer)
    , m_widget(widget)
    , m_onSettled(std::move(onSettled)) {}

bool VolumeInteractor::mousePress(QMouseEvent *event, double x, double y) {
    m_button = event->button();
    m_last = {x, y};
    m_renderer->setInteractive(true);
    return true;
}

bool VolumeInteractor::mouseMove(QMouseEvent *, double x, double y) {
    if (m_button == Qt::NoButton)
        return false;
    const Eigen::Vector2d step = Eigen::Vector2d(x, y) - m_last;
    m_last = {x, y};
    if (m_button == Qt::LeftButton)
        m_renderer->rotate(-step.x() * 0.4, -step.y() * 0.4);
    else if (m_button == Qt::RightButton)
        m_renderer->zoom(std::exp(step.y() * 0.01));
    m_widget->requestRender();
    return true;
}

bool VolumeInteractor::mouseRelease(QMouseEvent *, double, double) {
    m_button = Qt::NoButton;
    m_onSettled();
    return true;
}

bool VolumeInteractor::wheel(QWheelEvent *event) {
    m_renderer->setInteractive(true);
    m_renderer->zoom(std::pow(1.1, event->angleDelta().y() / 120.0));
    m_widget->requestRender();
    m_onSettled();
    return true;
}

bool VolumeInteractor::key(QKeyEvent *) {
    return false;
}

} // namespace brainmd
