#pragma once

class QKeyEvent;
class QMouseEvent;
class QWheelEvent;

namespace brainmd {

/// Receives the input of a VtkViewWidget (positions in device pixels, origin bottom-left,
/// as VTK display coordinates). Return true when the event was used.
class ViewInputHandler {
public:
    virtual ~ViewInputHandler() = default;
    virtual bool mousePress(QMouseEvent *event, double x, double y) = 0;
    virtual bool mouseMove(QMouseEvent *event, double x, double y) = 0;
    virtual bool mouseRelease(QMouseEvent *event, double x, double y) = 0;
    virtual bool wheel(QWheelEvent *event) = 0;
    virtual bool key(QKeyEvent *event) = 0;
};

} // namespace brainmd
