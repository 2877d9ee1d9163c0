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
    {
        setObjectName(QStringLiteral("requestGuard"));
        ++server->m_open;
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
            m_received += socket->bytesAvailable();
            if (m_maxBytes > 0 && m_received > m_maxBytes)
                socket->abort();
        });
        m_deadline.start();
    }
    ~RequestGuard() override
    {
        if (m_server)
            --m_server->m_open;
    }
    Q_DISABLE_COPY_MOVE(RequestGuard)

    void restart()
    {
        m_received = 0;
        m_deadline.start();
    }
    void release()
    {
        m_deadline.stop();
        m_maxBytes = 0;
    }

    static RequestGuard *of(QTcpSocket *socket)
    {
        return socket ? socket->findChild<RequestGuard *>(QStringLiteral("requestGuard"), Qt::FindDirectChildrenOnly)
                      : nullptr;
    }

private:
    QPointer<ShareTcpServer> m_server;
    QTimer m_deadline;
    QMetaObject::Connection m_reading;
    qint64 m_received = 0;
    qint64 m_maxBytes;
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

void ShareTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
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
