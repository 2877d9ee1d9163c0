#include "sharetcpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

// Per-connection bookkeeping, a child of the socket so it lives and dies with it, whoever ends up owning the socket.
class ShareTcpServer::RequestGuard final : public QObject
{
public:
    RequestGuard(QTcpSocket *socket, ShareTcpServer *server)
        : QObject(socket)
        , m_server(server)
        , m_maxBytes(server->m_limits.maxRequestBytes)
        , m_maxHeadBytes(server->m_limits.maxHeadBytes)
    {
        setObjectName(QStringLiteral("requestGuard"));
        ++server->m_open;
        if (!socket->peerAddress().isLoopback()) {
            m_address = socket->peerAddress().toString();
            ++server->m_openByAddress[m_address];
        }
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(server->m_limits.requestTimeoutMs);
        connect(&m_deadline, &QTimer::timeout, this, [this, socket] {
            // A WebSocket upgrade drops every connection of the socket, this one too: that socket is no longer
            // a request in progress, and the WebSocket keeps its own limits.
            if (m_reading)
                socket->abort();
        });
        // Connected before the HTTP server's own handler, so this sees each chunk before it is parsed.
        m_reading = connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const qint64 available = socket->bytesAvailable();
            m_received += available;
            if ((m_maxBytes > 0 && m_received > m_maxBytes) || headTooLong(socket, available))
                socket->abort();
        });
        m_deadline.start();
    }
    ~RequestGuard() override
    {
        if (!m_server)
            return;
        --m_server->m_open;
        if (!m_address.isEmpty() && --m_server->m_openByAddress[m_address] <= 0)
            m_server->m_openByAddress.remove(m_address);
    }
    Q_DISABLE_COPY_MOVE(RequestGuard)

    void restart()
    {
        m_received = 0;
        m_headBytes = 0;
        m_headDone = false;
        m_headTail.clear();
        m_deadline.start();
    }
    void release()
    {
        m_deadline.stop();
        m_maxBytes = 0;
        m_maxHeadBytes = 0;
    }

    static RequestGuard *of(QTcpSocket *socket)
    {
        return socket ? socket->findChild<RequestGuard *>(QStringLiteral("requestGuard"), Qt::FindDirectChildrenOnly)
                      : nullptr;
    }

private:
    // Counts the bytes up to the blank line that ends the head; `available` new bytes are unread in `socket`
    // (the HTTP server reads them right after this).
    bool headTooLong(QTcpSocket *socket, qint64 available)
    {
        if (m_maxHeadBytes <= 0 || m_headDone)
            return false;
        // The end may straddle two chunks: keep the last three bytes of the previous one.
        const QByteArray seen = m_headTail + socket->peek(qMin(available, m_maxHeadBytes + 1));
        const qsizetype end = seen.indexOf("\r\n\r\n");
        if (end >= 0) {
            m_headDone = true;
            return m_headBytes + end - m_headTail.size() > m_maxHeadBytes;
        }
        m_headBytes += available;
        m_headTail = seen.right(3);
        return m_headBytes > m_maxHeadBytes;
    }

    QPointer<ShareTcpServer> m_server;
    QString m_address; // the peer's, when it counts against the per-address cap
    QTimer m_deadline;
    QMetaObject::Connection m_reading;
    qint64 m_received = 0;
    qint64 m_maxBytes;
    qint64 m_maxHeadBytes;
    qint64 m_headBytes = 0;
    bool m_headDone = false;
    QByteArray m_headTail;
};

ShareTcpServer::ShareTcpServer(Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

int ShareTcpServer::openConnections() const
{
    return m_open;
}

void ShareTcpServer::requestAnswered(QTcpSocket *socket)
{
    if (RequestGuard *guard = RequestGuard::of(socket))
        guard->restart();
}

void ShareTcpServer::releaseFromRequestLimits(QTcpSocket *socket)
{
    if (RequestGuard *guard = RequestGuard::of(socket))
        guard->release();
}

void ShareTcpServer::handOver(QTcpSocket *socket, QObject *writer)
{
    releaseFromRequestLimits(socket);
    socket->setReadBufferSize(4096);
    QPointer<QTcpSocket> guarded(socket);
    connect(socket, &QTcpSocket::readyRead, writer, [guarded] {
        if (guarded)
            guarded->readAll();
    });
    connect(socket, &QTcpSocket::disconnected, writer, &QObject::deleteLater);
    connect(socket, &QTcpSocket::destroyed, writer, &QObject::deleteLater);
}

void ShareTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (m_open >= m_limits.maxConnections
        || (!peer.isLoopback() && m_openByAddress.value(peer.toString()) >= m_limits.maxConnectionsPerAddress)) {
        // Said plainly and closed: the client learns why, and the server keeps its resources.
        const QByteArray body = "too many viewers, try again later\n";
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nRetry-After: 5\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(2000, socket, &QObject::deleteLater);
        return;
    }
    socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    new RequestGuard(socket, this);
    addPendingConnection(socket);
}
