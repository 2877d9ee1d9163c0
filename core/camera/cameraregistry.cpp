#include "cameraregistry.h"

#include "camera.h"
#include "sources/sourcefactory.h"

CameraRegistry::CameraRegistry(QObject *parent)
    : CameraRegistry(std::make_shared<const SourceFactory>(), parent)
{ }

CameraRegistry::CameraRegistry(std::shared_ptr<const SourceFactory> sources, QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
{ }

CameraRegistry::~CameraRegistry()
{
    removeAll();
}

QList<Camera *> CameraRegistry::cameras() const
{
    return m_cameras;
}

Camera *CameraRegistry::find(const QString &id) const
{
    for (Camera *camera : m_cameras) {
        if (camera->id() == id)
            return camera;
    }
    return nullptr;
}

int CameraRegistry::count() const
{
    return int(m_cameras.size());
}

QString CameraRegistry::uniqueId(const QString &wanted) const
{
    const QString base = CameraConfig::slugFor(wanted);
    QString id = base;
    for (int n = 2; find(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

Camera *CameraRegistry::add(CameraConfig config, Lifetime lifetime)
{
    if (lifetime == Lifetime::Saved && !m_demos.isEmpty()) {
        for (const QString &demo : QSet<QString>(m_demos))
            remove(demo);
        Q_EMIT demosRemoved();
    }
    config.id = uniqueId(config.id.isEmpty() ? config.name : config.id);
    if (lifetime != Lifetime::Saved)
        m_thisRunOnly.insert(config.id);
    if (lifetime == Lifetime::Demo)
        m_demos.insert(config.id);
    return insert(m_cameras.size(), config);
}

bool CameraRegistry::isDemo(const QString &id) const
{
    return m_demos.contains(id);
}

bool CameraRegistry::hasDemos() const
{
    return !m_demos.isEmpty();
}

Camera *CameraRegistry::insert(qsizetype at, const CameraConfig &config)
{
    auto *camera = new Camera(config, *m_sources, this);
    m_cameras.insert(at, camera);
    const bool saved = !m_thisRunOnly.contains(config.id);
    if (saved)
        connect(camera, &Camera::configChanged, this, &CameraRegistry::configurationChanged);
    Q_EMIT cameraAdded(camera);
    if (saved)
        Q_EMIT configurationChanged();
    return camera;
}

void CameraRegistry::remove(const QString &id)
{
    Camera *camera = find(id);
    if (!camera)
        return;
    m_cameras.removeOne(camera);
    const bool saved = !m_thisRunOnly.remove(id);
    m_demos.remove(id);
    delete camera;
    Q_EMIT cameraRemoved(id);
    if (!m_closing)
        Q_EMIT cameraDeleted(id);
    if (saved)
        Q_EMIT configurationChanged();
}

Camera *CameraRegistry::replace(const QString &id, CameraConfig config)
{
    Camera *old = find(id);
    if (!old)
        return nullptr;
    config.id = id;
    CameraConfig current = old->config();
    if (config.url == current.url && config.subUrl == current.subUrl) {
        old->setName(config.name);
        old->setEnabled(config.enabled);
        old->setShared(config.shared);
        old->setLiveStream(config.liveStream);
        return old;
    }
    const qsizetype at = m_cameras.indexOf(old);
    m_cameras.removeAt(at);
    delete old;
    Q_EMIT cameraRemoved(id);
    Camera *camera = insert(at, config);
    Q_EMIT orderChanged();
    return camera;
}

void CameraRegistry::removeAll()
{
    m_closing = true;
    for (Camera *camera : std::as_const(m_cameras))
        camera->beginShutdown();
    while (!m_cameras.isEmpty())
        remove(m_cameras.constLast()->id());
}

void CameraRegistry::move(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= m_cameras.size() || to >= m_cameras.size())
        return;
    m_cameras.move(from, to);
    Q_EMIT orderChanged();
    Q_EMIT configurationChanged();
}

void CameraRegistry::shareForThisRun(const QString &id)
{
    Camera *camera = find(id);
    if (!camera || camera->config().shared)
        return;
    m_sharedThisRunOnly.insert(id);
    camera->setShared(true);
}

void CameraRegistry::swap(int first, int second)
{
    if (first == second || first < 0 || second < 0 || first >= m_cameras.size() || second >= m_cameras.size())
        return;
    m_cameras.swapItemsAt(first, second);
    Q_EMIT orderChanged();
    Q_EMIT configurationChanged();
}

void CameraRegistry::arrange(const QStringList &ids)
{
    QList<Camera *> arranged;
    arranged.reserve(m_cameras.size());
    for (const QString &id : ids) {
        if (Camera *camera = find(id); camera && !arranged.contains(camera))
            arranged.append(camera);
    }
    for (Camera *camera : std::as_const(m_cameras)) {
        if (!arranged.contains(camera))
            arranged.append(camera);
    }
    if (arranged == m_cameras)
        return;
    m_cameras = arranged;
    Q_EMIT orderChanged();
    Q_EMIT configurationChanged();
}

QStringList CameraRegistry::order() const
{
    QStringList ids;
    ids.reserve(m_cameras.size());
    for (const Camera *camera : m_cameras)
        ids.append(camera->id());
    return ids;
}

QList<CameraConfig> CameraRegistry::savedConfigs() const
{
    QList<CameraConfig> configs;
    for (const Camera *camera : m_cameras) {
        if (m_thisRunOnly.contains(camera->id()))
            continue;
        CameraConfig config = camera->config();
        if (m_sharedThisRunOnly.contains(config.id))
            config.shared = false;
        configs.append(config);
    }
    return configs;
}
