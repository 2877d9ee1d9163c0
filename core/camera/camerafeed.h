#pragma once

#include "cameraconfig.h"
#include "camerastate.h"
#include "camerastats.h"
#include "displayrequest.h"
#include "media/framehub.h"
#include "sources/framesource.h"

#include <QMutex>

#include <optional>

// What everyone who reads a camera shares with it, each from their own thread: per stream (main, and sub when it has
// one) its frames (the hub), its statistics, the tiles' display request and its state; and what the camera says of
// itself: its configuration and state. The Camera owns that configuration and state and is the only writer;
// readers get a consistent copy. Shared by std::shared_ptr, so a reader may outlive the Camera that fed it.
class CameraFeed final
{
public:
    explicit CameraFeed(CameraConfig config, const TimeSource &time = TimeSource::system());
    Q_DISABLE_COPY_MOVE(CameraFeed)

    CameraConfig config() const;
    QString id() const;
    CameraState state() const;
    QString errorText() const;
    // The state, a stream's description, its counters and rates, and the age of its newest frame. Without a
    // stream: the main stream's while it runs, else the sub stream's (the main one closed while nobody needed it).
    CameraStatus status(std::optional<CameraStream> stream = std::nullopt) const;

    FrameHub &frames(CameraStream stream = CameraStream::Main) { return part(stream).frames; }
    const FrameHub &frames(CameraStream stream = CameraStream::Main) const { return part(stream).frames; }
    CameraStats &stats(CameraStream stream = CameraStream::Main) { return part(stream).stats; }
    DisplayRequest &display(CameraStream stream = CameraStream::Main) { return part(stream).display; }
    const DisplayRequest &display(CameraStream stream = CameraStream::Main) const { return part(stream).display; }
    // The newest picture of the camera, for a snapshot: the main stream's unless the sub stream's is clearly newer
    // (the main stream closed while nobody needed it).
    Frame newestFrame() const;
    // A stream's newest picture, unless it is left from before the stream closed for want of viewers (the main
    // stream of a camera with a sub stream): what a new viewer of that stream may be shown at once.
    Frame currentFrame(CameraStream stream) const;
    // The stream a share client gets: the one it names (a camera without a sub stream has only its main one), else
    // the smallest that is not narrower than `width` — the sub stream while it is live and that wide — and the main
    // stream otherwise, or with no width (full size).
    CameraStream streamFor(std::optional<CameraStream> asked, int width) const;
    // One stream's own state and why it is not live (the camera's state is the best of its streams').
    CameraState streamState(CameraStream stream) const;
    QString streamError(CameraStream stream) const;
    // The size of a stream's pictures: the newest frame's, else what the stream said when it opened; empty before.
    QSize streamSize(CameraStream stream) const;

    // The Camera's, from its thread.
    void setConfig(const CameraConfig &config);
    void setState(CameraState state, const QString &error = {});
    void setStreamState(CameraStream stream, CameraState state, const QString &error = {});
    void setStreamInfo(const StreamInfo &info, CameraStream stream = CameraStream::Main);

private:
    struct Part
    {
        explicit Part(const TimeSource &time)
            : stats(time)
        { }
        FrameHub frames;
        CameraStats stats;
        DisplayRequest display;
        // Guarded by the feed's mutex.
        CameraState state = CameraState::Stopped;
        QString error;
        QString codec;
        QSize size;
    };
    Part &part(CameraStream stream) { return stream == CameraStream::Sub ? m_sub : m_main; }
    const Part &part(CameraStream stream) const { return stream == CameraStream::Sub ? m_sub : m_main; }

    const TimeSource &m_time;
    Part m_main;
    Part m_sub;

    mutable QMutex m_mutex;
    CameraConfig m_config;
    CameraState m_state = CameraState::Stopped;
    QString m_error;
    QString m_lastError;
    TimeSource::TimePoint m_lastErrorAt;
};
