#include "cameragrid.h"

#include "camera/camera.h"
#include "camera/cameraregistry.h"
#include "cameratile.h"

#include <QGridLayout>

#include <cmath>

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

void CameraGrid::addTile(Camera *camera)
{
    auto *tile = new CameraTile(camera, this);
    tile->setShareBaseUrl(m_shareBase);
    connect(tile, &CameraTile::shareChanged, this, &CameraGrid::sharingChanged);
    connect(tile, &CameraTile::shareLinkRequested, this, [this, tile] {
        if (tile->camera())
            Q_EMIT shareLinkRequested(tile->camera());
    });
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

void CameraGrid::relayout()
{
    // Follow the registry's order.
    QList<CameraTile *> ordered;
    for (Camera *camera : m_registry->cameras()) {
        if (CameraTile *tile = tileFor(camera->id()))
            ordered.append(tile);
    }
    m_tiles = ordered;

    for (CameraTile *tile : std::as_const(m_tiles))
        m_layout->removeWidget(tile);
    const int columns = columnsFor(int(m_tiles.size()));
    for (int i = 0; i < m_tiles.size(); ++i)
        m_layout->addWidget(m_tiles[i], i / columns, i % columns);
    for (int c = 0; c < m_layout->columnCount(); ++c)
        m_layout->setColumnStretch(c, c < columns ? 1 : 0);
    const int rows = (int(m_tiles.size()) + columns - 1) / columns;
    for (int r = 0; r < m_layout->rowCount(); ++r)
        m_layout->setRowStretch(r, r < rows ? 1 : 0);
}
