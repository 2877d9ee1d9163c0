#include "pushcameras.h"

#include "camera.h"
#include "cameraregistry.h"
#include "sources/pushhub.h"

PushCameras::PushCameras(CameraRegistry &registry, const PushHub &hub, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    connect(&hub, &PushHub::senderArrived, this, &PushCameras::senderArrived);
}

CameraConfig PushCameras::configFor(const QString &id, const QString &name)
{
    CameraConfig camera;
    camera.id = id;
    camera.name = name.trimmed().isEmpty() ? id : name.trimmed();
    camera.url = QUrl(QStringLiteral("push:") + id);
    camera.shared = true;
    return camera;
}

void PushCameras::senderArrived(const QString &id, const QString &name)
{
    if (Camera *camera = m_registry.find(id)) {
        camera->retryNow();
        return;
    }
    m_registry.add(configFor(id, name), CameraRegistry::Lifetime::ThisRunOnly);
}
