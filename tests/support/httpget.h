#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

class QNetworkAccessManager;

// HTTP through QNetworkAccessManager, for tests that talk to a server as an ordinary client would (a script, a
// monitoring tool) and look at what it answered. Tests that must send bytes exactly as written use RawHttp.
namespace HttpClient {

// Request headers, each a name and its value, sent as given.
using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 0; // 0: no complete answer (refused, closed, timed out): see `error`
    QByteArray body;
    QByteArray contentType; // the Content-Type header as sent
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // what Qt made of it (4xx and 5xx count as errors)
    QList<QNetworkReply::RawHeaderPair> headers; // the answer's headers as received

    // The value of header `name` (any case) in the answer; null when absent.
    QByteArray header(QByteArrayView name) const;
    // The body read as JSON; a null document when it is not JSON.
    QJsonDocument json() const;
};

// Sends one request (`verb` with `headers` and `body`) through a network manager of its own, so no connection
// outlives the call, and waits for the whole answer. After `timeoutMs` the request is given up: the Reply then has
// status 0 and error TimeoutError. Redirects are not followed: the answer is the server's own. POST, PUT and PATCH
// always carry a body (Content-Length: 0 when `body` is empty); other verbs carry one only when `body` is not empty.
Reply fetch(const QUrl &url, const QByteArray &verb = "GET", const Headers &headers = {}, const QByteArray &body = {},
            int timeoutMs = 5000);

// The same through `manager`, for a test that polls many times and wants the connection kept open between
// requests, as a long-running client would.
Reply fetch(QNetworkAccessManager &manager, const QUrl &url, const QByteArray &verb = "GET",
            const Headers &headers = {}, const QByteArray &body = {}, int timeoutMs = 5000);

} // namespace HttpClient
