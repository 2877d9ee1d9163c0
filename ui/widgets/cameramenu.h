#pragma once

#include <QMenu>
#include <QPointer>

#include <functional>

class Camera;

// What can be done to one camera from a menu: the tile's ⋯ button and the camera list's context menu offer the
// same actions, in the same words, from this one list. The switches follow the camera each time the menu opens.
class CameraMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit CameraMenu(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CameraMenu)

    // Null greys every action out.
    void setCamera(Camera *camera);
    Camera *camera() const;
    // Sharing needs the share server: without it the switch and the link are greyed out.
    void setSharingAvailable(bool available);

Q_SIGNALS:
    void maximizeRequested(Camera *camera);
    void shareLinkRequested(Camera *camera);
    void snapshotRequested(Camera *camera);
    void editRequested(Camera *camera);
    void removeRequested(Camera *camera);

private:
    void followCamera();
    // An action that does `work` to this menu's camera, with its checked state (for the switches).
    QAction *addOnCamera(const QString &text, const QString &name, const QString &icon,
                         const std::function<void(Camera &, bool)> &work);

    QList<QAction *> m_own;
    QPointer<Camera> m_camera;
    bool m_sharingAvailable = false;
    QAction *m_enabled;
    QAction *m_shared;
    QAction *m_retry;
    QAction *m_link;
    QMenu *m_liveStream; // for a camera with a sub stream
    QList<QAction *> m_liveStreamChoices; // in StreamChoice::Mode's order
};
