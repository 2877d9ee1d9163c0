#include "camerafeed.h"

#include <QMutexLocker>

using namespace std::chrono;

CameraFeed::CameraFeed(CameraConfig config, const TimeSource &time)
    : m_time(time)
    , m_stats(time)
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

CameraStatus CameraFeed::status() const
{
    CameraStatus status;
    {
        QMutexLocker lock(&m_mutex);
        status.state = m_state;
        status.error = m_error;
        status.codec = m_codec;
        status.size = m_streamSize;
        status.lastError = m_lastError;
        if (!m_lastError.isEmpty())
            status.lastErrorAgeMs = duration_cast<milliseconds>(m_time.now() - m_lastErrorAt).count();
    }
    m_stats.fill(status);
    if (status.state != CameraState::Live && status.state != CameraState::Connecting) {
        status.fps = 0;
        status.bitrate = 0;
    }
    const Frame latest = m_frames.latest();
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

void CameraFeed::setStreamInfo(const StreamInfo &info)
{
    QMutexLocker lock(&m_mutex);
    m_codec = info.codec;
    if (info.size.isValid())
        m_streamSize = info.size;
}
