#include "cameralist.h"

#include "camera/camera.h"
#include "widgets/cameralistmodel.h"
#include "widgets/cameramenu.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

CameraList::CameraList(CameraRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_model(new CameraListModel(registry, this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_menu(new CameraMenu(this))
{
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setFilterKeyColumn(-1); // a name or a kind

    m_filter->setObjectName(QStringLiteral("cameraFilter"));
    m_filter->setPlaceholderText(tr("Filter cameras"));
    m_filter->setAccessibleName(tr("Filter cameras"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("cameraList"));
    m_view->setAccessibleName(tr("Cameras"));
    m_view->setModel(m_filtered);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CameraListModel::Name, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(CameraListModel::Kind, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CameraListModel::Shared, QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CameraList::showMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (Camera *camera = cameraAt(index))
            Q_EMIT activated(camera);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        Camera *camera = cameraAt(index);
        if (!camera)
            return; // a reset: the row comes back below
        m_currentId = camera->id();
        Q_EMIT currentCameraChanged(camera);
    });
    connect(m_filtered, &QAbstractItemModel::modelReset, this, [this] {
        const QModelIndex index = m_filtered->mapFromSource(m_model->indexOf(m_currentId));
        if (index.isValid())
            m_view->setCurrentIndex(index);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
}

Camera *CameraList::cameraAt(const QModelIndex &proxyIndex) const
{
    return m_model->cameraAt(m_filtered->mapToSource(proxyIndex));
}

Camera *CameraList::currentCamera() const
{
    return cameraAt(m_view->currentIndex());
}

void CameraList::setCurrentCamera(const Camera *camera)
{
    if (!camera || camera->id() == m_currentId)
        return;
    const QModelIndex index = m_filtered->mapFromSource(m_model->indexOf(camera->id()));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

CameraMenu *CameraList::menu() const
{
    return m_menu;
}

QLineEdit *CameraList::filter() const
{
    return m_filter;
}

QTreeView *CameraList::view() const
{
    return m_view;
}

void CameraList::showMenu(const QPoint &at)
{
    Camera *camera = cameraAt(m_view->indexAt(at));
    if (!camera)
        return;
    m_menu->setCamera(camera);
    m_menu->popup(m_view->viewport()->mapToGlobal(at));
}

bool CameraList::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_filter && (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter)) {
        // From the filter straight to the cameras it left.
        if (m_filtered->rowCount() == 0)
            return false;
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_filtered->index(0, 0));
        m_view->setFocus();
        return true;
    }
    if (watched == m_view) {
        Camera *camera = currentCamera();
        if (key == Qt::Key_Delete && camera) {
            Q_EMIT m_menu->removeRequested(camera);
            return true;
        }
        if (key == Qt::Key_Menu && camera) {
            showMenu(m_view->visualRect(m_view->currentIndex()).center());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
