#include "mainwindow/WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace jinglao::ui {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QSize defaultSize(1366, 768);
// A typical title bar and border, for screens whose window manager has not told us yet.
const QSize typicalFrame(2, 32);

} // namespace

WindowPlacement initialPlacement(const QRect& available, const QSize& wanted, const QSize& frame)
{
    WindowPlacement placement;
    const QSize withFrame = wanted + frame;
    if (withFrame.width() > available.width() || withFrame.height() > available.height()) {
        placement.maximised = true;
        placement.geometry = QRect(available.topLeft(), available.size() - frame);
        return placement;
    }
    const QPoint topLeft(available.left() + (available.width() - withFrame.width()) / 2,
                         available.top() + (available.height() - withFrame.height()) / 2 + frame.height());
    placement.geometry = QRect(topLeft, wanted);
    return placement;
}

void showPlaced(QWidget& window)
{
    const QSettings settings;
    // restoreGeometry() moves a window that was left on a screen no longer there back onto one.
    if (settings.contains(geometryKey) && window.restoreGeometry(settings.value(geometryKey).toByteArray())) {
        window.show();
        return;
    }
    const QScreen* screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window.resize(defaultSize);
        window.show();
        return;
    }
    const WindowPlacement placement =
        initialPlacement(screen->availableGeometry(), defaultSize, typicalFrame);
    window.setGeometry(placement.geometry);
    if (placement.maximised)
        window.showMaximized();
    else
        window.show();
}

void rememberPlacement(const QWidget& window)
{
    QSettings settings;
    settings.setValue(geometryKey, window.saveGeometry());
}

} // namespace jinglao::ui
