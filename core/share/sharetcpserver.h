#pragma once

#include <QHash>
#include <QTcpServer>

class QTcpSocket;

// The listening socket of the share server, with the limits QHttpServer 6.4 lacks: a cap on open connections
// (503 beyond it), a deadline for each request to arrive whole, a byte budget per request, and idle keep-alive
// connections closed. A connection that becomes a stream is released from the request limits.
class ShareTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxConnections = 256;
        // From any one address other than loopback: one client on the network cannot take every slot.
        int maxConnectionsPerAddress = 32;
        int requestTimeoutMs = 10'000; // from connect (or the previous answer) to a whole request
        qint64 maxRequestBytes = 1 << 20;
        // The request line and headers together: browsers send a few hundred bytes, and a parser that keeps
        // every header line must not be handed thousands of them.
        qint64 maxHeadBytes = 64 * 1024;
    };

    explicit ShareTcpServer(Limits limits, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ShareTcpServer)

    int openConnections() const;
    // A request on `socket` was answered: its deadline and budget start again for the next one.
    static void requestAnswered(QTcpSocket *socket);
    // `socket` now carries a long-lived stream: no request deadline or budget any more.
    static void releaseFromRequestLimits(QTcpSocket *socket);
    // `writer` answers the request on `socket` by hand, in its own time (a stream, a picture still to come): the
    // socket leaves the request limits, whatever more the client sends is read and dropped a little at a time, and
    // `writer` ends with the connection.
    static void handOver(QTcpSocket *socket, QObject *writer);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    class RequestGuard;

    Limits m_limits;
    int m_open = 0;
    QHash<QString, int> m_openByAddress; // peers other than loopback
};
