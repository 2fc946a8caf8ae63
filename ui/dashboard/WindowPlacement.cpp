#include "ui/dashboard/WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace brainmd {

void placeOnScreen(QWidget *window, QSize preferred) {
    const QWidget *anchor = window->parentWidget() != nullptr ? window->parentWidget() : window;
    const QScreen *screen =
        anchor->screen() != nullptr ? anchor->screen() : QGuiApplication::primaryScreen();
    if (screen == nullptr) {
        window->resize(preferred);
        return;
    }
    const QRect free = screen->availableGeometry();
    // The frame (title bar, borders) comes on top of the size set here.
    const QSize size =
        preferred.boundedTo(QSize(free.width() * 95 / 100, free.height() * 90 / 100));
    window->resize(size);
    window->move(free.center() - QPoint(size.width() / 2, size.height() / 2));
}

} // namespace brainmd
