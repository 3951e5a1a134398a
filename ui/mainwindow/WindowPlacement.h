#pragma once
// Where the main window opens: where the person left it last time (remembered per user in the
// program's settings), otherwise 1366×768 centred on the screen, or maximised when the screen's
// free area (without the task bar) is smaller than that, so the status bar is never off-screen.

#include <QRect>
#include <QSize>

class QWidget;

namespace jinglao::ui {

struct WindowPlacement {
    QRect geometry;         // the frame's client area, inside the free area
    bool maximised = false; // when the free area is smaller than the wanted size
};

// The first-start placement of a window of `wanted` size, whose title bar and borders take
// `frame` more, on a screen whose free area is `available`.
WindowPlacement initialPlacement(const QRect& available, const QSize& wanted, const QSize& frame);

// Shows the main window where it was last left, or as initialPlacement() says on its screen.
void showPlaced(QWidget& window);
// Remembers where the main window is, for showPlaced() next time.
void rememberPlacement(const QWidget& window);

} // namespace jinglao::ui
