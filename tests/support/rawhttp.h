#pragma once

#include <QByteArray>
#include <QHostAddress>

// HTTP over a plain socket, for tests that must send a request exactly as written (forged headers, broken syntax)
// and see the answer exactly as it came.
namespace RawHttp {

struct Answer
{
    int status = 0; // 0: closed or silent without an answer
    QByteArray raw; // head and body as received
    bool closedByServer = false; // the server closed the connection after answering

    // The value of header `name` (any case) in the answer's head; null when absent.
    QByteArray header(QByteArrayView name) const;
    QByteArray body() const;
};

// Sends `request` as it is and reads the answer: its head and a body of Content-Length, or until the server
// closes, or `timeoutMs`. When the answer says `Connection: close`, waits a moment for the server to close.
Answer exchange(quint16 port, const QByteArray &request, int timeoutMs = 5000);

// `METHOD target HTTP/1.1` with `Host: 127.0.0.1` (or `host`) and the given header lines (each ending in \r\n).
QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &headers = {},
                   const QByteArray &host = "127.0.0.1");

// The request headers of a WebSocket upgrade (no Host).
inline constexpr QByteArrayView WebSocketUpgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                                   "Sec-WebSocket-Version: 13\r\n";

} // namespace RawHttp
