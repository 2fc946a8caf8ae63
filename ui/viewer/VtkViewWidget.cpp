#include "ui/viewer/VtkViewWidget.h"

#include "ui/viewer/ViewInputHandler.h"

#include <QElapsedTimer>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QSurfaceFormat>

#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkRendererCollection.h>

namespace brainmd {

VtkViewWidget::VtkViewWidget(QWidget *parent)
    : QOpenGLWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(120, 120);
    // An opaque texture: VTK leaves alpha < 1 behind volume rendering and text, which
    // Qt would otherwise composite as see-through.
    setTextureFormat(GL_RGB8);
    // No rendering until Qt has created the context; VTK must not create its own.
    m_window->SetReadyForRendering(false);
    m_window->SetOwnContext(0);
    m_window->SetFrameBlitModeToBlitToCurrent();
    m_window->SetMultiSamples(0);
    m_window->AddObserver(vtkCommand::WindowMakeCurrentEvent, this, &VtkViewWidget::onVtkEvent);
    m_window->AddObserver(vtkCommand::WindowIsCurrentEvent, this, &VtkViewWidget::onVtkEvent);
    m_window->AddObserver(vtkCommand::WindowFrameEvent, this, &VtkViewWidget::onVtkEvent);
}

VtkViewWidget::~VtkViewWidget() {
    // VTK frees its GL objects here, so the context must be current.
    makeCurrent();
    m_window->Finalize();
    m_window->RemoveAllObservers();
    doneCurrent();
}

void VtkViewWidget::installDefaultSurfaceFormat() {
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    format.setRedBufferSize(8);
    format.setGreenBufferSize(8);
    format.setBlueBufferSize(8);
    format.setDepthBufferSize(8);
    format.setAlphaBufferSize(8);
    format.setStencilBufferSize(0);
    format.setSamples(0);
    QSurfaceFormat::setDefaultFormat(format);
}

vtkGenericOpenGLRenderWindow *VtkViewWidget::renderWindow() const {
    return m_window.Get();
}

void VtkViewWidget::addRenderer(vtkRenderer *renderer) {
    m_window->AddRenderer(renderer);
}

void VtkViewWidget::onVtkEvent(vtkObject *, unsigned long eventId, void *callData) {
    switch (eventId) {
    case vtkCommand::WindowMakeCurrentEvent:
        if (context() != nullptr && QOpenGLContext::currentContext() != context())
            makeCurrent();
        break;
    case vtkCommand::WindowIsCurrentEvent:
        *static_cast<bool *>(callData) =
            context() != nullptr && QOpenGLContext::currentContext() == context();
        break;
    case vtkCommand::WindowFrameEvent:
        // VTK asks for a redraw of its own (e.g. after a render outside paintGL).
        if (QOpenGLContext::currentContext() != context())
            update();
        break;
    default:
        break;
    }
}

void VtkViewWidget::initializeGL() {
    m_window->SetReadyForRendering(true);
    m_window->InitializeFromCurrentContext();
    m_window->SetForceMaximumHardwareLineWidth(1);
    m_window->SetMapped(1);
    m_window->SetIsDirect(1);
    m_window->SetSupportsOpenGL(1);
}

void VtkViewWidget::resizeGL(int w, int h) {
    const qreal ratio = devicePixelRatioF();
    m_window->SetSize(static_cast<int>(w * ratio), static_cast<int>(h * ratio));
    m_window->SetPosition(0, 0);
    Q_EMIT resized();
}

void VtkViewWidget::paintGL() {
    QElapsedTimer timer;
    timer.start();
    m_window->Render();
    m_lastRenderMs = static_cast<double>(timer.nsecsElapsed()) / 1.0e6;
    ++m_renderCount;
    Q_EMIT rendered();
}

QPointF VtkViewWidget::toDisplay(const QPointF &logical) const {
    const qreal ratio = devicePixelRatioF();
    return {logical.x() * ratio, (height() - logical.y()) * ratio - 1.0};
}

void VtkViewWidget::mousePressEvent(QMouseEvent *event) {
    Q_EMIT activated();
    setFocus(Qt::MouseFocusReason);
    const QPointF p = toDisplay(event->position());
    if (m_handler == nullptr || !m_handler->mousePress(event, p.x(), p.y()))
        QOpenGLWidget::mousePressEvent(event);
}

void VtkViewWidget::mouseMoveEvent(QMouseEvent *event) {
    const QPointF p = toDisplay(event->position());
    if (m_handler == nullptr || !m_handler->mouseMove(event, p.x(), p.y()))
        QOpenGLWidget::mouseMoveEvent(event);
}

void VtkViewWidget::mouseReleaseEvent(QMouseEvent *event) {
    const QPointF p = toDisplay(event->position());
    if (m_handler == nullptr || !m_handler->mouseRelease(event, p.x(), p.y()))
        QOpenGLWidget::mouseReleaseEvent(event);
}

void VtkViewWidget::mouseDoubleClickEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton)
        Q_EMIT doubleClicked();
}

void VtkViewWidget::wheelEvent(QWheelEvent *event) {
    Q_EMIT activated();
    if (m_handler == nullptr || !m_handler->wheel(event))
        QOpenGLWidget::wheelEvent(event);
}

void VtkViewWidget::keyPressEvent(QKeyEvent *event) {
    if (m_handler == nullptr || !m_handler->key(event))
        QOpenGLWidget::keyPressEvent(event);
}

void VtkViewWidget::focusInEvent(QFocusEvent *event) {
    Q_EMIT activated();
    QOpenGLWidget::focusInEvent(event);
}

} // namespace brainmd
