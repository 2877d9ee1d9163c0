#pragma once

#include "widgets/overlayitems.h"

#include <QList>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class Camera;
class CameraRegistry;
class CameraTile;
class QGridLayout;
class QPushButton;

// The tiles of every camera in the registry, in its order, laid out in the squarest grid that holds them.
class CameraGrid final : public QWidget
{
    Q_OBJECT

public:
    explicit CameraGrid(CameraRegistry *registry, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CameraGrid)

    QList<CameraTile *> tiles() const;
    CameraTile *tileFor(const QString &cameraId) const;
    void setShareBaseUrl(const QUrl &base);
    // An order of this grid's own (a wall showing a view): its cameras first, in that order, the others after; the
    // registry's order is left alone, and tiles are not dragged. Empty: the registry's order.
    void setOwnOrder(const QStringList &ids);
    // What every tile writes over its picture, those to come too.
    void setOverlayItems(const OverlayItems &items);
    // Columns for `count` tiles in automatic layout: the smallest square that fits.
    static int columnsFor(int count);

    // 0: the squarest grid that holds every camera; N (1 to 4): N×N cells, cameras beyond them on further pages.
    static constexpr int MaxCellsPerSide = 4;
    void setCellsPerSide(int cells);
    int cellsPerSide() const;
    int pageCount() const;
    int page() const;
    void setPage(int page);

    // One tile fills the grid (the others are hidden and stop their display decoding); null shows them all.
    void setMaximized(CameraTile *tile);
    CameraTile *maximized() const;
    // Shows the page that holds the camera's tile and gives it the focus.
    void reveal(Camera *camera);
    // The camera's tile fills the grid; or, if it already does, all tiles come back.
    void toggleMaximized(Camera *camera);

    // What a drag carries: a camera's id, from a tile or from the camera list.
    static const QString CameraMimeType;

Q_SIGNALS:
    void sharingChanged();
    void shareLinkRequested(Camera *camera);
    void snapshotRequested(Camera *camera);
    void editRequested(Camera *camera);
    void removeRequested(Camera *camera);
    // The layout, the page or the number of pages changed.
    void arrangementChanged();
    // An empty cell was clicked: the user wants a camera there.
    void addRequested();
    // A tile took the focus: its camera is the one the user is looking at.
    void currentCameraChanged(Camera *camera);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addTile(Camera *camera);
    void removeTile(const QString &cameraId);
    void relayout();
    QList<CameraTile *> shownTiles() const;
    int shownColumns() const;
    void moveFocus(CameraTile *from, int key);
    bool handleDrag(CameraTile *tile, QEvent *event);
    bool handleDrop(CameraTile *tile, QEvent *event);
    // The dragged camera takes `target`'s place and its camera goes where the dragged one was.
    void place(Camera *dragged, CameraTile *target);
    void showDropTarget(CameraTile *target);
    // Offers a new camera in the cells from `first` on of a `cells`-cell page (all of it when there is none).
    void fillEmptyCells(int first, int cells, int columns);
    CameraTile *tileAt(const QPoint &globalPos) const;

    CameraRegistry *m_registry;
    QGridLayout *m_layout;
    QList<CameraTile *> m_tiles;
    QList<QPushButton *> m_emptyCells; // "Add camera" where a cell of the grid has no camera
    QUrl m_shareBase;
    OverlayItems m_overlayItems;
    QStringList m_ownOrder;
    QPointer<CameraTile> m_maximized;
    int m_cellsPerSide = 0;
    int m_page = 0;
    QPointer<CameraTile> m_dragSource; // pressed, and maybe being dragged onto another tile
    QPoint m_dragStart;
};
