#pragma once

#include "cameraconfig.h"
#include "camerastate.h"
#include "camerastats.h"
#include "displayrequest.h"
#include "media/framehub.h"
#include "sources/framesource.h"

#include <QMutex>

// What everyone who reads a camera shares with it, each from their own thread: its frames (the hub), its
// statistics, the tile's display request, and what the camera says of itself: its configuration and state. The
// Camera owns that configuration and state and is the only writer; readers get a consistent copy. Shared by
// std::shared_ptr, so a reader may outlive the Camera that fed it.
class CameraFeed final
{
public:
    explicit CameraFeed(CameraConfig config, const TimeSource &time = TimeSource::system());
    Q_DISABLE_COPY_MOVE(CameraFeed)

    CameraConfig config() const;
    QString id() const;
    CameraState state() const;
    QString errorText() const;
    // The state, the stream's description, the counters and rates, and the age of the newest frame.
    CameraStatus status() const;

    FrameHub &frames() { return m_frames; }
    const FrameHub &frames() const { return m_frames; }
    CameraStats &stats() { return m_stats; }
    DisplayRequest &display() { return m_display; }
    const DisplayRequest &display() const { return m_display; }

    // The Camera's, from its thread.
    void setConfig(const CameraConfig &config);
    void setState(CameraState state, const QString &error = {});
    void setStreamInfo(const StreamInfo &info);

private:
    const TimeSource &m_time;
    FrameHub m_frames;
    CameraStats m_stats;
    DisplayRequest m_display;

    mutable QMutex m_mutex;
    CameraConfig m_config;
    CameraState m_state = CameraState::Stopped;
    QString m_error;
    QString m_lastError;
    TimeSource::TimePoint m_lastErrorAt;
    QString m_codec;
    QSize m_streamSize;
};
