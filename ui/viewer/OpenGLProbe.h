#pragma once

#include <QCoreApplication>
#include <QString>

namespace brainmd {

/// Checks, before any VtkViewWidget exists, that the platform can create the OpenGL context
/// VTK renders into (the default surface format of VtkViewWidget::installDefaultSurfaceFormat,
/// OpenGL 3.2 core). Without one the workstation used to die with a segmentation fault in
/// Qt's first flush of the QOpenGLWidgets (QPlatformBackingStore::rhiFlush, e.g. under
/// QT_QPA_PLATFORM=offscreen), or to show black views (an X server without GLX); with the
/// probe it says what is missing and exits before any view exists.
class OpenGLProbe {
    Q_DECLARE_TR_FUNCTIONS(OpenGLProbe)

public:
    /// brainmd-workstation's exit code when the probe fails (README, brainmd-workstation(1)).
    static constexpr int kExitNoOpenGL = 3;

    /// Empty when a context of at least the default format's version can be created and
    /// made current; otherwise what was found instead, for the message (e.g. "OpenGL 2.1
    /// only, renderer llvmpipe" or "no OpenGL context on the platform 'offscreen'"). Needs a
    /// QGuiApplication.
    static QString missingOpenGL();

    /// Prints one line to stderr and, on a platform that shows windows, a message box
    /// saying what is missing and what to do. `found` comes from missingOpenGL().
    static void reportMissing(const QString &found);
};

} // namespace brainmd
