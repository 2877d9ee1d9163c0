#include "cameragrid.h"

#include "camera/camera.h"
#include "camera/cameraregistry.h"
#include "cameratile.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QTimer>

#include <cmath>

const QString CameraGrid::CameraMimeType = QStringLiteral("application/x-cctv-dashboard-camera");

CameraGrid::CameraGrid(CameraRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(2, 2, 2, 2);
    m_layout->setSpacing(2);
    setAutoFillBackground(true);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x1a, 0x1a, 0x1a));
    setPalette(dark);

    for (Camera *camera : registry->cameras())
        addTile(camera);
    connect(registry, &CameraRegistry::cameraAdded, this, &CameraGrid::addTile);
    connect(registry, &CameraRegistry::cameraRemoved, this, &CameraGrid::removeTile);
    connect(registry, &CameraRegistry::orderChanged, this, &CameraGrid::relayout);
    relayout();
}

QList<CameraTile *> CameraGrid::tiles() const
{
    return m_tiles;
}

CameraTile *CameraGrid::tileFor(const QString &cameraId) const
{
    for (CameraTile *tile : m_tiles) {
        if (tile->camera() && tile->camera()->id() == cameraId)
            return tile;
    }
    return nullptr;
}

void CameraGrid::setShareBaseUrl(const QUrl &base)
{
    m_shareBase = base;
    for (CameraTile *tile : std::as_const(m_tiles))
        tile->setShareBaseUrl(base);
}

int CameraGrid::columnsFor(int count)
{
    return qMax(1, int(std::ceil(std::sqrt(double(count)))));
}

void CameraGrid::setOwnOrder(const QStringList &ids)
{
    m_ownOrder = ids;
    relayout();
}

void CameraGrid::setOverlayItems(const OverlayItems &items)
{
    m_overlayItems = items;
    for (CameraTile *tile : std::as_const(m_tiles))
        tile->setOverlayItems(items);
}

void CameraGrid::addTile(Camera *camera)
{
    auto *tile = new CameraTile(camera, this);
    tile->setDemo(m_registry->isDemo(camera->id()));
    tile->setShareBaseUrl(m_shareBase);
    tile->setOverlayItems(m_overlayItems);
    connect(tile, &CameraTile::shareChanged, this, &CameraGrid::sharingChanged);
    // The tile's requests reach the window with the camera they are about.
    const auto forward = [this, tile](auto tileSignal, auto gridSignal) {
        connect(tile, tileSignal, this, [this, tile, gridSignal] {
            if (tile->camera())
                Q_EMIT(this->*gridSignal)(tile->camera());
        });
    };
    forward(&CameraTile::shareLinkRequested, &CameraGrid::shareLinkRequested);
    forward(&CameraTile::snapshotRequested, &CameraGrid::snapshotRequested);
    forward(&CameraTile::editRequested, &CameraGrid::editRequested);
    forward(&CameraTile::removeRequested, &CameraGrid::removeRequested);
    forward(&CameraTile::focused, &CameraGrid::currentCameraChanged);
    connect(tile, &CameraTile::maximizeRequested, this, [this, tile] { toggleMaximized(tile->camera()); });
    tile->setAcceptDrops(true);
    tile->installEventFilter(this);
    m_tiles.append(tile);
    relayout();
    Q_EMIT sharingChanged();
}

void CameraGrid::removeTile(const QString &cameraId)
{
    for (CameraTile *tile : std::as_const(m_tiles)) {
        if (!tile->camera() || tile->camera()->id() == cameraId) {
            m_tiles.removeOne(tile);
            delete tile;
            break;
        }
    }
    relayout();
    Q_EMIT sharingChanged();
}

void CameraGrid::setCellsPerSide(int cells)
{
    cells = qBound(0, cells, MaxCellsPerSide);
    if (cells == m_cellsPerSide)
        return;
    m_cellsPerSide = cells;
    m_page = 0;
    relayout();
}

int CameraGrid::cellsPerSide() const
{
    return m_cellsPerSide;
}

int CameraGrid::pageCount() const
{
    const int perPage = m_cellsPerSide * m_cellsPerSide;
    return perPage == 0 ? 1 : qMax(1, (int(m_tiles.size()) + perPage - 1) / perPage);
}

int CameraGrid::page() const
{
    return m_page;
}

void CameraGrid::setPage(int page)
{
    page = qBound(0, page, pageCount() - 1);
    if (page == m_page)
        return;
    m_page = page;
    relayout();
    if (const QList<CameraTile *> shown = shownTiles(); !shown.isEmpty())
        shown.constFirst()->setFocus();
}

QList<CameraTile *> CameraGrid::shownTiles() const
{
    if (m_maximized)
        return {m_maximized.data()};
    if (m_cellsPerSide == 0)
        return m_tiles;
    const int perPage = m_cellsPerSide * m_cellsPerSide;
    return m_tiles.mid(qsizetype(m_page) * perPage, perPage);
}

