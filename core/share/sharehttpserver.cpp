#include "sharehttpserver.h"

#include "camera/camerafeed.h"
#include "mjpegclient.h"
#include "sharetcpserver.h"
#include "sources/sourceurl.h"
#include "wsviewer.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QWebSocket>

#include <cmath>

namespace {

using Status = QHttpServerResponder::StatusCode;

const std::pair<QByteArray, QByteArray> NoCache {"Cache-Control", "no-cache, no-store, must-revalidate"};

QJsonObject describe(const CameraFeed &feed)
{
    const CameraConfig config = feed.config();
    const CameraStatus status = feed.status();
    return QJsonObject {
        {QStringLiteral("id"), config.id},
        {QStringLiteral("name"), config.name},
        {QStringLiteral("kind"), config.kind()},
        {QStringLiteral("url"), SourceUrl::redacted(config.url)},
        {QStringLiteral("enabled"), config.enabled},
        {QStringLiteral("shared"), config.shared},
        {QStringLiteral("state"), cameraStateName(status.state)},
        {QStringLiteral("error"), status.error},
        {QStringLiteral("fps"), qRound(status.fps * 10) / 10.0},
        {QStringLiteral("width"), status.size.width()},
        {QStringLiteral("height"), status.size.height()},
        {QStringLiteral("codec"), status.codec},
        {QStringLiteral("frameAgeMs"), status.frameAgeMs},
        {QStringLiteral("frames"), qint64(status.frames)},
        {QStringLiteral("reconnects"), qint64(status.reconnects)},
        {QStringLiteral("clients"), status.viewers},
        {QStringLiteral("bitrate"), status.bitrate},
        {QStringLiteral("drops"), qint64(status.drops)},
        {QStringLiteral("decodeMs"), std::round(status.decodeMs * 10) / 10},
        {QStringLiteral("fpsOut"), std::round(status.fpsOut * 10) / 10},
    };
}

// `width=W`, kept within what a screen can use; 0 when absent or unusable (full size).
int widthParameter(const QUrlQuery &query)
{
    const int width = query.queryItemValue(QStringLiteral("width")).toInt();
    return width >= 16 ? qMin(width, 7680) : 0;
}

} // namespace

ShareHttpServer::ShareHttpServer(AccessPolicy access, std::shared_ptr<PushHub> pushHub, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_access(std::move(access))
    , m_pushHub(std::move(pushHub))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &ShareHttpServer::acceptWebSockets);
}

void ShareHttpServer::acceptWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (!socket)
            continue;
        // Access and the path were checked on the upgrade request (webSocketRefusal()); the camera may have
        // gone since.
        const QStringList parts = socket->requestUrl().path().split(u'/', Qt::SkipEmptyParts);
        auto lookup = [this](const QString &id) { return m_feeds.value(id); };
        auto list = [this] { return sharedCameras(); };
        if (parts == QStringList {QStringLiteral("ws")}) {
            new WsViewer(std::move(socket), WsViewer::Protocol::Dashboard, lookup, list, this);
            continue;
        }
        // Seed 000's path: a viewer of one camera by name, as JSON data URLs, or a sender pushing that camera's
        // pictures. Both look the same until the peer sends something.
        const QString id = videoPathId(parts.value(2));
        const auto feed = m_feeds.value(id);
        const bool pushable = m_pushHub && (!feed || isPushCamera(*feed));
        if (!pushable && (!feed || !feed->config().shared)) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not available"));
            continue;
        }
        auto *viewer = new WsViewer(std::move(socket), WsViewer::Protocol::Seed000Json, lookup, list, this);
        if (pushable) {
            // The sender's name becomes the camera's: kept short and printable.
            QString name = parts.value(2).left(64);
            name.removeIf([](QChar c) { return !c.isPrint(); });
            viewer->acceptPictures(m_pushHub, id, name.isEmpty() ? id : name);
        }
        viewer->subscribe(id);
    }
}

QString ShareHttpServer::videoPathId(const QString &name)
{
    // Seed 000 names are `\w+` (`Front_Door`); camera ids are slugs (`front-door`).
    return CameraConfig::slugFor(name);
}

bool ShareHttpServer::isVideoName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 64 && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'-';
    });
}

bool ShareHttpServer::isPushCamera(const CameraFeed &feed)
{
    return feed.config().kind() == u"push";
}

QJsonArray ShareHttpServer::sharedCameras() const
{
    QJsonArray cameras;
    for (const QString &id : m_order) {
        const auto &feed = m_feeds.value(id);
        if (feed->config().shared)
            cameras.append(describe(*feed));
    }
    return cameras;
}

void ShareHttpServer::addCamera(const std::shared_ptr<CameraFeed> &feed)
{
    const QString id = feed->id();
    if (!m_feeds.contains(id))
        m_order.append(id);
    m_feeds.insert(id, feed);
}

void ShareHttpServer::removeCamera(const QString &id)
{
    m_feeds.remove(id);
    m_order.removeAll(id);
}

void ShareHttpServer::moveCamera(const QString &id, int position)
{
    const qsizetype from = m_order.indexOf(id);
    if (from >= 0 && position >= 0 && position < m_order.size())
        m_order.move(from, position);
}

