#pragma once

#include "camera/camerastate.h"
#include "media/frame.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class CameraFeed;
class FrameMailbox;
class QTcpSocket;

// One browser or player reading a camera as `multipart/x-mixed-replace`. Writes only as fast as the client
// reads: while anything of the previous part is still unwritten, newer frames replace each other and the newest
// goes out once the socket drains, so a slow viewer costs at most one frame of memory and never slows another.
class MjpegClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr QByteArrayView Boundary = "cctvframe";
    // A client that takes no byte for this long while data waits is gone (a half-open connection): closed.
    static constexpr int StuckTimeoutMs = 30'000;

    // What one viewer asked for in its query (`?fps=&width=&quality=`); zero means "as the camera sends it". The
    // stream is the one its `stream=` and `width=` chose (CameraFeed::streamFor()).
    struct Options
    {
        double maxFps = 0;
        int width = 0;
        int quality = 0;
        CameraStream stream = CameraStream::Main;
    };

    // Takes over `socket` (owned by the HTTP server) for the rest of its life.
    MjpegClient(QTcpSocket *socket, std::shared_ptr<CameraFeed> feed, Options options, QObject *parent = nullptr);
    ~MjpegClient() override;
    Q_DISABLE_COPY_MOVE(MjpegClient)

    quint64 framesSent() const;
    quint64 framesSkipped() const;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void onFrameAvailable();
    void onBytesWritten();
    void writePart(const Frame &frame);
    bool dueNow();

    QPointer<QTcpSocket> m_socket;
    std::shared_ptr<CameraFeed> m_feed;
    FrameMailbox *m_mailbox;
    Options m_options;
    Frame m_waiting; // newest frame held back while the socket is busy
    qint64 m_nextDueMs = 0; // with a frame-rate limit: the earliest time the next part may go
    QBasicTimer m_watchdog;
    qint64 m_lastProgressMs = 0; // when the client last took bytes, on a monotonic clock
    QElapsedTimer m_clock;
    quint64 m_sent = 0;
    quint64 m_skipped = 0;
};
