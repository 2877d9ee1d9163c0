#pragma once

#include "camerastate.h"
#include "sources/framesource.h"
#include "util/timesource.h"
#include "util/workerthread.h"

#include <QBasicTimer>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <optional>

class CameraStats;
class DisplayRequest;
class FrameHub;
class SourceFactory;

// One stream of a camera (its main stream, or its sub stream): the source on a worker thread of its own and the
// lifecycle around it: connect, go live, notice a stall, reconnect for ever with backoff. Pictures go straight
// from the worker into the stream's hub, with the display images its tiles ask for made there. Lives on the thread
// that made it; a Camera has one channel per stream it reads.
class StreamChannel final : public QObject
{
    Q_OBJECT

public:
    // Where the stream's pictures go: parts of the camera's feed, which outlives the channel.
    struct Outputs
    {
        FrameHub *frames;
        DisplayRequest *display;
        CameraStats *stats;
    };

    // The source is made by `sources` from `url`; `threadName` names the worker in a debugger and `top`.
    StreamChannel(const QUrl &url, const SourceFactory &sources, Outputs outputs, const TimeSource &time,
                  const QString &threadName, QObject *parent = nullptr);
    ~StreamChannel() override;
    Q_DISABLE_COPY_MOVE(StreamChannel)

    CameraState state() const { return m_state; }
    QString errorText() const { return m_error; }
    // Whether only the user can make it work (a refused password, an address that cannot work).
    bool needsUser() const;
    std::optional<TimeSource::TimePoint> retryTime() const { return m_retryAt; }
    // Whether a source could be made for the address at all (else open() only reports why not).
    bool hasSource() const { return m_source != nullptr; }

    // Connects (from the first attempt); close() disconnects and releases the device or connection.
    void open();
    void close();
    // Skips the wait before the next reconnect attempt.
    void retryNow();
    // Closes the source and lets the worker thread end without waiting: the destructor then only waits.
    void beginShutdown();

    // The delay before reconnect attempt `attempt` (0-based) after `error`, before jitter: 1, 2, 4, 8, 16, then
    // 30 s; after a refused user name or password 2, 5, 15, then 30 min, since a camera locks an account that
    // fails to log in too often.
    static std::chrono::milliseconds backoffDelay(int attempt, SourceError error = SourceError::Unreachable);

Q_SIGNALS:
    void stateChanged(CameraState state, const QString &error);
    void opened(const StreamInfo &info);

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
    std::chrono::milliseconds stallTimeout() const;

    const TimeSource &m_time;
    Outputs m_outputs;
    WorkerThread m_thread;
    FrameSource *m_source = nullptr; // lives on m_thread; deleted there
    bool m_shutdownBegun = false;
    QString m_sourceError; // why no source could be made for the URL
    CameraState m_state = CameraState::Stopped;
    QString m_error;
    bool m_needsUser = false;

    int m_attempt = 0;
    double m_nominalFps = 0;
    TimeSource::TimePoint m_connectStarted;
    std::optional<TimeSource::TimePoint> m_retryAt; // when to reconnect; none while connected or stopped
    QBasicTimer m_healthTimer; // looks at the time while connecting, live or waiting to retry
};
