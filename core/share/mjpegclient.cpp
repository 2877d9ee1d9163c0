#include "mjpegclient.h"

#include "camera/camerafeed.h"
#include "media/framemailbox.h"
#include "securityheaders.h"
#include "sharetcpserver.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTimerEvent>

namespace {

// Capture time on the steady clock, as Unix seconds with milliseconds for the X-Timestamp header.
QByteArray wallClockSeconds(Frame::Clock::time_point captured)
{
    using namespace std::chrono;
    const auto age = duration_cast<milliseconds>(Frame::Clock::now() - captured);
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - age.count();
    return QByteArray::number(ms / 1000) + '.' + QByteArray::number(ms % 1000).rightJustified(3, '0');
}

} // namespace

MjpegClient::MjpegClient(QTcpSocket *socket, std::shared_ptr<CameraFeed> feed, Options options, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_feed(std::move(feed))
    , m_mailbox(new FrameMailbox(this))
    , m_options(options)
{
    ShareTcpServer::handOver(socket, this);
    connect(socket, &QTcpSocket::bytesWritten, this, &MjpegClient::onBytesWritten);
    connect(m_mailbox, &FrameMailbox::frameAvailable, this, &MjpegClient::onFrameAvailable, Qt::QueuedConnection);

    QByteArray head = "HTTP/1.1 200 OK\r\n"
                      "Content-Type: multipart/x-mixed-replace; boundary=";
    head += Boundary.toByteArray();
    head += "\r\n"
            "Cache-Control: no-cache, no-store, must-revalidate\r\n"
            "Pragma: no-cache\r\n"
            "Expires: 0\r\n"
            "Connection: close\r\n"
            "X-Stream: ";
    head += cameraStreamName(m_options.stream).toLatin1() + "\r\n";
    head += SecurityHeaders::lines();
    head += "\r\n--";
    head += Boundary.toByteArray();
    head += "\r\n";
    socket->write(head);

    m_clock.start();
    m_watchdog.start(StuckTimeoutMs / 6, this);
    m_feed->stats().addViewer();
    // Shares are counted on the camera's main statistics; the pictures come from the chosen stream, which a reader
    // opens if it is closed (the main stream of a camera with a sub stream).
    m_feed->frames(m_options.stream).attach(m_mailbox);
    // Start with the newest picture at once, rather than waiting for the next frame (through the mailbox, which
    // passes it on once even if the camera is delivering that very frame right now).
    const Frame latest = m_feed->currentFrame(m_options.stream);
    if (!latest.isNull())
        m_mailbox->put(latest);
}

MjpegClient::~MjpegClient()
{
    m_feed->frames(m_options.stream).detach(m_mailbox);
    m_feed->stats().removeViewer();
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost();
}

quint64 MjpegClient::framesSent() const
{
    return m_sent;
}

quint64 MjpegClient::framesSkipped() const
{
    return m_skipped;
}

void MjpegClient::onFrameAvailable()
{
    const Frame frame = m_mailbox->take();
    if (frame.isNull() || !m_socket || !dueNow())
        return;
    if (m_socket->bytesToWrite() > 0) {
        if (!m_waiting.isNull())
            ++m_skipped;
        m_waiting = frame;
        return;
    }
    writePart(frame);
}

void MjpegClient::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_watchdog.timerId())
        return QObject::timerEvent(event);
    if (m_socket && m_socket->bytesToWrite() > 0 && m_clock.elapsed() - m_lastProgressMs > StuckTimeoutMs)
        m_socket->abort();
}

void MjpegClient::onBytesWritten()
{
    m_lastProgressMs = m_clock.elapsed();
    if (m_socket && m_socket->bytesToWrite() == 0 && !m_waiting.isNull())
        writePart(std::exchange(m_waiting, Frame()));
}

bool MjpegClient::dueNow()
{
    if (m_options.maxFps <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    if (now < m_nextDueMs)
        return false;
    // Keep to the schedule on average, but never owe a burst after a pause.
    const qint64 interval = qint64(1000.0 / m_options.maxFps);
    m_nextDueMs = qMax(m_nextDueMs + interval, now + interval / 2);
    return true;
}

void MjpegClient::writePart(const Frame &frame)
{
    // Shared with every other viewer asking the same size and quality of this frame: encoded once.
    const QByteArray jpeg = frame.jpeg(m_options.width, m_options.quality);
    if (jpeg.isEmpty() || !m_socket)
        return;
    QByteArray head = "Content-Type: image/jpeg\r\nContent-Length: ";
    head += QByteArray::number(jpeg.size());
    head += "\r\nX-Timestamp: ";
    head += wallClockSeconds(frame.captureTime());
    head += "\r\n\r\n";
    m_socket->write(head);
    m_socket->write(jpeg);
    // The boundary goes right after the picture: browsers paint a part only once the next boundary arrives.
    m_socket->write("\r\n--" + Boundary.toByteArray() + "\r\n");
    ++m_sent;
    m_feed->stats().countSent();
}