bool ShareHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ShareTcpServer::requestAnswered(socket);
    // QHttpServer 6.4 upgrades a WebSocket request only when this returns true without answering it; a refusal
    // returns false and is answered by missingHandler().
    if (isWebSocketUpgrade(request))
        return webSocketRefusal(request) == 0;

    QHttpServerResponder responder = makeResponder(request, socket);
    if (!m_access.allows(request.remoteAddress(), request.query(), request.headers())) {
        sendError(responder, 401, "a valid token is required");
        return true;
    }

    const QString path = request.url().path();
    const bool isGet
        = request.method() == QHttpServerRequest::Method::Get || request.method() == QHttpServerRequest::Method::Head;
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);

    if (parts.isEmpty() || (parts.size() == 1 && parts[0] == u"index.html")) {
        if (!isGet)
            return sendError(responder, 405, "use GET"), true;
        servePage(request, responder);
        return true;
    }
    if (parts == QStringList {QStringLiteral("api"), QStringLiteral("cameras")}) {
        if (!isGet)
            return sendError(responder, 405, "use GET"), true;
        serveCameraList(responder);
        return true;
    }
    if (parts.size() == 4 && parts[0] == u"api" && parts[1] == u"cameras"
        && (parts[3] == u"on" || parts[3] == u"off")) {
        if (!isPost)
            return sendError(responder, 405, "state changes need POST"), true;
        serveSwitch(parts[2], parts[3], responder);
        return true;
    }
    if (parts.size() == 3 && parts[0] == u"cameras" && (parts[2] == u"stream.mjpg" || parts[2] == u"snapshot.jpg")) {
        if (!isGet)
            return sendError(responder, 405, "use GET"), true;
        const auto feed = m_feeds.value(parts[1]);
        if (!feed)
            return sendError(responder, 404, "no such camera"), true;
        if (!feed->config().shared)
            return sendError(responder, 403, "this camera is not shared"), true;
        if (parts[2] == u"snapshot.jpg") {
            serveSnapshot(*feed, widthParameter(request.query()), responder);
        } else {
            // The socket now belongs to the stream until the client goes away.
            ShareTcpServer::releaseFromRequestLimits(socket);
            const QUrlQuery query = request.query();
            MjpegClient::Options options;
            options.maxFps = qBound(0.0, query.queryItemValue(QStringLiteral("fps")).toDouble(), 60.0);
            options.width = widthParameter(query);
            options.quality = qBound(0, query.queryItemValue(QStringLiteral("quality")).toInt(), 95);
            new MjpegClient(socket, feed, options, this);
        }
        return true;
    }
    return false;
}

void ShareHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ShareTcpServer::requestAnswered(socket);
    QHttpServerResponder responder = makeResponder(request, socket);
    switch (isWebSocketUpgrade(request) ? webSocketRefusal(request) : 404) {
    case 401:
        sendError(responder, 401, "a valid token is required");
        break;
    case 403:
        sendError(responder, 403, "this camera is not shared");
        break;
    default:
        sendError(responder, 404, "not found");
        break;
    }
}

bool ShareHttpServer::isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

int ShareHttpServer::webSocketRefusal(const QHttpServerRequest &request) const
{
    if (!m_access.allows(request.remoteAddress(), request.query(), request.headers()))
        return 401;
    const QStringList parts = request.url().path().split(u'/', Qt::SkipEmptyParts);
    if (parts == QStringList {QStringLiteral("ws")})
        return 0;
    if (parts.size() == 3 && parts[0] == u"ws" && parts[1] == u"video") {
        if (!isVideoName(parts[2]))
            return 404;
        const auto feed = m_feeds.value(videoPathId(parts[2]));
        // With a push hub, an unknown name may be a sender about to create its camera (or a viewer waiting
        // for it, as seed 000's page does).
        if (m_pushHub && (!feed || isPushCamera(*feed)))
            return 0;
        return !feed ? 404 : feed->config().shared ? 0 : 403;
    }
    return 404;
}

void ShareHttpServer::sendError(QHttpServerResponder &responder, int status, const QByteArray &message)
{
    responder.write(message + '\n', {{"Content-Type", "text/plain; charset=utf-8"}, NoCache}, Status(status));
}

void ShareHttpServer::servePage(const QHttpServerRequest &request, QHttpServerResponder &responder) const
{
    QFile page(QStringLiteral(":/share/index.html"));
    const QByteArray html = page.open(QIODevice::ReadOnly) ? page.readAll() : QByteArray("page missing\n");
    // A browser that came with the right `?token=` keeps it as a cookie, so its WebSocket and stream links work
    // without it. Only the right one: loopback peers get the page whatever they send, and must not learn the token.
    if (m_access.queryHoldsToken(request.query())) {
        responder.write(html,
                        {{"Content-Type", "text/html; charset=utf-8"},
                         NoCache,
                         {"Set-Cookie", m_access.cookieFor()},
                         {"Referrer-Policy", "no-referrer"}});
        return;
    }
    responder.write(html, {{"Content-Type", "text/html; charset=utf-8"}, NoCache});
}

void ShareHttpServer::serveCameraList(QHttpServerResponder &responder) const
{
    QJsonArray cameras;
    for (const QString &id : m_order)
        cameras.append(describe(*m_feeds.value(id)));
    responder.write(QJsonDocument(cameras).toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json"}, NoCache});
}

void ShareHttpServer::serveSnapshot(const CameraFeed &feed, int width, QHttpServerResponder &responder) const
{
    const QByteArray jpeg = feed.latest().jpeg(width, 0);
    if (jpeg.isEmpty()) {
        sendError(responder, 503, "no picture yet");
        return;
    }
    responder.write(jpeg, {{"Content-Type", "image/jpeg"}, NoCache});
}

void ShareHttpServer::serveSwitch(const QString &id, const QString &action, QHttpServerResponder &responder)
{
    if (!m_feeds.contains(id)) {
        sendError(responder, 404, "no such camera");
        return;
    }
    Q_EMIT switchRequested(id, action == u"on");
    responder.write(
        QJsonDocument(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("enabled"), action == u"on"}})
            .toJson(QJsonDocument::Compact),
        {{"Content-Type", "application/json"}, NoCache}, Status::Accepted);
}
