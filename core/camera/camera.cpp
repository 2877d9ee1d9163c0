#include "camera.h"

#include "sources/sourcefactory.h"
#include "util/memorypolicy.h"

#include <QRandomGenerator>
#include <QTimerEvent>

using namespace std::chrono;

namespace {
constexpr auto HealthInterval = 100ms;
constexpr auto MinStallTimeout = 3s;
constexpr auto ConnectTimeout = 15s; // a source that neither delivers nor fails by then is treated as timed out
} // namespace

Camera::Camera(const CameraConfig &config, QObject *parent)
    : Camera(config, SourceFactory(), parent)
{ }

Camera::Camera(const CameraConfig &config, const SourceFactory &sources, QObject *parent)
    : Camera(config, sources, TimeSource::system(), parent)
{ }

Camera::Camera(const CameraConfig &config, const SourceFactory &sources, const TimeSource &time, QObject *parent)
    : QObject(parent)
    , m_time(time)
    , m_feed(std::make_shared<CameraFeed>(config, time))
    , m_thread(startWorkerThread(QStringLiteral("cam:") + config.id.left(10)))
{
    // A manual clock (tests) says when it moves: look at once, rather than on the next tick.
    connect(&time, &TimeSource::advanced, this, &Camera::checkHealth);
    std::unique_ptr<FrameSource> source = sources.create(config.url, &m_sourceError);
    if (source) {
        m_source = source.release();
        m_source->moveToThread(m_thread.get());
        // Frames go straight from the worker into the feed: no queue, no hop through this thread.
        connect(
            m_source, &FrameSource::frameCaptured, m_source,
            [feed = m_feed](const Frame &frame) {
                Frame::Clock::duration displayTime {};
                for (const QSize display : feed->display().imageBoundsFor(frame)) {
                    const auto start = Frame::Clock::now();
                    frame.displayImage(display); // made here, on the worker, so each tile only blits
                    displayTime += Frame::Clock::now() - start;
                }
                feed->stats().countFrame(frame, displayTime);
                feed->frames().publish(frame);
            },
            Qt::DirectConnection);
        connect(
            m_source, &FrameSource::pictureDropped, m_source, [feed = m_feed] { feed->stats().countDrop(); },
            Qt::DirectConnection);
        connect(m_source, &FrameSource::opened, this, &Camera::onOpened);
        connect(m_source, &FrameSource::failed, this, &Camera::onFailed);
    }
    if (config.enabled)
        connectSource();
}

Camera::~Camera()
{
    beginShutdown();
    m_thread->wait();
}

void Camera::beginShutdown()
{
    m_healthTimer.stop();
    m_retryAt.reset();
    // Once only: a second call (the destructor after CameraRegistry::removeAll()) that quit the thread at once
    // would end its event loop before it ran the queued close below, leaking the source and never closing it.
    if (std::exchange(m_shutdownBegun, true))
        return;
    QThread *thread = m_thread.get();
    if (!m_source) {
        thread->quit();
        return;
    }
    FrameSource *source = std::exchange(m_source, nullptr);
    source->interrupt();
    // The source is closed and deleted on its own thread, which then ends: no blocking here.
    QMetaObject::invokeMethod(
        source,
        [source, thread] {
            source->close();
            delete source;
            thread->quit();
        },
        Qt::QueuedConnection);
}

QString Camera::id() const
{
    return m_feed->id();
}

CameraConfig Camera::config() const
{
    return m_feed->config();
}

std::shared_ptr<CameraFeed> Camera::feed() const
{
    return m_feed;
}

CameraState Camera::state() const
{
    return m_feed->state();
}

QString Camera::errorText() const
{
    return m_feed->errorText();
}

void Camera::setEnabled(bool enabled)
{
    CameraConfig config = m_feed->config();
    if (config.enabled == enabled)
        return;
    config.enabled = enabled;
    updateConfig(config);
    if (enabled) {
        m_attempt = 0;
        connectSource();
    } else {
        closeSource();
        setState(CameraState::Stopped);
    }
}

void Camera::setShared(bool shared)
{
    CameraConfig config = m_feed->config();
    if (config.shared == shared)
        return;
    config.shared = shared;
    updateConfig(config);
}

void Camera::setName(const QString &name)
{
    CameraConfig config = m_feed->config();
    if (config.name == name || name.trimmed().isEmpty())
        return;
    config.name = name.trimmed();
    updateConfig(config);
}

void Camera::retryNow()
{
    if (state() == CameraState::Reconnecting && m_retryAt)
        retry();
}

milliseconds Camera::backoffDelay(int attempt, SourceError error)
{
    static constexpr seconds Steps[] = {1s, 2s, 4s, 8s, 16s, 30s};
    static constexpr minutes LoginSteps[] = {2min, 5min, 15min, 30min};
    if (error == SourceError::AuthenticationFailed)
        return LoginSteps[qBound(0, attempt, int(std::size(LoginSteps)) - 1)];
    return Steps[qBound(0, attempt, int(std::size(Steps)) - 1)];
}

