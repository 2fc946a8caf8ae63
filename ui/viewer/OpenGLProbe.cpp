#include "ui/viewer/OpenGLProbe.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QSurfaceFormat>

#include <cstdio>

namespace brainmd {

namespace {

QString versionText(const QSurfaceFormat &format) {
    return QStringLiteral("%1.%2").arg(format.majorVersion()).arg(format.minorVersion());
}

/// False on the platforms that draw nothing anyone could see: a modal message box there
/// would wait for a click that never comes, so only stderr tells.
bool showsWindows() {
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal") &&
           platform != QLatin1String("minimalegl");
}

/// Debian's VTK loads its OpenGL functions through GLEW, which is built for GLX: under an
/// EGL context GLEW finds no GLX display and VTK renders nothing ("GLEW could not be
/// initialized"). Qt falls back to EGL on an X server without the GLX extension, so on X11
/// the context must be a GLX one.
bool isGlx([[maybe_unused]] QOpenGLContext &context) {
#if QT_CONFIG(xcb_glx_plugin)
    return context.nativeInterface<QNativeInterface::QGLXContext>() != nullptr;
#else
    return false;
#endif
}

} // namespace

QString OpenGLProbe::missingOpenGL() {
    const QSurfaceFormat wanted = QSurfaceFormat::defaultFormat();
    const QString platform = QGuiApplication::platformName();
    // The same steps VtkViewWidget takes, without a widget: a context of the default format,
    // made current on an offscreen surface. A platform without OpenGL fails the first step.
    QOpenGLContext context;
    context.setFormat(wanted);
    if (!context.create())
        return tr("no OpenGL context on the platform '%1'").arg(platform);
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface))
        return tr("an OpenGL context that cannot be used on the platform '%1'").arg(platform);
    const auto *renderer = context.functions()->glGetString(GL_RENDERER);
    const QString rendererName = renderer != nullptr
                                     ? QString::fromLatin1(reinterpret_cast<const char *>(renderer))
                                     : QStringLiteral("?");
    // Read after makeCurrent: the version the driver gave, which may be below the request.
    const QSurfaceFormat got = context.format();
    const bool isEs = context.isOpenGLES();
    context.doneCurrent();
    if (platform == QLatin1String("xcb") && !isGlx(context))
        return tr("EGL without GLX, renderer %1").arg(rendererName);
    // VTK's OpenGL2 back end needs desktop OpenGL; ES of any version will not do.
    if (isEs)
        return tr("OpenGL ES %1 only, renderer %2").arg(versionText(got), rendererName);
    if (got.version() < wanted.version())
        return tr("OpenGL %1 only, renderer %2").arg(versionText(got), rendererName);
    return {};
}

void OpenGLProbe::reportMissing(const QString &found) {
    const QString needed = versionText(QSurfaceFormat::defaultFormat());
    // One line, so that scripts and logs (ssh, CI, a desktop launcher's journal) show the
    // reason even when no window can appear.
    const QString line = QStringLiteral("brainmd-workstation: ") +
                         tr("OpenGL %1 is not available (found: %2); install Mesa "
                            "(libgl1-mesa-dri), use an X server with GLX, or run the brainmd "
                            "command-line tool instead.")
                             .arg(needed, found);
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    if (!showsWindows())
        return;
    QMessageBox box(QMessageBox::Critical, tr("BrainMD Workstation"),
                    tr("BrainMD Workstation cannot start: its image views need OpenGL %1, "
                       "which is not available here (found: %2).")
                        .arg(needed, found),
                    QMessageBox::Ok);
    box.setInformativeText(
        tr("Install the Mesa OpenGL drivers (on Debian: sudo apt-get install libgl1-mesa-dri "
           "libglx-mesa0), or start the workstation on an X server with GLX (for Xvfb, without "
           "\"-extension GLX\"). Without a display, the brainmd command-line tool runs the same "
           "import, slice selection and BrainBench jobs."));
    box.exec();
}

} // namespace brainmd
