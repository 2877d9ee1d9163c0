#pragma once

#include <QWidget>

class Camera;
class CameraListModel;
class CameraMenu;
class CameraRegistry;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// Every camera in a list: its state dot, name, kind and sharing, filtered by typing. Enter or a double click
// maximizes the camera, Delete asks to remove it, the context menu is the tile's, and a row dragged onto a tile
// puts the camera there.
class CameraList final : public QWidget
{
    Q_OBJECT

public:
    explicit CameraList(CameraRegistry *registry, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CameraList)

    Camera *currentCamera() const;
    // Selects the camera's row (when the filter shows it) without taking the keyboard focus.
    void setCurrentCamera(const Camera *camera);
    // The menu every row's context menu is: connect its requests once.
    CameraMenu *menu() const;
    QLineEdit *filter() const;
    QTreeView *view() const;

Q_SIGNALS:
    void currentCameraChanged(Camera *camera);
    void activated(Camera *camera);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QPoint &at);
    Camera *cameraAt(const QModelIndex &proxyIndex) const;

    CameraListModel *m_model;
    QSortFilterProxyModel *m_filtered;
    QLineEdit *m_filter;
    QTreeView *m_view;
    CameraMenu *m_menu;
    QString m_currentId; // kept across the model's resets
};
