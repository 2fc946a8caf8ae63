#pragma once

#include <QImage>
#include <QWidget>

#include <vtkNew.h>

#include <memory>

class QOffscreenSurface;
class QOpenGLContext;
class vtkGenericOpenGLRenderWindow;
class vtkObject;
class vtkRenderer;

namespace brainmd {

class ViewInputHandler;

/// Hosts a vtkGenericOpenGLRenderWindow (Debian's VTK Qt module is built for Qt 5) in a
/// plain raster QWidget: VTK renders into its own framebuffer in an offscreen OpenGL
/// context, the widget reads the frame back and paints it like any image.
/// Why not a QOpenGLWidget: one of those makes Qt compose the whole top-level window with
/// OpenGL on every update, which under a software renderer (Mesa llvmpipe) costs a
/// full-window copy per slice step; a raster widget flushes only its own rectangle.
/// The widget only hosts and forwards input to a ViewInputHandler; what is drawn belongs
/// to renderer classes that add their vtkRenderer here.
/// Call requestRender() after the scene changed: the next paint renders once, however often
/// it was asked. update() alone repaints the last frame (expose, layout).
class VtkViewWidget final : public QWidget {
    Q_OBJECT

public:
    explicit VtkViewWidget(QWidget *parent = nullptr);
    ~VtkViewWidget() override;

    /// The surface format VTK needs (OpenGL 3.2 core); call before the QApplication exists.
    static void installDefaultSurfaceFormat();

    vtkGenericOpenGLRenderWindow *renderWindow() const;
    void addRenderer(vtkRenderer *renderer);
    /// Not owned; null to stop forwarding.
    void setInputHandler(ViewInputHandler *handler) { m_handler = handler; }

    /// Marks the scene changed and schedules a paint, which renders it.
    void requestRender();
    /// Marks the scene changed without scheduling anything: the frame stays until the next
    /// paint (requestRender(), an expose, a grab()), which renders the scene as it is then.
    void invalidate() { m_dirty = true; }
    /// True while a requested frame has not been rendered yet.
    bool renderPending() const { return m_dirty; }
    /// Renders now (even when hidden) and returns the frame (device pixels).
    QImage grabFramebuffer();

    /// Milliseconds spent in the last VTK Render() call (without the read-back).
    double lastRenderMs() const { return m_lastRenderMs; }
    int renderCount() const { return m_renderCount; }

Q_SIGNALS:
    void doubleClicked();
    void activated();
    void rendered();
    void resized();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    bool ensureContext();
    void render();
    void readFrame(int width, int height);
    void onVtkEvent(vtkObject *caller, unsigned long eventId, void *callData);
    QSize deviceSize() const;
    QPointF toDisplay(const QPointF &logical) const;

    vtkNew<vtkGenericOpenGLRenderWindow> m_window;
    std::unique_ptr<QOpenGLContext> m_context;
    std::unique_ptr<QOffscreenSurface> m_surface;
    bool m_contextFailed = false;
    QImage m_frame; ///< the last rendered frame, top row first
    ViewInputHandler *m_handler = nullptr;
    bool m_dirty = true;
    double m_lastRenderMs = 0.0;
    int m_renderCount = 0;
};

} // namespace brainmd
