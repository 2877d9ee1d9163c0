#include "wallwindow.h"

#include "widgets/cameragrid.h"

#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>

WallWindow::WallWindow(CameraRegistry *registry, const NamedView &view, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_grid(new CameraGrid(registry, this))
    , m_viewName(view.name)
{
    setObjectName(QStringLiteral("wallWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 — CCTV Dashboard").arg(view.name));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_grid);
    m_grid->setOwnOrder(view.order);
    m_grid->setCellsPerSide(view.cellsPerSide);
    m_grid->setPage(view.page);
    m_grid->setMaximized(m_grid->tileFor(view.maximized));
    // Escape gives back the view's arrangement when a tile was maximized here, else closes the wall.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this, maximized = view.maximized] {
        if (m_grid->maximized() && !m_grid->tileFor(maximized))
            m_grid->setMaximized(nullptr);
        else
            close();
    });
}

CameraGrid *WallWindow::grid() const
{
    return m_grid;
}

QString WallWindow::viewName() const
{
    return m_viewName;
}

void WallWindow::showOn(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
}