void Camera::updateConfig(const CameraConfig &config)
{
    m_feed->setConfig(config);
    Q_EMIT configChanged();
}

void Camera::connectSource()
{
    if (!m_source) {
        m_needsUser = true;
        setState(CameraState::Error, m_sourceError);
        return;
    }
    setState(m_attempt == 0 ? CameraState::Connecting : CameraState::Reconnecting, errorText());
    m_retryAt.reset();
    m_connectStarted = m_time.now();
    m_nominalFps = 0;
    QMetaObject::invokeMethod(m_source, &FrameSource::open, Qt::QueuedConnection);
    watch();
}

void Camera::watch()
{
    if (!m_time.isManual() && !m_healthTimer.isActive())
        m_healthTimer.start(duration_cast<milliseconds>(HealthInterval).count(), this);
}

void Camera::closeSource()
{
    m_healthTimer.stop();
    m_retryAt.reset();
    if (!m_source)
        return;
    m_source->interrupt();
    QMetaObject::invokeMethod(m_source, &FrameSource::close, Qt::QueuedConnection);
}

void Camera::onOpened(const StreamInfo &info)
{
    m_nominalFps = info.nominalFps;
    m_feed->setStreamInfo(info);
}

void Camera::onFailed(SourceError error, const QString &detail)
{
    if (state() == CameraState::Stopped || !config().enabled)
        return; // a late report from a source that was switched off
    closeSource();
    QString text
        = detail.isEmpty() ? describeSourceError(error) : describeSourceError(error) + QStringLiteral(": ") + detail;
    m_needsUser = error == SourceError::AuthenticationFailed || error == SourceError::BadUrl
        || error == SourceError::UnsupportedFormat;
    if (error == SourceError::BadUrl || error == SourceError::UnsupportedFormat) {
        setState(CameraState::Error, text); // retrying cannot help until the user changes something
        return;
    }
    const auto base = backoffDelay(m_attempt++, error);
    if (error == SourceError::AuthenticationFailed) {
        text += u' ';
        text += tr("(next try in %n min, so that the camera does not lock the account)", nullptr,
                   int(duration_cast<minutes>(base).count()));
    }
    m_feed->stats().countReconnect();
    setState(CameraState::Reconnecting, text);
    // Jitter spreads the retries of many cameras that lost the same server at once.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    m_retryAt = m_time.now() + milliseconds(qint64(double(base.count()) * jitter));
    watch();
}

milliseconds Camera::stallTimeout() const
{
    const double fps = m_nominalFps > 0 ? m_nominalFps : m_feed->status().fps;
    const auto tenFrames = fps > 0 ? milliseconds(qint64(10000.0 / fps)) : milliseconds(0);
    return std::max<milliseconds>(MinStallTimeout, tenFrames);
}

void Camera::checkHealth()
{
    const auto now = m_time.now();
    if (m_retryAt) {
        if (now >= *m_retryAt)
            retry();
        return;
    }
    const auto lastFrame = m_feed->frames().lastFrameTime();
    const bool frameSinceConnect = lastFrame >= m_connectStarted;
    switch (state()) {
    case CameraState::Connecting:
    case CameraState::Reconnecting:
        if (frameSinceConnect) {
            m_attempt = 0;
            setState(CameraState::Live);
        } else if (now - m_connectStarted > ConnectTimeout) {
            onFailed(SourceError::TimedOut, {});
        }
        break;
    case CameraState::Live:
        if (now - lastFrame > stallTimeout())
            onFailed(SourceError::Stalled, {});
        break;
    case CameraState::Stopped:
    case CameraState::Error:
        m_healthTimer.stop();
        break;
    }
}

void Camera::retry()
{
    m_retryAt.reset();
    // A failed source left its buffers (decoder pools, parser and socket buffers: megabytes for a 1080p stream)
    // freed in the middle of the heap: over 10 minutes of cameras coming and going the process grew 3.5 MiB
    // (tests/bench/README.md, scenario 6). Given back on the camera's worker, just before it opens the source
    // again (rare: after a failure, with backoff), so a trim never pauses the window.
    if (m_source)
        QMetaObject::invokeMethod(m_source, &MemoryPolicy::returnFreedMemory, Qt::QueuedConnection);
    connectSource();
}

void Camera::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_healthTimer.timerId())
        checkHealth();
    else
        QObject::timerEvent(event);
}

bool Camera::needsUser() const
{
    return m_needsUser && state() != CameraState::Live && state() != CameraState::Stopped;
}

void Camera::setState(CameraState state, const QString &error)
{
    if (state == CameraState::Live)
        m_needsUser = false;
    const QString shownError = state == CameraState::Live || state == CameraState::Stopped ? QString() : error;
    if (this->state() == state && errorText() == shownError)
        return;
    m_feed->setState(state, shownError);
    Q_EMIT stateChanged(state);
}
