#include "camerafeed.h"

#include <QMutexLocker>

using namespace std::chrono;

CameraFeed::CameraFeed(CameraConfig config, const TimeSource &time)
    : m_time(time)
    , m_main(time)
    , m_sub(time)
    , m_config(std::move(config))
{ }

CameraConfig CameraFeed::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

QString CameraFeed::id() const
{
    QMutexLocker lock(&m_mutex);
    return m_config.id;
}

CameraState CameraFeed::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

QString CameraFeed::errorText() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

CameraStatus CameraFeed::status(std::optional<CameraStream> which) const
{
    CameraStatus status;
    CameraStream stream = CameraStream::Main;
    {
        QMutexLocker lock(&m_mutex);
        if (which)
            stream = *which;
        else if (m_main.state == CameraState::Stopped && m_config.hasSubStream())
            stream = CameraStream::Sub;
        status.state = m_state;
        status.error = m_error;
        status.codec = part(stream).codec;
        status.size = part(stream).size;
        status.lastError = m_lastError;
        if (!m_lastError.isEmpty())
            status.lastErrorAgeMs = duration_cast<milliseconds>(m_time.now() - m_lastErrorAt).count();
    }
    part(stream).stats.fill(status);
    if (stream != CameraStream::Main) {
        // Share clients are counted on the main stream's statistics, whichever stream they read.
        CameraStatus shares;
        m_main.stats.fill(shares);
        status.viewers = shares.viewers;
        status.fpsOut = shares.fpsOut;
    }
    if (status.state != CameraState::Live && status.state != CameraState::Connecting) {
        status.fps = 0;
        status.bitrate = 0;
    }
    const Frame latest = part(stream).frames.latest();
    if (!latest.isNull()) {
        status.size = latest.size();
        status.frameAgeMs = duration_cast<milliseconds>(m_time.now() - latest.captureTime()).count();
    }
    return status;
}

void CameraFeed::setConfig(const CameraConfig &config)
{
    QMutexLocker lock(&m_mutex);
    m_config = config;
}

void CameraFeed::setState(CameraState state, const QString &error)
{
    QMutexLocker lock(&m_mutex);
    m_state = state;
    if (!error.isEmpty() && error != m_lastError) {
        m_lastError = error;
        m_lastErrorAt = m_time.now();
    }
    m_error = error;
}

Frame CameraFeed::newestFrame() const
{
    const Frame main = m_main.frames.latest();
    const Frame sub = m_sub.frames.latest();
    if (main.isNull() || sub.isNull())
        return main.isNull() ? sub : main;
    return main.captureTime() + seconds(1) >= sub.captureTime() ? main : sub;
}

Frame CameraFeed::currentFrame(CameraStream stream) const
{
    if (stream == CameraStream::Main && streamState(stream) == CameraState::Stopped && config().hasSubStream()
        && state() != CameraState::Stopped)
        return {};
    return part(stream).frames.latest();
}

CameraStream CameraFeed::streamFor(std::optional<CameraStream> asked, int width) const
{
    if (!config().hasSubStream())
        return CameraStream::Main;
    if (asked)
        return *asked;
    if (width <= 0 || streamState(CameraStream::Sub) != CameraState::Live)
        return CameraStream::Main;
    const QSize sub = streamSize(CameraStream::Sub);
    return sub.isValid() && sub.width() >= width ? CameraStream::Sub : CameraStream::Main;
}

void CameraFeed::setStreamState(CameraStream stream, CameraState state, const QString &error)
{
    QMutexLocker lock(&m_mutex);
    part(stream).state = state;
    part(stream).error = error;
}

CameraState CameraFeed::streamState(CameraStream stream) const
{
    QMutexLocker lock(&m_mutex);
    return part(stream).state;
}

QString CameraFeed::streamError(CameraStream stream) const
{
    QMutexLocker lock(&m_mutex);
    return part(stream).error;
}

QSize CameraFeed::streamSize(CameraStream stream) const
{
    const Frame latest = part(stream).frames.latest();
    if (!latest.isNull())
        return latest.size();
    QMutexLocker lock(&m_mutex);
    return part(stream).size;
}

void CameraFeed::setStreamInfo(const StreamInfo &info, CameraStream stream)
{
    QMutexLocker lock(&m_mutex);
    part(stream).codec = info.codec;
    if (info.size.isValid())
        part(stream).size = info.size;
}
