// libFuzzer target for the share server's request handling. Each input is sent as raw bytes over a real loopback
// connection to an in-process ShareHttpServer behind its ShareTcpServer (small limits, so they are reached), which
// knows a shared camera with a picture, a private one and a push hub: every route, the WebSocket upgrades and the
// seed 000 paths are reachable. The client reads the answer, then drops the connection.
// Loopback peers need no token, so the same bytes also go, split as a request, to the AccessPolicy as if from a
// remote peer, and as if from loopback through a proxy or under a rebound name. Whatever comes back must never
// hold the token unless the request did.

#include "camera/camerafeed.h"
#include "media/jpegcodec.h"
#include "share/accesspolicy.h"
#include "share/sharehttpserver.h"
#include "share/sharetcpserver.h"
#include "sources/pushhub.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QImage>
#include <QTcpSocket>
#include <QTimer>

#include <cstddef>
#include <cstdint>

namespace {

constexpr QByteArrayView Token = "fuzz-token-7f3a9c2e51d04b68";
// How long the client waits for a first answer, then for more of it; and at most for one input. Waiting less
// only checks less of an answer: it never makes a finding.
constexpr int WaitForAnswerMs = 100;
constexpr int QuietAfterAnswerMs = 10;
constexpr int MaxWaitMs = 2000;

struct Server
{
    ShareHttpServer *http = nullptr;
    ShareTcpServer *tcp = nullptr;
    quint16 port = 0;
};

CameraConfig camera(const char *id, const char *url, bool shared)
{
    CameraConfig config;
    config.id = QString::fromLatin1(id);
    config.name = config.id;
    config.url = QUrl(QString::fromLatin1(url));
    config.shared = shared;
    return config;
}

// Made once, on first use, and kept for the process (libFuzzer never returns from its loop).
Server &server()
{
    static Server instance = [] {
        static int argc = 1;
        static char name[] = "fuzz_sharerequest";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);

        Server made;
        made.http = new ShareHttpServer(
            AccessPolicy({QString::fromLatin1(Token.data(), Token.size()), false, {}}, std::make_shared<ViewLinks>()),
            std::make_shared<PushHub>());
        ShareTcpServer::Limits limits;
        limits.maxConnections = 8;
        limits.requestTimeoutMs = 1000;
        limits.maxRequestBytes = 16 * 1024;
        made.tcp = new ShareTcpServer(limits);
        if (!made.tcp->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen on loopback: %s", qPrintable(made.tcp->errorString()));
        made.port = made.tcp->serverPort();
        made.http->bind(made.tcp);

        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(Qt::darkCyan);
        const QByteArray jpeg = JpegCodec::forThisThread().encode(picture, 80);
        auto yard = std::make_shared<CameraFeed>(camera("yard", "test:pattern?size=64x48", true));
        yard->frames().publish(Frame::fromJpeg(jpeg, picture.size(), 1));
        made.http->addCamera(yard);
        made.http->addCamera(std::make_shared<CameraFeed>(camera("private", "test:pattern", false)));
        made.http->addCamera(std::make_shared<CameraFeed>(camera("pushed", "push:pushed", true)));
        return made;
    }();
    return instance;
}

// The answer's head is in, and as much body as its Content-Length says.
bool isWholeAnswer(const QByteArray &answer)
{
    const qsizetype headEnd = answer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    for (const QByteArray &line : answer.first(headEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            return answer.size() - headEnd - 4 >= line.mid(colon + 1).trimmed().toLongLong();
    }
    return false;
}

bool holdsToken(const QByteArray &bytes)
{
    return bytes.contains(Token) || QByteArray::fromPercentEncoding(bytes).contains(Token)
        || QByteArray::fromPercentEncoding(QByteArray(bytes).replace('+', ' ')).contains(Token);
}

// The input read as a request (`METHOD TARGET VERSION`, then `Name: value` lines up to a blank one), as the
// access check sees it; a remote peer needs the token in the query, a Bearer header or the cookie.
void checkRemoteAccess(const QByteArray &input)
{
    const QList<QByteArray> lines = input.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    QList<QPair<QByteArray, QByteArray>> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.first(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const AccessPolicy policy({QString::fromLatin1(Token.data(), Token.size()), false, {}});
    const AccessRequest remote {QHostAddress(QStringLiteral("192.0.2.7")), QUrlQuery(target), headers, false};
    if (policy.decide(remote).role != Access::Role::None && !holdsToken(input))
        __builtin_trap(); // let in without the token
    if (AccessPolicy().decide(remote).role != Access::Role::None)
        __builtin_trap(); // a server without a token lets no remote peer in
    // From loopback, but through a proxy or under another name: never in without the token.
    AccessRequest proxied = remote;
    proxied.peer = QHostAddress::LocalHost;
    const bool loopbackHost = AccessPolicy::isLoopbackHost(proxied.header("host"));
    const bool forwarded = !proxied.header("x-forwarded-for").isNull() || !proxied.header("forwarded").isNull()
        || !proxied.header("x-real-ip").isNull();
    if ((!loopbackHost || forwarded) && policy.decide(proxied).role != Access::Role::None && !holdsToken(input))
        __builtin_trap(); // a rebound name or a proxied client passed as this machine's user
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Server &s = server();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkRemoteAccess(input);

    // Sent, then read until the server closes, an answer with a Content-Length is whole, or nothing more comes
    // (a stream, a WebSocket, or a request the server still waits the rest of).
    QTcpSocket client;
    QByteArray answer;
    QEventLoop loop;
    QTimer quiet;
    quiet.setSingleShot(true);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QTcpSocket::readyRead, &loop, [&] {
        answer += client.readAll();
        if (isWholeAnswer(answer))
            loop.quit();
        else
            quiet.start(QuietAfterAnswerMs);
    });
    QObject::connect(&client, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QTcpSocket::connected, &loop, [&] {
        client.write(input);
        quiet.start(WaitForAnswerMs);
    });
    QTimer::singleShot(MaxWaitMs, &loop, &QEventLoop::quit);
    client.connectToHost(QHostAddress::LocalHost, s.port);
    loop.exec();
    answer += client.readAll();
    client.abort();

    // The server forgets the connection before the next input, so the connection cap is never what answers, and
    // everything the input made is gone by the time it returns: libFuzzer looks for leaks (a slow full scan) only
    // after an input that freed less than it allocated.
    const QDeadlineTimer deadline(MaxWaitMs);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    } while (s.tcp->openConnections() > 0 && !deadline.hasExpired());

    if (answer.contains(Token) && !holdsToken(input))
        __builtin_trap(); // the token given away
    return 0;
}
