#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

class Camera;
class CameraRegistry;

// The registry's cameras as rows, in its order: name with a state dot, kind, and whether it is shared. Rows drag
// as the grid's camera mime type, so a camera can be dropped onto a tile.
class CameraListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Shared, ColumnCount };
    static constexpr int CameraIdRole = Qt::UserRole + 1;

    explicit CameraListModel(CameraRegistry *registry, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CameraListModel)

    Camera *cameraAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &cameraId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    void watch(Camera *camera);
    void cameraChanged(Camera *camera);
    QIcon stateDot(const Camera &camera) const;

    CameraRegistry *m_registry;
    mutable QHash<int, QIcon> m_dots; // by state
};
