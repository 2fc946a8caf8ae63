#include "ui/viewer/VtkViewWidget.h"

#include "ui/viewer/ViewInputHandler.h"

#include <QElapsedTimer>
#include <QMouseEvent>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QPainter>
#include <QSurfaceFormat>

#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

namespace brainmd {

VtkViewWidget::VtkViewWidget(QWidget *parent)
    : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(120, 120);
    // The frame covers the whole widget: Qt need not clear or paint anything below it.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_NoSystemBackground);
    // No rendering until the offscreen context exists; VTK must not create its own window.
    m_window->SetReadyForRendering(false);
    m_window->SetOwnContext(0);
    // The frame is read straight from VTK's render framebuffer: no copy into its display
    // framebuffer (SwapBuffers) and none into a window's (blit).
    m_window->SetFrameBlitModeToNoBlit();
    m_window->SwapBuffersOff();
    m_window->SetMultiSamples(0);
    m_window->AddObserver(vtkCommand::WindowMakeCurrentEvent, this, &VtkViewWidget::onVtkEvent);
    m_window->AddObserver(vtkCommand::WindowIsCurrentEvent, this, &VtkViewWidget::onVtkEvent);
}

VtkViewWidget::~VtkViewWidget() {
    // VTK frees its GL objects here, so the context must be current.
    if (m_context && m_context->makeCurrent(m_surface.get())) {
        m_window->Finalize();
        m_context->doneCurrent();
    }
    m_window->RemoveAllObservers();
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

void VtkViewWidget::requestRender() {
    m_dirty = true;
    update();
}

QImage VtkViewWidget::grabFramebuffer() {
    render();
    return m_frame;
}

void VtkViewWidget::onVtkEvent(vtkObject *, unsigned long eventId, void *callData) {
    switch (eventId) {
    case vtkCommand::WindowMakeCurrentEvent:
        if (m_context && QOpenGLContext::currentContext() != m_context.get())
            m_context->makeCurrent(m_surface.get());
        break;
    case vtkCommand::WindowIsCurrentEvent:
        *static_cast<bool *>(callData) =
            m_context && QOpenGLContext::currentContext() == m_context.get();
        break;
    default:
        break;
    }
}

bool VtkViewWidget::ensureContext() {
    if (m_context)
        return true;
    if (m_contextFailed)
        return false;
    // Every view has a context of its own: VTK caches GL state per render window.
    auto context = std::make_unique<QOpenGLContext>();
    context->setFormat(QSurfaceFormat::defaultFormat());
    auto surface = std::make_unique<QOffscreenSurface>();
    if (context->create()) {
        surface->setFormat(context->format());
        surface->create();
    }
    if (!context->isValid() || !surface->isValid() || !context->makeCurrent(surface.get())) {
        m_contextFailed = true; // OpenGLProbe reports this before any view exists
        return false;
    }
    m_context = std::move(context);
    m_surface = std::move(surface);
    m_window->SetReadyForRendering(true);
    m_window->InitializeFromCurrentContext();
    m_window->SetForceMaximumHardwareLineWidth(1);
    m_window->SetMapped(1);
    m_window->SetIsDirect(1);
    m_window->SetSupportsOpenGL(1);
    return true;
}

QSize VtkViewWidget::deviceSize() const {
    const qreal ratio = devicePixelRatioF();
    return {static_cast<int>(width() * ratio), static_cast<int>(height() * ratio)};
}

void VtkViewWidget::render() {
    const QSize size = deviceSize();
    if (size.isEmpty() || !ensureContext())
        return;
    if (!m_context->makeCurrent(m_surface.get()))
        return;
    m_window->SetSize(size.width(), size.height());
    QElapsedTimer timer;
    timer.start();
    m_window->Render();
    m_lastRenderMs = static_cast<double>(timer.nsecsElapsed()) / 1.0e6;
    readFrame(size.width(), size.height());
    m_dirty = false;
    ++m_renderCount;
    Q_EMIT rendered();
}

void VtkViewWidget::readFrame(int width, int height) {
    if (m_frame.size() != QSize(width, height))
        m_frame = QImage(width, height, QImage::Format_RGB32);
    // Without multisampling the frame is the render framebuffer's first colour attachment.
    // BGRA bytes are Format_RGB32's memory layout, so the read is one copy, no conversion.
    vtkOpenGLState *state = m_window->GetState();
    vtkOpenGLFramebufferObject *framebuffer = m_window->GetRenderFramebuffer();
    state->PushReadFramebufferBinding();
    framebuffer->Bind(GL_READ_FRAMEBUFFER);
    framebuffer->ActivateReadBuffer(0);
    state->vtkglPixelStorei(GL_PACK_ALIGNMENT, 4);
    m_context->functions()->glReadPixels(0, 0, width, height, GL_BGRA, GL_UNSIGNED_BYTE,
                                         m_frame.bits());
    state->PopReadFramebufferBinding();
    // OpenGL rows run bottom-up.
    m_frame.mirror(false, true);
    m_frame.setDevicePixelRatio(devicePixelRatioF());
}

void VtkViewWidget::paintEvent(QPaintEvent *) {
    if (m_dirty || m_frame.size() != deviceSize())
        render();
    QPainter painter(this);
    if (m_frame.isNull())
        painter.fillRect(rect(), Qt::black);
    else
        painter.drawImage(QPoint(0, 0), m_frame);
}

void VtkViewWidget::resizeEvent(QResizeEvent *event) {
    const QSize size = deviceSize();
    m_window->SetSize(size.width(), size.height());
    m_window->SetPosition(0, 0);
    m_dirty = true;
    QWidget::resizeEvent(event);
    Q_EMIT resized();
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
        QWidget::mousePressEvent(event);
}

void VtkViewWidget::mouseMoveEvent(QMouseEvent *event) {
    const QPointF p = toDisplay(event->position());
    if (m_handler == nullptr || !m_handler->mouseMove(event, p.x(), p.y()))
        QWidget::mouseMoveEvent(event);
}

void VtkViewWidget::mouseReleaseEvent(QMouseEvent *event) {
    const QPointF p = toDisplay(event->position());
    if (m_handler == nullptr || !m_handler->mouseRelease(event, p.x(), p.y()))
        QWidget::mouseReleaseEvent(event);
}

void VtkViewWidget::mouseDoubleClickEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton)
        Q_EMIT doubleClicked();
}

void VtkViewWidget::wheelEvent(QWheelEvent *event) {
    Q_EMIT activated();
    if (m_handler == nullptr || !m_handler->wheel(event))
        QWidget::wheelEvent(event);
}

void VtkViewWidget::keyPressEvent(QKeyEvent *event) {
    if (m_handler == nullptr || !m_handler->key(event))
        QWidget::keyPressEvent(event);
}

void VtkViewWidget::focusInEvent(QFocusEvent *event) {
    Q_EMIT activated();
    QWidget::focusInEvent(event);
}

} // namespace brainmd
