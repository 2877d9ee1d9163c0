#pragma once

#include <QObject>

class Camera;
class CameraRegistry;
class ShareServer;

// Keeps the share server's cameras those of the registry: each camera is on the server from the moment it is
// added (the server answers only for shared ones), leaves it when removed, is listed in the window's order after
// a move, a swap or an edit, and is switched on or off when the API asks.
class SharePublisher final : public QObject
{
    Q_OBJECT

public:
    // `shareAll`: share every camera for this run (`--share-all`), without saving it as shared.
    SharePublisher(CameraRegistry &registry, ShareServer &share, bool shareAll, QObject *parent = nullptr);

private:
    void publish(Camera *camera);
    void followOrder();

    CameraRegistry &m_registry;
    ShareServer &m_share;
    const bool m_shareAll;
};
