#include "cameramenu.h"

#include "camera/camera.h"
#include "icons.h"

CameraMenu::CameraMenu(QWidget *parent)
    : QMenu(parent)
{
    addRequest(tr("&Maximize"), QStringLiteral("maximize"), &CameraMenu::maximizeRequested)
        ->setIcon(Icons::get(QStringLiteral("maximize")));
    addSeparator();
    m_enabled = addAction(tr("Switched &on"), this, [this](bool on) {
        if (m_camera)
            m_camera->setEnabled(on);
    });
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_enabled->setIcon(Icons::get(QStringLiteral("power")));
    m_enabled->setCheckable(true);
    m_shared = addAction(tr("S&hared to browsers"), this, [this](bool on) {
        if (m_camera)
            m_camera->setShared(on);
    });
    m_shared->setObjectName(QStringLiteral("shared"));
    m_shared->setIcon(Icons::get(QStringLiteral("share")));
    m_shared->setCheckable(true);
    m_link = addRequest(tr("&Link and QR code…"), QStringLiteral("shareLink"), &CameraMenu::shareLinkRequested);
    m_link->setIcon(Icons::get(QStringLiteral("link")));
    addSeparator();
    addRequest(tr("Save &snapshot"), QStringLiteral("snapshot"), &CameraMenu::snapshotRequested)
        ->setIcon(Icons::get(QStringLiteral("snapshot")));
    m_retry = addAction(tr("&Retry now"), this, [this] {
        if (m_camera)
            m_camera->retryNow();
    });
    m_retry->setObjectName(QStringLiteral("retry"));
    m_retry->setIcon(Icons::get(QStringLiteral("retry")));
    addRequest(tr("&Edit…"), QStringLiteral("edit"), &CameraMenu::editRequested)
        ->setIcon(Icons::get(QStringLiteral("edit")));
    addSeparator();
    addRequest(tr("&Remove…"), QStringLiteral("remove"), &CameraMenu::removeRequested)
        ->setIcon(Icons::get(QStringLiteral("remove")));
    m_own = actions();
    connect(this, &QMenu::aboutToShow, this, &CameraMenu::followCamera);
    followCamera();
}

QAction *CameraMenu::addRequest(const QString &text, const QString &name, void (CameraMenu::*signal)(Camera *))
{
    QAction *action = addAction(text, this, [this, signal] {
        if (m_camera)
            Q_EMIT(this->*signal)(m_camera);
    });
    action->setObjectName(name);
    return action;
}

void CameraMenu::setCamera(Camera *camera)
{
    m_camera = camera;
    followCamera();
}

Camera *CameraMenu::camera() const
{
    return m_camera;
}

void CameraMenu::setSharingAvailable(bool available)
{
    m_sharingAvailable = available;
    followCamera();
}

void CameraMenu::followCamera()
{
    // Actions added to this menu by others (Add camera…, in the window's Cameras menu) stay as they are.
    for (QAction *action : std::as_const(m_own))
        action->setEnabled(!m_camera.isNull());
    if (!m_camera)
        return;
    const CameraConfig config = m_camera->config();
    const QSignalBlocker blockEnabled(m_enabled);
    const QSignalBlocker blockShared(m_shared);
    m_enabled->setChecked(config.enabled);
    m_shared->setChecked(config.shared);
    m_shared->setEnabled(m_sharingAvailable);
    m_link->setEnabled(m_sharingAvailable && config.shared);
    m_retry->setEnabled(m_camera->state() == CameraState::Reconnecting);
}
