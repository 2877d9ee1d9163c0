#pragma once

#include "camerastate.h"

#include <QBasicTimer>
#include <QImage>
#include <QObject>
#include <QUrl>

#include <memory>

class Camera;

// "Test connection": opens a camera address in the background, the way a real camera would, and says whether it
// delivers pictures (with a thumbnail, its size and codec) or why not, in words, within a time limit. Destroying
// the probe cancels it.
class ConnectionProbe final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString error; // in words, when not ok; never holds the password
        QImage thumbnail;
        QSize size;
        QString codec;
    };

    static constexpr int DefaultTimeoutMs = 15'000;

    explicit ConnectionProbe(const QUrl &url, QSize thumbnailSize = {320, 180}, int timeoutMs = DefaultTimeoutMs,
                             QObject *parent = nullptr);
    ~ConnectionProbe() override;
    Q_DISABLE_COPY_MOVE(ConnectionProbe)

Q_SIGNALS:
    // What the probe is doing now, for a progress line ("connecting…").
    void progress(const QString &text);
    // Emitted once; the probe then holds nothing open.
    void finished(const ConnectionProbe::Result &result);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void onStateChanged(CameraState state);
    void finish(Result result);

    std::unique_ptr<Camera> m_camera;
    QSize m_thumbnailSize;
    int m_timeoutMs;
    QBasicTimer m_timeout;
    QBasicTimer m_poll;
    bool m_done = false;
};
