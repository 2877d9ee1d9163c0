#pragma once

#include "namedviews.h"

#include <QWidget>

class CameraGrid;
class CameraRegistry;
class QScreen;

// A view shown full screen on a screen of its own (a wall of monitors): the view's layout, cameras in its order,
// page and maximized camera, in a grid of its own that leaves the window's arrangement alone. Escape closes it.
class WallWindow final : public QWidget
{
    Q_OBJECT

public:
    WallWindow(CameraRegistry *registry, const NamedView &view, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WallWindow)

    CameraGrid *grid() const;
    QString viewName() const;
    // Full screen on `screen`.
    void showOn(QScreen *screen);

private:
    CameraGrid *m_grid;
    QString m_viewName;
};
