#include "sharepublisher.h"

#include "camera/camera.h"
#include "camera/cameraregistry.h"
#include "shareserver.h"

SharePublisher::SharePublisher(CameraRegistry &registry, ShareServer &share, bool shareAll, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_share(share)
    , m_shareAll(shareAll)
{
    for (Camera *camera : registry.cameras())
        publish(camera);
    connect(&registry, &CameraRegistry::cameraAdded, this, &SharePublisher::publish);
    connect(&registry, &CameraRegistry::cameraRemoved, &share, &ShareServer::removeCamera);
    // An edit rebuilds a camera in its place, and a drag moves one: either way the order changes.
    connect(&registry, &CameraRegistry::orderChanged, this, &SharePublisher::followOrder);
    connect(&share, &ShareServer::switchRequested, this, [this](const QString &id, bool on) {
        if (Camera *camera = m_registry.find(id))
            camera->setEnabled(on);
    });
}

void SharePublisher::publish(Camera *camera)
{
    if (m_shareAll)
        m_registry.shareForThisRun(camera->id());
    m_share.addCamera(camera->feed());
    followOrder();
}

void SharePublisher::followOrder()
{
    QStringList ids;
    for (const Camera *camera : m_registry.cameras())
        ids.append(camera->id());
    m_share.setOrder(ids);
}
