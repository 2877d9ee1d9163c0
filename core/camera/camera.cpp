#include "camera.h"

#include "sources/sourcefactory.h"
#include "streamchannel.h"

#include <QTimerEvent>

using namespace std::chrono;

namespace {
// How long the main stream stays open after its last reader went, in case one comes back.
constexpr int MainLinger = 5000;
} // namespace

Camera::Camera(const CameraConfig &config, QObject *parent)
    : Camera(config, SourceFactory(), parent)
{ }

Camera::Camera(const CameraConfig &config, const SourceFactory &sources, QObject *parent)
    : Camera(config, sources, TimeSource::system(), parent)
{ }

Camera::Camera(const CameraConfig &config, const SourceFactory &sources, const TimeSource &time, QObject *parent)
    : QObject(parent)
    , m_feed(std::make_shared<CameraFeed>(config, time))
    , m_main(makeChannel(CameraStream::Main, config.url, sources, time))
    , m_sub(config.hasSubStream() ? makeChannel(CameraStream::Sub, config.subStreamUrl(), sources, time) : nullptr)
{
    if (m_sub) {
        // With a sub stream, the main one runs only while someone reads it (a large tile, a share client), told
        // from whichever thread attached or detached; the sub stream runs whenever the camera is on.
        m_feed->frames(CameraStream::Main).setReadersChanged([this](qsizetype) {
            QMetaObject::invokeMethod(this, &Camera::updateDemand, Qt::QueuedConnection);
        });
    }
    if (config.enabled)
        openChannels();
}

void Camera::openChannels()
{
    if (m_sub)
        m_sub->open();
    // An address that can never work is said at once, needed or not: opening it costs nothing.
    if (!m_sub || !m_main->hasSource() || m_feed->frames(CameraStream::Main).readerCount() > 0)
        openMain();
}

void Camera::openMain()
{
    m_mainLinger.stop();
    if (m_main->state() != CameraState::Stopped)
        return;
    m_feed->frames(CameraStream::Main).clear(); // its pictures from before are not news
    m_main->open();
}

void Camera::updateDemand()
{
    if (!m_sub || !m_feed->config().enabled)
        return;
    if (m_feed->frames(CameraStream::Main).readerCount() > 0)
        openMain();
    else if (m_main->hasSource() && m_main->state() != CameraState::Stopped && !m_mainLinger.isActive())
        m_mainLinger.start(MainLinger, this); // a tile moving back and forth keeps its stream warm
}

void Camera::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_mainLinger.timerId())
        return QObject::timerEvent(event);
    m_mainLinger.stop();
    if (m_feed->frames(CameraStream::Main).readerCount() == 0)
        m_main->close();
}

std::unique_ptr<StreamChannel> Camera::makeChannel(CameraStream stream, const QUrl &url, const SourceFactory &sources,
                                                   const TimeSource &time)
{
    const QString threadName
        = (stream == CameraStream::Sub ? QStringLiteral("sub:") : QStringLiteral("cam:")) + m_feed->id().left(10);
    auto channel = std::make_unique<StreamChannel>(
        url, sources,
        StreamChannel::Outputs {&m_feed->frames(stream), &m_feed->display(stream), &m_feed->stats(stream)}, time,
        threadName);
    connect(channel.get(), &StreamChannel::stateChanged, this, [this, stream](CameraState state, const QString &error) {
        m_feed->setStreamState(stream, state, error);
        updateState();
    });
    connect(channel.get(), &StreamChannel::opened, this,
            [this, stream](const StreamInfo &info) { m_feed->setStreamInfo(info, stream); });
    return channel;
}

void Camera::forEachChannel(void (StreamChannel::*action)())
{
    for (StreamChannel *channel : {m_main.get(), m_sub.get()}) {
        if (channel)
            (channel->*action)();
    }
}

Camera::~Camera()
{
    m_feed->frames(CameraStream::Main).setReadersChanged({}); // the feed may outlive this camera
    beginShutdown(); // both streams close side by side; the channels' destructors then only wait
}

void Camera::beginShutdown()
{
    forEachChannel(&StreamChannel::beginShutdown);
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

bool Camera::needsUser() const
{
    return m_main->needsUser() || (m_sub && m_sub->needsUser());
}

std::optional<TimeSource::TimePoint> Camera::retryTime() const
{
    if (const auto main = m_main->retryTime())
        return main;
    return m_sub ? m_sub->retryTime() : std::nullopt;
}

void Camera::setEnabled(bool enabled)
{
    CameraConfig config = m_feed->config();
    if (config.enabled == enabled)
        return;
    config.enabled = enabled;
    updateConfig(config);
    if (enabled) {
        openChannels();
    } else {
        m_mainLinger.stop();
        forEachChannel(&StreamChannel::close);
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

void Camera::setLiveStream(StreamChoice::Mode mode)
{
    CameraConfig config = m_feed->config();
    if (config.liveStream == mode)
        return;
    config.liveStream = mode;
    updateConfig(config);
}

void Camera::retryNow()
{
    forEachChannel(&StreamChannel::retryNow);
}

void Camera::updateConfig(const CameraConfig &config)
{
    m_feed->setConfig(config);
    Q_EMIT configChanged();
}

void Camera::updateState()
{
    // The best of the streams': live while either is (a tile then shows that one); otherwise the main stream's,
    // which says what the user most needs to know, unless it is closed because nobody needs it.
    const bool mainSpeaks = !m_sub || m_main->state() != CameraState::Stopped;
    CameraState state = mainSpeaks ? m_main->state() : m_sub->state();
    QString error = mainSpeaks ? m_main->errorText() : m_sub->errorText();
    if (m_sub && state != CameraState::Live && m_sub->state() == CameraState::Live) {
        state = CameraState::Live;
        error.clear();
    }
    if (this->state() == state && errorText() == error)
        return;
    m_feed->setState(state, error);
    Q_EMIT stateChanged(state);
}
