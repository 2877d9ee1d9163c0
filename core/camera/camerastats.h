#pragma once

#include "camerastate.h"
#include "media/frame.h"
#include "util/ratewindow.h"
#include "util/timesource.h"

#include <QMutex>

// How a camera's pictures come and go: counters, and rates over windows (pictures in, bits in, decoding time,
// pictures out to viewers). Fed by the worker and the share threads, read into the camera's status; thread-safe.
class CameraStats final
{
public:
    explicit CameraStats(const TimeSource &time = TimeSource::system());
    Q_DISABLE_COPY_MOVE(CameraStats)

    // Worker thread: a picture arrived; `displayDecodeTime` is what making its display image took on the worker,
    // counted with the source's own decoding time.
    void countFrame(const Frame &frame, Frame::Clock::duration displayDecodeTime = {});
    // Any thread: a picture arrived but could not be shown.
    void countDrop();
    void countReconnect();
    void addViewer();
    void removeViewer();
    // Any thread: a viewer was sent one picture.
    void countSent();

    // Fills the counted fields of `status`: frames, fps, bitrate, decodeMs, drops, reconnects, viewers, fpsOut.
    void fill(CameraStatus &status) const;

private:
    const TimeSource &m_time;
    mutable QMutex m_mutex;
    quint64 m_frames = 0;
    quint64 m_drops = 0;
    quint64 m_reconnects = 0;
    int m_viewers = 0;
    RateWindow m_in; // pictures received
    RateWindow m_cost; // bytes and decoding time: over a longer window, as a bitrate swings with each key frame
    RateWindow m_out; // pictures sent to viewers
};
