#pragma once

#include "camerafeed.h"
#include "camerastate.h"
#include "sources/framesource.h"
#include "util/timesource.h"
#include "util/workerthread.h"

#include <QBasicTimer>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

class SourceFactory;

// One running camera: its source on a worker thread of its own, and the lifecycle around it
// (connect, go live, notice a stall, reconnect for ever with backoff). Lives on the thread that made it.
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
    // Skips the wait before the next reconnect attempt.
    void retryNow();
    // When the next reconnect attempt is due; none unless waiting for one.
    std::optional<TimeSource::TimePoint> retryTime() const { return m_retryAt; }
    // Closes the source and lets the worker thread end, without waiting: the destructor then only waits. Lets many
    // cameras shut down side by side instead of one after another.
    void beginShutdown();

    // The delay before reconnect attempt `attempt` (0-based) after `error`, before jitter: 1, 2, 4, 8, 16, then
    // 30 s; after a refused user name or password 2, 5, 15, then 30 min, since a camera locks an account that
    // fails to log in too often.
    static std::chrono::milliseconds backoffDelay(int attempt, SourceError error = SourceError::Unreachable);

Q_SIGNALS:
    void stateChanged(CameraState state);
    void configChanged();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void connectSource();
    void closeSource();
    void onOpened(const StreamInfo &info);
    void onFailed(SourceError error, const QString &detail);
    void checkHealth();
    void watch(); // keeps checkHealth() running until stopped or failed for good
    void retry();
    void setState(CameraState state, const QString &error = {});
    void updateConfig(const CameraConfig &config);
    std::chrono::milliseconds stallTimeout() const;

    const TimeSource &m_time;
    bool m_needsUser = false;
    std::shared_ptr<CameraFeed> m_feed; // holds the configuration and state, which only this object writes
    WorkerThread m_thread;
    FrameSource *m_source = nullptr; // lives on m_thread; deleted there
    bool m_shutdownBegun = false; // the worker thread was told to close the source and end
    QString m_sourceError; // why no source could be made for the URL

    int m_attempt = 0;
    double m_nominalFps = 0;
    TimeSource::TimePoint m_connectStarted;
    std::optional<TimeSource::TimePoint> m_retryAt; // when to reconnect; none while connected or stopped
    QBasicTimer m_healthTimer; // looks at the time while connecting, live or waiting to retry
};
