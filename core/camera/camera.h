#pragma once

#include "camerafeed.h"
#include "camerastate.h"
#include "sources/framesource.h"
#include "util/timesource.h"

#include <QBasicTimer>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

class SourceFactory;
class StreamChannel;

// One running camera: a channel per stream it has (main, and sub when configured), each with its source on a worker
// thread of its own and the lifecycle around it (connect, go live, notice a stall, reconnect for ever with
// backoff); the camera's state is the best of theirs. Lives on the thread that made it.
class Camera final : public QObject
{
    Q_OBJECT

public:
    // The source is made by `sources` from the configured address; the second form reads only what needs nothing
    // from the rest of the program (every kind but push cameras). `time` decides when to give up on a connection or
    // a silent stream and when to retry: tests pass a manual clock.
    Camera(const CameraConfig &config, const SourceFactory &sources, const TimeSource &time, QObject *parent = nullptr);
    Camera(const CameraConfig &config, const SourceFactory &sources, QObject *parent = nullptr);
    explicit Camera(const CameraConfig &config, QObject *parent = nullptr);
    ~Camera() override;
    Q_DISABLE_COPY_MOVE(Camera)

    QString id() const;
    CameraConfig config() const;
    std::shared_ptr<CameraFeed> feed() const;
    CameraState state() const;
    QString errorText() const;
    // Whether only the user can make it work: a refused user name or password, an address that cannot work. The
    // window then offers Edit where the error is shown.
    bool needsUser() const;

    // On opens the source; off closes it and releases the device or connection.
    void setEnabled(bool enabled);
    void setShared(bool shared);
    void setName(const QString &name);
    void setLiveStream(StreamChoice::Mode mode);
    // Skips the wait before the next reconnect attempt.
    void retryNow();
    // When the next reconnect attempt is due; none unless waiting for one.
    std::optional<TimeSource::TimePoint> retryTime() const;
    // Closes the source and lets the worker thread end, without waiting: the destructor then only waits. Lets many
    // cameras shut down side by side instead of one after another.
    void beginShutdown();

Q_SIGNALS:
    void stateChanged(CameraState state);
    void configChanged();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    // The sub stream, and the main one when there is no sub stream or someone reads it.
    void openChannels();
    void openMain();
    // Opens the main stream for its first reader; closes it a while after its last one went.
    void updateDemand();
    std::unique_ptr<StreamChannel> makeChannel(CameraStream stream, const QUrl &url, const SourceFactory &sources,
                                               const TimeSource &time);
    void forEachChannel(void (StreamChannel::*action)());
    void updateState();
    void updateConfig(const CameraConfig &config);

    std::shared_ptr<CameraFeed> m_feed; // holds the configuration and state, which only this object writes
    std::unique_ptr<StreamChannel> m_main;
    std::unique_ptr<StreamChannel> m_sub; // none without a sub stream address
    QBasicTimer m_mainLinger; // runs while the main stream has no reader and is still open
};
