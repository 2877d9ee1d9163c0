#pragma once

#include "cameraconfig.h"

#include <QObject>

class CameraRegistry;
class PushHub;

// Makes a camera for each sender that pushes pictures to the share server: a sender pushing to
// `/ws/video/NAME/` is camera NAME, for this run only. It exists while something pushes to it, and a sender that
// comes back after this run would find it gone, so there is nothing worth saving. It is shared from the start:
// its pictures already came through the share server, and the seed's viewers read them there. A sender that
// comes back to its camera gets it retried at once, without waiting out the reconnect backoff.
class PushCameras final : public QObject
{
    Q_OBJECT

public:
    PushCameras(CameraRegistry &registry, const PushHub &hub, QObject *parent = nullptr);

    // The camera for sender `id`, called `name` by the sender.
    static CameraConfig configFor(const QString &id, const QString &name);

private:
    void senderArrived(const QString &id, const QString &name);

    CameraRegistry &m_registry;
};
