#include "camerafeed.h"

#include "media/framemailbox.h"

#include <QMutexLocker>

#include <cmath>

using namespace std::chrono;

namespace {
constexpr auto FpsWindow = 1s;
constexpr auto CostWindow = 2s;
constexpr auto FpsStale = 2s; // no frame for this long: the rate is zero, whatever was measured before
} // namespace

CameraFeed::CameraFeed(CameraConfig config)
    : m_config(std::move(config))
{ }

CameraConfig CameraFeed::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

void CameraFeed::setConfig(const CameraConfig &config)
{
    QMutexLocker lock(&m_mutex);
    m_config = config;
}

QString CameraFeed::id() const
{
    QMutexLocker lock(&m_mutex);
    return m_config.id;
}

CameraStatus CameraFeed::status() const
{
    QMutexLocker lock(&m_mutex);
    CameraStatus status = m_status;
    if (!m_latest.isNull()) {
        const auto age = Frame::Clock::now() - m_latest.captureTime();
        status.frameAgeMs = duration_cast<milliseconds>(age).count();
        if (age > FpsStale) {
            status.fps = 0;
            status.bitrate = 0;
        }
    }
    if (status.viewers == 0 || Frame::Clock::now() - m_sentLast > FpsStale)
        status.fpsOut = 0;
    return status;
}

void CameraFeed::setState(CameraState state, const QString &error)
{
    QMutexLocker lock(&m_mutex);
    m_status.state = state;
    m_status.error = error;
    if (state != CameraState::Live && state != CameraState::Connecting) {
        m_status.fps = 0;
        m_status.bitrate = 0;
    }
}

void CameraFeed::setStreamInfo(const StreamInfo &info)
{
    QMutexLocker lock(&m_mutex);
    m_status.codec = info.codec;
    if (info.size.isValid())
        m_status.size = info.size;
}

void CameraFeed::countReconnect()
{
    QMutexLocker lock(&m_mutex);
    ++m_status.reconnects;
}

void CameraFeed::countDrop()
{
    QMutexLocker lock(&m_mutex);
    ++m_status.drops;
}

void CameraFeed::addViewer()
{
    QMutexLocker lock(&m_mutex);
    ++m_status.viewers;
}

void CameraFeed::removeViewer()
{
    QMutexLocker lock(&m_mutex);
    m_status.viewers = qMax(0, m_status.viewers - 1);
}

void CameraFeed::countSent()
{
    QMutexLocker lock(&m_mutex);
    const auto now = Frame::Clock::now();
    // As for the input rate: the first picture opens a window, the ones after it were sent during it; a silence
    // (no viewer for a while) starts afresh.
    if (m_sentWindowCount == 0 || now - m_sentLast > FpsStale) {
        m_sentWindowCount = 0;
        m_sentWindowStart = now;
    }
    ++m_sentWindowCount;
    m_sentLast = now;
    const auto elapsed = now - m_sentWindowStart;
    if (elapsed >= FpsWindow) {
        m_status.fpsOut = double(m_sentWindowCount - 1) / duration<double>(elapsed).count();
        m_sentWindowCount = 1;
        m_sentWindowStart = now;
    }
}

void CameraFeed::publish(const Frame &frame, Frame::Clock::duration displayDecodeTime)
{
    {
        QMutexLocker lock(&m_mutex);
        m_latest = frame;
        ++m_status.frames;
        m_status.size = frame.size();
        const auto now = Frame::Clock::now();
        if (m_fpsWindowFrames == 0)
            m_fpsWindowStart = now;
        ++m_fpsWindowFrames;
        const auto elapsed = now - m_fpsWindowStart;
        if (elapsed >= FpsWindow) {
            m_status.fps = double(m_fpsWindowFrames - 1) / duration<double>(elapsed).count();
            m_fpsWindowFrames = 1;
            m_fpsWindowStart = now;
        }
        // The first frame of a window only opens it: each later one's bytes arrived during the window. After a
        // silence (a reconnect) the window starts again, so the gap does not pass for a low bitrate.
        if (m_costWindowFrames == 0 || now - m_costWindowLast > FpsStale) {
            m_costWindowFrames = 0;
            m_costWindowStart = now;
            m_costWindowBytes = 0;
            m_costWindowDecode = {};
            m_costWindowDecoded = 0;
        } else {
            m_costWindowBytes += frame.inputBytes();
        }
        ++m_costWindowFrames;
        m_costWindowLast = now;
        m_costWindowDecode += frame.decodeTime() + displayDecodeTime;
        ++m_costWindowDecoded;
        const auto costElapsed = now - m_costWindowStart;
        if (costElapsed >= CostWindow) {
            m_status.bitrate
                = qint64(std::llround(double(m_costWindowBytes) * 8 / duration<double>(costElapsed).count()));
            m_status.decodeMs = duration<double, std::milli>(m_costWindowDecode).count() / double(m_costWindowDecoded);
            m_costWindowFrames = 1;
            m_costWindowStart = now;
            m_costWindowBytes = 0;
            m_costWindowDecode = {};
            m_costWindowDecoded = 0;
        }
    }
    QMutexLocker lock(&m_readersMutex);
    for (FrameMailbox *reader : std::as_const(m_readers))
        reader->put(frame);
}

Frame CameraFeed::latest() const
{
    QMutexLocker lock(&m_mutex);
    return m_latest;
}

Frame::Clock::time_point CameraFeed::lastFrameTime() const
{
    QMutexLocker lock(&m_mutex);
    return m_latest.isNull() ? Frame::Clock::time_point {} : m_latest.captureTime();
}

void CameraFeed::attach(FrameMailbox *mailbox)
{
    QMutexLocker lock(&m_readersMutex);
    if (!m_readers.contains(mailbox))
        m_readers.append(mailbox);
}

void CameraFeed::detach(FrameMailbox *mailbox)
{
    QMutexLocker lock(&m_readersMutex);
    m_readers.removeAll(mailbox);
}

namespace {
// The display size and form in one atomic word: the width's top bit (always clear in a QSize) holds the form.
constexpr quint64 PlanesBit = quint64(1) << 63;
} // namespace

void CameraFeed::setDisplaySize(QSize size, DisplayForm form)
{
    quint64 packed = size.isEmpty() ? 0 : (quint64(quint32(size.width())) << 32) | quint32(size.height());
    if (packed && form == DisplayForm::Planes)
        packed |= PlanesBit;
    m_displaySize.store(packed, std::memory_order_relaxed);
}

QSize CameraFeed::displaySize() const
{
    const quint64 packed = m_displaySize.load(std::memory_order_relaxed) & ~PlanesBit;
    return packed ? QSize(int(packed >> 32), int(packed & 0xffffffffu)) : QSize();
}

QSize CameraFeed::displayImageBound(const Frame &frame) const
{
    const bool drawsPlanes = m_displaySize.load(std::memory_order_relaxed) & PlanesBit;
    return drawsPlanes && frame.yuv420Planes() ? QSize() : displaySize();
}
