#pragma once

#include <QOpenGLWidget>

#include <vtkNew.h>

class vtkGenericOpenGLRenderWindow;
class vtkObject;
class vtkRenderer;
class QSurfaceFormat;

namespace brainmd {

class ViewInputHandler;

/// Hosts a vtkGenericOpenGLRenderWindow in a QOpenGLWidget (Debian's VTK Qt module is
/// built for Qt 5). VTK renders into its own framebuffer and blits into the widget's.
/// The widget only hosts and forwards input to a ViewInputHandler; what is drawn belongs
/// to renderer classes that add their vtkRenderer here. Call update() to redraw.
class VtkViewWidget final : public QOpenGLWidget {
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

    /// Milliseconds spent in the last VTK Render() call.
    double lastRenderMs() const { return m_lastRenderMs; }
    int renderCount() const { return m_renderCount; }

Q_SIGNALS:
    void doubleClicked();
    void activated();
    void rendered();
    void resized();

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void onVtkEvent(vtkObject *caller, unsigned long eventId, void *callData);
    QPointF toDisplay(const QPointF &logical) const;

    vtkNew<vtkGenericOpenGLRenderWindow> m_window;
    ViewInputHandler *m_handler = nullptr;
    double m_lastRenderMs = 0.0;
    int m_renderCount = 0;
};

} // namespace brainmd
