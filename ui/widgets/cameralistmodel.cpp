#include "cameralistmodel.h"

#include "camera/camera.h"
#include "camera/cameraregistry.h"
#include "sources/kinds/camerakind.h"
#include "theme.h"
#include "widgets/camerafigures.h"
#include "widgets/cameragrid.h"

#include <QMimeData>
#include <QPainter>
#include <QPixmap>

CameraListModel::CameraListModel(CameraRegistry *registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
{
    for (Camera *camera : registry->cameras())
        watch(camera);
    connect(registry, &CameraRegistry::cameraAdded, this, [this](Camera *camera) {
        beginResetModel();
        watch(camera);
        endResetModel();
    });
    // Few rows, rarely changed: a reset is simplest, and the view keeps its current camera by id.
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(registry, &CameraRegistry::cameraRemoved, this, reset);
    connect(registry, &CameraRegistry::orderChanged, this, reset);
}

void CameraListModel::watch(Camera *camera)
{
    connect(camera, &Camera::stateChanged, this, [this, camera] { cameraChanged(camera); });
    connect(camera, &Camera::configChanged, this, [this, camera] { cameraChanged(camera); });
}

void CameraListModel::cameraChanged(Camera *camera)
{
    const int row = int(m_registry->cameras().indexOf(camera));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Camera *CameraListModel::cameraAt(const QModelIndex &index) const
{
    const QList<Camera *> cameras = m_registry->cameras();
    return index.isValid() && index.row() < cameras.size() ? cameras.at(index.row()) : nullptr;
}

QModelIndex CameraListModel::indexOf(const QString &cameraId) const
{
    const QList<Camera *> cameras = m_registry->cameras();
    for (int row = 0; row < cameras.size(); ++row) {
        if (cameras.at(row)->id() == cameraId)
            return index(row, Name);
    }
    return {};
}

int CameraListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_registry->cameras().size());
}

int CameraListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CameraListModel::data(const QModelIndex &index, int role) const
{
    const Camera *camera = cameraAt(index);
    if (!camera)
        return {};
    const CameraConfig config = camera->config();
    if (role == CameraIdRole)
        return camera->id();
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole)
            return CameraFigures::name(config.name, m_registry->isDemo(camera->id()));
        if (role == Qt::DecorationRole)
            return stateDot(*camera);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) {
            const QString error = camera->errorText();
            const QString state = cameraStateText(camera->state());
            const QString text = error.isEmpty() ? state : state + QStringLiteral(": ") + error;
            return role == Qt::ToolTipRole ? CameraFigures::tooltip(text) : text;
        }
        break;
    case Kind:
        if (role == Qt::DisplayRole) {
            const CameraKind *kind = CameraKinds::forUrl(config.url);
            return kind ? kind->title() : tr("Unknown");
        }
        break;
    case Shared:
        if (role == Qt::DisplayRole)
            return config.shared ? tr("Shared") : QString();
        if (role == Qt::AccessibleTextRole)
            return config.shared ? tr("Shared") : tr("Not shared");
        break;
    default:
        break;
    }
    return {};
}

QVariant CameraListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Camera");
    case Kind:
        return tr("Kind");
    case Shared:
        return tr("Sharing");
    default:
        return {};
    }
}

Qt::ItemFlags CameraListModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList CameraListModel::mimeTypes() const
{
    return {CameraGrid::CameraMimeType};
}

QMimeData *CameraListModel::mimeData(const QModelIndexList &indexes) const
{
    const Camera *camera = indexes.isEmpty() ? nullptr : cameraAt(indexes.constFirst());
    if (!camera)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(CameraGrid::CameraMimeType, camera->id().toUtf8());
    return data;
}

Qt::DropActions CameraListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QIcon CameraListModel::stateDot(const Camera &camera) const
{
    const CameraState state = camera.state();
    auto it = m_dots.find(int(state));
    if (it == m_dots.end()) {
        QPixmap dot(16, 16);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Theme::stateColor(state));
        painter.drawEllipse(QRectF(3, 3, 10, 10));
        it = m_dots.insert(int(state), QIcon(dot));
    }
    return *it;
}
