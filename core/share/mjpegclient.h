#pragma once

#include "media/frame.h"

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

    // Takes over `socket` (owned by the HTTP server) for the rest of its life.
    MjpegClient(QTcpSocket *socket, std::shared_ptr<CameraFeed> feed, QObject *parent = nullptr);
    ~MjpegClient() override;
    Q_DISABLE_COPY_MOVE(MjpegClient)

    quint64 framesSent() const;
    quint64 framesSkipped() const;

private:
    void onFrameAvailable();
    void onBytesWritten();
    void writePart(const Frame &frame);

    QPointer<QTcpSocket> m_socket;
    std::shared_ptr<CameraFeed> m_feed;
    FrameMailbox *m_mailbox;
    Frame m_waiting; // newest frame held back while the socket is busy
    quint64 m_sent = 0;
    quint64 m_skipped = 0;
};
