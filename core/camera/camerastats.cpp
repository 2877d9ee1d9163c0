#include "camerastats.h"

#include <QMutexLocker>

#include <cmath>

using namespace std::chrono;

namespace {
constexpr auto RateWindowLength = 1s;
constexpr auto CostWindowLength = 2s;
constexpr auto Silence = 2s; // nothing for this long: the rate is zero, whatever was measured before
} // namespace

CameraStats::CameraStats(const TimeSource &time)
    : m_time(time)
    , m_in(RateWindowLength, Silence)
    , m_cost(CostWindowLength, Silence)
    , m_out(RateWindowLength, Silence)
{ }

void CameraStats::countFrame(const Frame &frame, Frame::Clock::duration displayDecodeTime)
{
    const auto now = m_time.now();
    QMutexLocker lock(&m_mutex);
    ++m_frames;
    m_in.add(now);
    m_cost.add(now, double(frame.inputBytes()),
               duration<double, std::milli>(frame.decodeTime() + displayDecodeTime).count());
}

void CameraStats::countDrop()
{
    QMutexLocker lock(&m_mutex);
    ++m_drops;
}

void CameraStats::countReconnect()
{
    QMutexLocker lock(&m_mutex);
    ++m_reconnects;
}

void CameraStats::addViewer()
{
    QMutexLocker lock(&m_mutex);
    ++m_viewers;
}

void CameraStats::removeViewer()
{
    QMutexLocker lock(&m_mutex);
    m_viewers = qMax(0, m_viewers - 1);
}

void CameraStats::countSent()
{
    const auto now = m_time.now();
    QMutexLocker lock(&m_mutex);
    m_out.add(now);
}

void CameraStats::fill(CameraStatus &status) const
{
    const auto now = m_time.now();
    QMutexLocker lock(&m_mutex);
    status.frames = m_frames;
    status.drops = m_drops;
    status.reconnects = m_reconnects;
    status.viewers = m_viewers;
    status.fps = m_in.perSecond(now);
    status.bitrate = qint64(std::llround(m_cost.amountPerSecond(now) * 8));
    status.decodeMs = m_cost.meanCost();
    status.fpsOut = m_viewers > 0 ? m_out.perSecond(now) : 0;
}