int CameraGrid::shownColumns() const
{
    if (m_maximized)
        return 1;
    return m_cellsPerSide == 0 ? columnsFor(int(m_tiles.size())) : m_cellsPerSide;
}

void CameraGrid::setMaximized(CameraTile *tile)
{
    m_maximized = tile;
    relayout();
    if (tile)
        tile->setFocus();
}

CameraTile *CameraGrid::maximized() const
{
    return m_maximized;
}

void CameraGrid::reveal(Camera *camera)
{
    CameraTile *tile = camera ? tileFor(camera->id()) : nullptr;
    if (!tile)
        return;
    if (m_maximized && m_maximized != tile)
        setMaximized(nullptr);
    const int perPage = m_cellsPerSide * m_cellsPerSide;
    if (perPage > 0)
        setPage(int(m_tiles.indexOf(tile)) / perPage);
    tile->setFocus();
}

void CameraGrid::toggleMaximized(Camera *camera)
{
    CameraTile *tile = camera ? tileFor(camera->id()) : nullptr;
    if (!tile)
        return;
    setMaximized(m_maximized == tile ? nullptr : tile);
}

bool CameraGrid::eventFilter(QObject *watched, QEvent *event)
{
    auto *tile = qobject_cast<CameraTile *>(watched);
    if (!tile || !m_tiles.contains(tile))
        return QWidget::eventFilter(watched, event);
    // A grid with an order of its own (a wall) is arranged by its view, not by dragging.
    if (m_ownOrder.isEmpty() && (handleDrag(tile, event) || handleDrop(tile, event)))
        return true;
    if (event->type() == QEvent::MouseButtonDblClick) {
        setMaximized(m_maximized ? nullptr : tile);
        return true;
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        setMaximized(tile);
        return true;
    case Qt::Key_Escape:
        if (!m_maximized)
            return false;
        setMaximized(nullptr);
        tile->setFocus();
        return true;
    case Qt::Key_Delete:
        if (tile->camera())
            Q_EMIT removeRequested(tile->camera());
        return true;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (m_maximized)
            return false;
        setPage(m_page + (key == Qt::Key_PageDown ? 1 : -1));
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        moveFocus(tile, key);
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

bool CameraGrid::handleDrag(CameraTile *tile, QEvent *event)
{
    // Drag a tile onto another to swap them: the order is the registry's, so it is saved with the cameras.
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && !m_maximized) {
            m_dragSource = tile;
            m_dragStart = mouse->globalPosition().toPoint();
        }
        return false;
    }
    case QEvent::MouseMove: {
        const QPoint at = static_cast<QMouseEvent *>(event)->globalPosition().toPoint();
        if (m_dragSource != tile || (at - m_dragStart).manhattanLength() < QApplication::startDragDistance())
            return false;
        tile->setCursor(Qt::ClosedHandCursor);
        CameraTile *target = tileAt(at);
        showDropTarget(target != tile ? target : nullptr);
        return false;
    }
    case QEvent::MouseButtonRelease: {
        if (m_dragSource != tile)
            return false;
        tile->unsetCursor();
        m_dragSource = nullptr;
        showDropTarget(nullptr);
        const QPoint at = static_cast<QMouseEvent *>(event)->globalPosition().toPoint();
        if ((at - m_dragStart).manhattanLength() < QApplication::startDragDistance())
            return false;
        CameraTile *target = tileAt(at);
        if (!target || target == tile)
            return false;
        place(tile->camera(), target);
        return true;
    }
    default:
        return false;
    }
}

bool CameraGrid::handleDrop(CameraTile *tile, QEvent *event)
{
    // A camera dragged from elsewhere (the camera list) onto a tile.
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!drag->mimeData()->hasFormat(CameraMimeType))
            return false;
        drag->acceptProposedAction();
        showDropTarget(tile);
        return true;
    }
    case QEvent::DragLeave:
        showDropTarget(nullptr);
        return true;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        showDropTarget(nullptr);
        if (!drop->mimeData()->hasFormat(CameraMimeType))
            return false;
        place(m_registry->find(QString::fromUtf8(drop->mimeData()->data(CameraMimeType))), tile);
        drop->acceptProposedAction();
        return true;
    }
    default:
        return false;
    }
}

void CameraGrid::place(Camera *dragged, CameraTile *target)
{
    if (!dragged || !target->camera() || dragged == target->camera())
        return;
    const QList<Camera *> cameras = m_registry->cameras();
    m_registry->swap(int(cameras.indexOf(dragged)), int(cameras.indexOf(target->camera())));
    if (m_maximized == target) // a camera dropped on the maximized tile is the one shown from now on
        setMaximized(tileFor(dragged->id()));
    if (CameraTile *landed = tileFor(dragged->id()))
        landed->setFocus();
}

