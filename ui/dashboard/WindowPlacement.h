#pragma once

#include <QSize>

class QWidget;

namespace brainmd {

/// Gives a top-level window `preferred` size, shrunk to 95 % of the free area of its
/// screen (a 1366×768 laptop, a 1080-pixel monitor with a task bar), and centres it
/// there, so that no part of it opens off the screen.
void placeOnScreen(QWidget *window, QSize preferred);

} // namespace brainmd
