#include "pendingsnapshot.h"

#include "camera/camerafeed.h"
#include "media/framemailbox.h"
#include "securityheaders.h"
#include "sharetcpserver.h"

#include <QTcpSocket>
#include <QTimerEvent>

namespace {
constexpr int CheckIntervalMs = 100;
}

PendingSnapshot::PendingSnapshot(QTcpSocket *socket, std::shared_ptr<CameraFeed> feed, Request request, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_feed(std::move(feed))
    , m_mailbox(new FrameMailbox(this))
    , m_request(std::move(request))
{
    ShareTcpServer::handOver(socket, this);
    connect(m_mailbox, &FrameMailbox::frameAvailable, this, &PendingSnapshot::onFrameAvailable, Qt::QueuedConnection);
    m_waited.start();
    m_check.start(CheckIntervalMs, this);
    m_feed->frames(m_request.stream).attach(m_mailbox);
}

PendingSnapshot::~PendingSnapshot()
{
    m_feed->frames(m_request.stream).detach(m_mailbox);
}

void PendingSnapshot::onFrameAvailable()
{
    const Frame frame = m_mailbox->take();
    if (!frame.isNull() && !m_answered)
        answerPicture(frame, m_request.stream);
}

void PendingSnapshot::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_check.timerId())
        return QObject::timerEvent(event);
    if (m_answered)
        return;
    // The stream was not live when this began: if its opening fails (it then waits to try again, or gives up), this
    // answers now with why rather than after the timeout.
    if (const CameraState state = m_feed->streamState(m_request.stream);
        state == CameraState::Error || state == CameraState::Reconnecting)
        giveUp(m_feed->streamError(m_request.stream));
    else if (m_waited.elapsed() >= TimeoutMs)
        giveUp(QStringLiteral("no picture within %1 s").arg(TimeoutMs / 1000));
}

void PendingSnapshot::giveUp(const QString &why)
{
    if (!m_request.fallback.isNull())
        return answerPicture(m_request.fallback, m_request.fallbackStream);
    answer("503 Service Unavailable", "text/plain; charset=utf-8",
           "the " + cameraStreamName(m_request.stream).toUtf8() + " stream gave no picture: " + why.toUtf8() + '\n');
}

void PendingSnapshot::answerPicture(const Frame &frame, CameraStream stream)
{
    const QByteArray jpeg = frame.jpeg(m_request.width, 0);
    if (jpeg.isEmpty())
        return giveUp(QStringLiteral("its picture could not be encoded"));
    answer("200 OK", "image/jpeg", jpeg, "X-Stream: " + cameraStreamName(stream).toLatin1() + "\r\n");
}

void PendingSnapshot::answer(QByteArrayView status, QByteArrayView type, const QByteArray &body,
                             QByteArrayView extraHeaders)
{
    m_answered = true;
    m_check.stop();
    m_feed->frames(m_request.stream).detach(m_mailbox); // the stream closes again if nobody else reads it
    if (!m_socket)
        return;
    QByteArray head = "HTTP/1.1 " + status.toByteArray() + "\r\nContent-Type: " + type.toByteArray()
        + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nCache-Control: no-cache, no-store, must-revalidate\r\nConnection: close\r\n";
    head += extraHeaders.toByteArray();
    head += SecurityHeaders::lines();
    head += "\r\n";
    m_socket->write(head);
    if (!m_request.headOnly)
        m_socket->write(body);
    m_socket->disconnectFromHost(); // after what was written has gone out; then this ends
}