void CameraGrid::fillEmptyCells(int first, int cells, int columns)
{
    const int wanted = qMax(0, cells - first);
    while (m_emptyCells.size() < wanted) {
        auto *cell = new QPushButton(this);
        cell->setObjectName(QStringLiteral("emptyCell"));
        cell->setFlat(true);
        cell->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        cell->setMinimumSize(160, 90);
        cell->setStyleSheet(
            QStringLiteral("QPushButton { border: 2px dashed #4a4d52; color: #a0a3a8; }"
                           "QPushButton:hover, QPushButton:focus { border-color: #3d8ed8; color: #e6e6e6; }"));
        connect(cell, &QPushButton::clicked, this, &CameraGrid::addRequested);
        m_emptyCells.append(cell);
    }
    for (int i = 0; i < m_emptyCells.size(); ++i) {
        QPushButton *cell = m_emptyCells[i];
        m_layout->removeWidget(cell);
        cell->setVisible(i < wanted);
        if (i >= wanted)
            continue;
        cell->setText(m_tiles.isEmpty() ? tr("Add your first camera") : tr("+  Add camera"));
        cell->setAccessibleName(tr("Add camera"));
        m_layout->addWidget(cell, (first + i) / columns, (first + i) % columns);
    }
}

void CameraGrid::showDropTarget(CameraTile *target)
{
    for (CameraTile *tile : std::as_const(m_tiles))
        tile->setDropTarget(tile == target);
}

CameraTile *CameraGrid::tileAt(const QPoint &globalPos) const
{
    for (CameraTile *tile : m_tiles) {
        if (tile->isVisible() && tile->rect().contains(tile->mapFromGlobal(globalPos)))
            return tile;
    }
    return nullptr;
}

void CameraGrid::moveFocus(CameraTile *from, int key)
{
    const QList<CameraTile *> shown = shownTiles();
    const int columns = shownColumns();
    const int at = int(shown.indexOf(from));
    if (at < 0)
        return;
    int to = at;
    if (key == Qt::Key_Left && at % columns > 0)
        to = at - 1;
    else if (key == Qt::Key_Right && at % columns < columns - 1 && at + 1 < shown.size())
        to = at + 1;
    else if (key == Qt::Key_Up && at >= columns)
        to = at - columns;
    else if (key == Qt::Key_Down && at + columns < shown.size())
        to = at + columns;
    shown[to]->setFocus();
}

void CameraGrid::relayout()
{
    // Follow the registry's order, or this grid's own (its cameras first, the others after in the registry's).
    QList<Camera *> cameras = m_registry->cameras();
    if (!m_ownOrder.isEmpty()) {
        const auto rank = [this](const Camera *camera) {
            const qsizetype at = m_ownOrder.indexOf(camera->id());
            return at < 0 ? m_ownOrder.size() : at;
        };
        std::stable_sort(cameras.begin(), cameras.end(),
                         [&rank](const Camera *a, const Camera *b) { return rank(a) < rank(b); });
    }
    QList<CameraTile *> ordered;
    for (Camera *camera : std::as_const(cameras)) {
        if (CameraTile *tile = tileFor(camera->id()))
            ordered.append(tile);
    }
    m_tiles = ordered;
    if (m_maximized && !m_tiles.contains(m_maximized))
        m_maximized = nullptr;
    m_page = qBound(0, m_page, pageCount() - 1);

    for (CameraTile *tile : std::as_const(m_tiles))
        m_layout->removeWidget(tile);
    // Hidden tiles stop their display decoding (CameraTile::hideEvent); the cameras keep running.
    const QList<CameraTile *> shown = shownTiles();
    for (CameraTile *tile : std::as_const(m_tiles))
        tile->setVisible(shown.contains(tile));
    const int columns = shownColumns();
    for (int i = 0; i < shown.size(); ++i)
        m_layout->addWidget(shown[i], i / columns, i % columns);
    // A fixed layout keeps its cells even where no camera is, so tiles keep one size from page to page.
    const int rows = m_cellsPerSide > 0 && !m_maximized ? m_cellsPerSide : (int(shown.size()) + columns - 1) / columns;
    fillEmptyCells(int(shown.size()), m_maximized ? 0 : qMax(1, rows * columns), columns);
    for (int c = 0; c < qMax(m_layout->columnCount(), columns); ++c)
        m_layout->setColumnStretch(c, c < columns ? 1 : 0);
    for (int r = 0; r < qMax(m_layout->rowCount(), rows); ++r)
        m_layout->setRowStretch(r, r < rows ? 1 : 0);
    // Once the layout has given the tiles their new sizes (its pass is a posted event, handled before this zero
    // timer), they choose their streams for them at once: a layout change is deliberate, unlike a dragged edge.
    QTimer::singleShot(0, this, [this] {
        for (CameraTile *tile : shownTiles())
            tile->chooseStreamNow();
    });
    Q_EMIT arrangementChanged();
}
