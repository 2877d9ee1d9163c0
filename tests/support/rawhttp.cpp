#include "rawhttp.h"

#include <QElapsedTimer>
#include <QTcpSocket>

namespace RawHttp {

QByteArray Answer::header(QByteArrayView name) const
{
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    const QByteArray head = headEnd < 0 ? raw : raw.left(headEnd);
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray Answer::body() const
{
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    return headEnd < 0 ? QByteArray() : raw.mid(headEnd + 4);
}

Answer exchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    Answer answer;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return answer;
    qint64 offset = 0;
    // Written in pieces: a server that closes early must not block us.
    while (offset < request.size() && socket.state() == QAbstractSocket::ConnectedState) {
        offset += qMax<qint64>(0, socket.write(request.mid(offset, 64 * 1024)));
        socket.waitForBytesWritten(200);
    }
    QElapsedTimer clock;
    clock.start();
    bool whole = false;
    while (clock.elapsed() < timeoutMs) {
        socket.waitForReadyRead(100);
        answer.raw += socket.readAll();
        const qsizetype headEnd = answer.raw.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const qint64 length = answer.header("content-length").toLongLong();
            if (answer.raw.size() >= headEnd + 4 + length) {
                whole = true;
                break;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    // A server that says it closes is given a moment to do so.
    if (whole && socket.state() == QAbstractSocket::ConnectedState
        && answer.header("connection").compare("close", Qt::CaseInsensitive) == 0)
        socket.waitForDisconnected(1000);
    answer.raw += socket.readAll();
    answer.closedByServer = socket.state() != QAbstractSocket::ConnectedState;
    if (answer.raw.startsWith("HTTP/1."))
        answer.status = answer.raw.mid(9, 3).toInt();
    return answer;
}

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &headers,
                   const QByteArray &host)
{
    const QByteArray body = method == "POST" || method == "PUT" ? QByteArray("Content-Length: 0\r\n") : QByteArray();
    return method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n" + body + headers + "\r\n";
}

} // namespace RawHttp
