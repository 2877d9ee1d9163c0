#include "cameramenu.h"

#include "camera/camera.h"
#include "icons.h"

#include <QActionGroup>

CameraMenu::CameraMenu(QWidget *parent)
    : QMenu(parent)
{
    const auto request = [this](void (CameraMenu::*signal)(Camera *)) {
        return [this, signal](Camera &camera, bool) { Q_EMIT(this->*signal)(&camera); };
    };
    addOnCamera(tr("&Maximize"), QStringLiteral("maximize"), QStringLiteral("maximize"),
                request(&CameraMenu::maximizeRequested));
    addSeparator();
    m_enabled = addOnCamera(tr("Switched &on"), QStringLiteral("enabled"), QStringLiteral("power"),
                            [](Camera &camera, bool on) { camera.setEnabled(on); });
    m_enabled->setCheckable(true);
    m_shared = addOnCamera(tr("S&hared to browsers"), QStringLiteral("shared"), QStringLiteral("share"),
                           [](Camera &camera, bool on) { camera.setShared(on); });
    m_shared->setCheckable(true);
    m_link = addOnCamera(tr("&Link and QR code…"), QStringLiteral("shareLink"), QStringLiteral("link"),
                         request(&CameraMenu::shareLinkRequested));
    // Which stream the tiles show: by their size (a small tile the sub stream, a large one the main stream), or
    // one of them always.
    m_liveStream = addMenu(Icons::get(QStringLiteral("stream")), tr("S&tream shown"));
    m_liveStream->menuAction()->setObjectName(QStringLiteral("liveStream"));
    auto *choices = new QActionGroup(this);
    const std::pair<QString, QString> modes[] = {{tr("&Automatic, by tile size"), QStringLiteral("liveStreamAuto")},
                                                 {tr("Always the &main stream"), QStringLiteral("liveStreamMain")},
                                                 {tr("Always the &sub stream"), QStringLiteral("liveStreamSub")}};
    for (int mode = 0; mode < int(std::size(modes)); ++mode) {
        QAction *choice = m_liveStream->addAction(modes[mode].first, this, [this, mode] {
            if (m_camera)
                m_camera->setLiveStream(StreamChoice::Mode(mode));
        });
        choice->setObjectName(modes[mode].second);
        choice->setCheckable(true);
        choices->addAction(choice);
        m_liveStreamChoices.append(choice);
    }
    addSeparator();
    addOnCamera(tr("Save &snapshot"), QStringLiteral("snapshot"), QStringLiteral("snapshot"),
                request(&CameraMenu::snapshotRequested));
    m_retry = addOnCamera(tr("&Retry now"), QStringLiteral("retry"), QStringLiteral("retry"),
                          [](Camera &camera, bool) { camera.retryNow(); });
    addOnCamera(tr("&Edit…"), QStringLiteral("edit"), QStringLiteral("edit"), request(&CameraMenu::editRequested));
    addSeparator();
    addOnCamera(tr("&Remove…"), QStringLiteral("remove"), QStringLiteral("remove"),
                request(&CameraMenu::removeRequested));
    m_own = actions(); // the stream submenu's own action among them
    connect(this, &QMenu::aboutToShow, this, &CameraMenu::followCamera);
    followCamera();
}

QAction *CameraMenu::addOnCamera(const QString &text, const QString &name, const QString &icon,
                                 const std::function<void(Camera &, bool)> &work)
{
    QAction *action = addAction(Icons::get(icon), text, this, [this, work](bool checked) {
        if (m_camera)
            work(*m_camera, checked);
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
    m_liveStream->menuAction()->setEnabled(config.hasSubStream());
    m_liveStreamChoices.at(int(config.liveStream))->setChecked(true);
}
