#include "connectionprobe.h"

#include "camera.h"
#include "camerafeed.h"

#include <QCoreApplication>
#include <QTimerEvent>

namespace {
constexpr int PollMs = 50;
}

ConnectionProbe::ConnectionProbe(const QUrl &url, QSize thumbnailSize, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_thumbnailSize(thumbnailSize)
    , m_timeoutMs(timeoutMs)
{
    CameraConfig config;
    config.id = QStringLiteral("probe");
    config.name = QStringLiteral("probe");
    config.url = url;
    m_camera = std::make_unique<Camera>(config);
    // Pictures made at thumbnail size on the camera's worker, like a tile's.
    m_camera->feed()->display().set(thumbnailSize);
    connect(m_camera.get(), &Camera::stateChanged, this, &ConnectionProbe::onStateChanged);
    m_timeout.start(timeoutMs, this);
    m_poll.start(PollMs, this);
    Q_EMIT progress(cameraStateText(m_camera->state()));
    // A camera can fail before any event loop turn (an unknown scheme): report it on the next one.
    QMetaObject::invokeMethod(
        this, [this] { onStateChanged(m_camera ? m_camera->state() : CameraState::Stopped); }, Qt::QueuedConnection);
}

ConnectionProbe::~ConnectionProbe() = default;

void ConnectionProbe::onStateChanged(CameraState state)
{
    if (m_done || !m_camera)
        return;
    switch (state) {
    case CameraState::Error:
    case CameraState::Reconnecting:
        // The first failure is the answer: a probe does not wait through the backoff. Finished on the next turn
        // of the event loop: the camera is still inside its own signal here.
        m_done = true;
        QMetaObject::invokeMethod(
            this,
            [this, error = m_camera->errorText()] {
                finish(Result {false, error, {}, {}, {}});
            },
            Qt::QueuedConnection);
        return;
    case CameraState::Live:
    case CameraState::Connecting:
    case CameraState::Stopped:
        Q_EMIT progress(cameraStateText(state));
        return;
    }
}

void ConnectionProbe::timerEvent(QTimerEvent *event)
{
    if (m_done || !m_camera)
        return;
    if (event->timerId() == m_timeout.timerId()) {
        finish(Result {false,
                       QCoreApplication::translate("ConnectionProbe", "no picture within %1 s").arg(m_timeoutMs / 1000),
                       {},
                       {},
                       {}});
        return;
    }
    if (event->timerId() != m_poll.timerId())
        return QObject::timerEvent(event);
    // Live is not enough: wait for a picture to show.
    const Frame frame = m_camera->feed()->newestFrame();
    if (m_camera->state() != CameraState::Live || frame.isNull())
        return;
    QImage thumbnail = frame.preparedDisplayImage();
    if (thumbnail.isNull())
        return; // the next frame will have it
    const CameraStatus status = m_camera->feed()->status();
    finish(Result {true, {}, thumbnail, status.size, status.codec});
}

void ConnectionProbe::finish(Result result)
{
    m_done = true;
    m_timeout.stop();
    m_poll.stop();
    m_camera.reset(); // closes the connection or device before anyone hears the result
    Q_EMIT finished(result);
}
