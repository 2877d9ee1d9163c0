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

// A snapshot of a stream that is closed for want of viewers (the main stream of a camera with a sub stream): it
// reads the stream, which opens it, and answers with the first picture. When the stream fails or gives nothing in
// time, it answers with the fallback picture if there is one (a client that let us choose gets the sub stream's),
// else 503 and why. Answers on the socket by hand, closes it, and ends itself.
class PendingSnapshot final : public QObject
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 10'000;

    struct Request
    {
        CameraStream stream = CameraStream::Main;
        int width = 0;
        bool headOnly = false; // a HEAD request: the answer's head only
        Frame fallback;
        CameraStream fallbackStream = CameraStream::Sub;
    };

    // Takes over `socket` (owned by the HTTP server) until it has answered.
    PendingSnapshot(QTcpSocket *socket, std::shared_ptr<CameraFeed> feed, Request request, QObject *parent = nullptr);
    ~PendingSnapshot() override;
    Q_DISABLE_COPY_MOVE(PendingSnapshot)

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void onFrameAvailable();
    void giveUp(const QString &why);
    void answerPicture(const Frame &frame, CameraStream stream);
    void answer(QByteArrayView status, QByteArrayView type, const QByteArray &body, QByteArrayView extraHeaders = {});

    QPointer<QTcpSocket> m_socket;
    std::shared_ptr<CameraFeed> m_feed;
    FrameMailbox *m_mailbox;
    Request m_request;
    QBasicTimer m_check;
    QElapsedTimer m_waited;
    bool m_answered = false;
};
